/**
 * Issue 14, point 1: the queue and the counts read from the indexes stay equal to a full
 * recount (buildStudyQueue over every card, the rules as they always were) after any sequence
 * of grades, undos, imports (with Anki progress, suspended cards and subdecks), deletes and
 * day changes. Both sides are read from the same database at the same instant.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countDoneToday } from '../../src/domain/day-counts';
import { deckFamily, visibleDecks } from '../../src/domain/deck-summary';
import type { ImportBundle } from '../../src/domain/import-bundle';
import { CardState, type Grade } from '../../src/domain/model';
import { buildStudyQueue } from '../../src/domain/queue';
import { slotFor } from '../../src/domain/queue-slot';
import { ALL_DECKS } from '../../src/domain/study-session';
import { studyDayStart } from '../../src/domain/study-day';
import { deleteDeck } from '../../src/storage/deck-delete';
import { writeImport } from '../../src/storage/import-write';
import { loadStudyData } from '../../src/storage/study-data';
import { makeDeck, manualClock, startApp } from '../helpers/app-fixture';

const MIN = 60_000;
const DAY = 24 * 60 * MIN;
const START = Date.UTC(2026, 2, 28, 20, 0); // a Saturday evening before Europe's clocks change
const OFFSET = 60;

type Op =
  | { kind: 'grade'; scope: number; grade: Grade }
  | { kind: 'undo' }
  | { kind: 'wait'; ms: number }
  | { kind: 'import'; deck: number; cards: { key: number; state: number; dueIn: number; suspended: boolean }[] }
  | { kind: 'delete'; deck: number };

const IMPORTED = ['Imported', 'Imported::Sub', 'Other'];

const opArb: fc.Arbitrary<Op> = fc.oneof(
  {
    weight: 5,
    arbitrary: fc.record({
      kind: fc.constant('grade' as const),
      scope: fc.nat(5),
      grade: fc.constantFrom<Grade>(1, 2, 3, 4),
    }),
  },
  { weight: 2, arbitrary: fc.constant({ kind: 'undo' as const }) },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('wait' as const),
      ms: fc.constantFrom(MIN, 10 * MIN, 3 * 3_600_000, DAY, 4 * DAY, 40 * DAY),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('import' as const),
      deck: fc.nat(2),
      cards: fc.uniqueArray(
        fc.record({
          key: fc.nat(6),
          state: fc.nat(3),
          dueIn: fc.integer({ min: -3 * DAY, max: 6 * DAY }),
          suspended: fc.boolean(),
        }),
        { minLength: 1, maxLength: 6, selector: (card) => card.key },
      ),
    }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('delete' as const), deck: fc.nat(2) }) },
);

function bundleFor(op: Extract<Op, { kind: 'import' }>, at: number): ImportBundle {
  const name = IMPORTED[op.deck]!;
  const cards = op.cards.map(({ key, state, dueIn, suspended }) => ({
    key: `k${key}`,
    id: `anki:${name}:${key}`,
    front: `${name} ${key}`,
    back: 'back',
    format: 'text' as const,
    tags: ['prop'],
    suspended,
    ...(state === CardState.New
      ? {}
      : {
          schedule: {
            due: at + dueIn,
            stability: 5,
            difficulty: 5,
            elapsedDays: 1,
            scheduledDays: 2,
            learningSteps: 0,
            reps: 3,
            lapses: 0,
            state: state as CardState,
            lastReview: at - DAY,
          },
        }),
  }));
  return { fileName: 'prop.apkg', kind: 'apkg', decks: [{ name, description: '', cards }], warnings: [] };
}

describe('queue and counts from the indexes', () => {
  it('equal a full recount after any sequence of grades, undos, imports, deletes and day changes', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(opArb, { minLength: 1, maxLength: 18 }), async (ops) => {
        const clock = manualClock(START, OFFSET);
        const { db, app, study } = await startApp(
          [makeDeck('a', 5, 'A'), makeDeck('ab', 4, 'A::B'), makeDeck('c', 3, 'C')],
          clock,
        );
        await app.saveSettings({ ...app.settings.value, newPerDay: 4, maxReviewsPerDay: 3 });

        const check = async (label: string) => {
          await app.refreshCounts();
          const at = app.now.value;
          const { decks, cards, schedules } = await loadStudyData(db);
          const since = studyDayStart(at, app.settings.value.dayStartHour, OFFSET);
          const todays = (await db.getAll('reviews')).filter((r) => r.review >= since);
          const context = {
            schedules,
            now: at,
            dayEnd: app.momentAt(at).dayEnd,
            settings: app.settings.value,
            done: countDoneToday(todays),
          };
          const visible = visibleDecks(decks);
          const visibleIds = new Set(visible.map((d) => d.id));
          for (const summary of app.summaries.value) {
            const family = deckFamily(summary.deck, visible);
            const familyCards = cards.filter((c) => family.has(c.deckId));
            const reference = buildStudyQueue({ ...context, cards: familyCards });
            expect(
              [summary.due, summary.newCards, summary.nextDue, summary.total],
              `${label}: deck ${summary.deck.name}`,
            ).toEqual([
              reference.learning + reference.reviews,
              reference.newCards,
              reference.nextDue,
              familyCards.filter((c) => !c.retired).length,
            ]);
          }
          const all = buildStudyQueue({ ...context, cards: cards.filter((c) => visibleIds.has(c.deckId)) });
          expect(app.allDueCount.value, `${label}: study all`).toBe(all.entries.length);
          // The study header of "Study all": the same count and the same first card.
          await study.start(ALL_DECKS);
          const s = study.session.value!;
          expect([s.remaining, s.current?.card.id ?? null, s.nextDue], `${label}: session`).toEqual([
            all.entries.length,
            all.entries[0]?.card.id ?? null,
            all.nextDue,
          ]);
          // Every card has exactly the slot its card and schedule give.
          const slots = new Map((await db.getAll('queueSlots')).map((slot) => [slot.cardId, slot]));
          const expected = cards.flatMap((c) => slotFor(c, schedules.get(c.id)) ?? []);
          expect(slots.size, `${label}: slot count`).toBe(expected.length);
          for (const slot of expected) expect(slots.get(slot.cardId), `${label}: slot ${slot.cardId}`).toEqual(slot);
        };

        await check('start');
        for (const [i, op] of ops.entries()) {
          const label = `op ${i} ${JSON.stringify(op)}`;
          if (op.kind === 'grade') {
            const scopes = [ALL_DECKS, ...app.summaries.value.map((s) => s.deck.id)];
            await study.start(scopes[op.scope % scopes.length]!);
            if (study.session.value?.current) {
              study.reveal();
              await study.grade(op.grade);
            }
          } else if (op.kind === 'undo') {
            await study.undo();
          } else if (op.kind === 'wait') {
            clock.advance(op.ms);
            await app.tick();
          } else if (op.kind === 'import') {
            await writeImport(db, bundleFor(op, clock.now()), clock.now());
            await app.reload();
          } else {
            const deck = app.decks.value.find((d) => d.name === IMPORTED[op.deck]);
            if (deck) {
              await deleteDeck(db, deck.id);
              await app.reload();
            }
          }
          await check(label);
        }
        db.close();
      }),
      { numRuns: 25 },
    );
  }, 240_000);
});
