/**
 * How long readiness takes over 100,000 cards fed one at a time (as from an IndexedDB cursor),
 * and the plan's tally over the same. Run: npm run bench. Figures only: no test asserts a time.
 */
import { bench, describe } from 'vitest';
import { addPlanCard, emptyPlanTally } from '../src/domain/interview-plan';
import { CardState, type ScheduleRecord } from '../src/domain/model';
import { createReadinessTally } from '../src/domain/readiness';
import { ROLES } from '../src/domain/roles';

const CARDS = 100_000;
const DAY = 86_400_000;
const NOW = Date.UTC(2026, 10, 2, 9);

const records = Array.from({ length: CARDS }, (_, i) => {
  const card = { id: `deck/${i}`, deckId: 'deck', tags: [ROLES[i % 4]!.tag] };
  const schedule: ScheduleRecord | null =
    i % 3 === 0
      ? null
      : {
          cardId: card.id,
          deckId: 'deck',
          due: NOW + ((i % 30) - 10) * DAY,
          stability: 1 + (i % 50),
          difficulty: 5,
          elapsedDays: 3,
          scheduledDays: 10,
          learningSteps: 0,
          reps: 4,
          lapses: 0,
          state: CardState.Review,
          lastReview: NOW - (i % 40) * DAY,
        };
  return { card, schedule };
});

const measure = () => {
  const tally = createReadinessTally({ now: NOW, interviewAt: NOW + 18 * DAY });
  for (const { card, schedule } of records) tally.add(card, schedule);
  return tally.result();
};
const started = performance.now();
measure();
console.log(`readiness over ${CARDS} cards: ${(performance.now() - started).toFixed(0)} ms (first run)`);

describe(`readiness and plan tally, ${CARDS} cards`, () => {
  bench('createReadinessTally + add each card', () => void measure(), { iterations: 5 });
  bench(
    'addPlanCard each card',
    () => {
      let tally = emptyPlanTally();
      for (const { schedule } of records) tally = addPlanCard(tally, { schedule });
    },
    { iterations: 5 },
  );
});
