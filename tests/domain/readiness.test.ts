import { createEmptyCard, fsrs, generatorParameters, type Card, type Grade as FsrsGrade } from 'ts-fsrs';
import { describe, expect, it } from 'vitest';
import { CardState, type ScheduleRecord } from '../../src/domain/model';
import { createReadinessTally, measureReadiness, readinessOf, type ReadinessCard } from '../../src/domain/readiness';
import { retrievability } from '../../src/domain/scheduler';

const MIN = 60_000;
const DAY = 86_400_000;
const T0 = Date.UTC(2026, 9, 1, 8, 0); // 1 Oct 2026, 08:00 UTC
const NOW = Date.UTC(2026, 10, 2, 9, 0); // 2 Nov 2026, 09:00 UTC
const INTERVIEW = Date.UTC(2026, 10, 20, 14, 0); // 20 Nov 2026, 14:00 UTC

// ts-fsrs itself, called directly: the reference the module is checked against.
const engine = fsrs(generatorParameters({ enable_fuzz: false }));

function study(history: Array<[number, FsrsGrade]>): Card | null {
  let card: Card | null = null;
  for (const [at, grade] of history)
    card = engine.next(card ?? createEmptyCard(new Date(at)), new Date(at), grade).card;
  return card;
}

function toSchedule(id: string, card: Card | null): ScheduleRecord | null {
  if (!card) return null;
  return {
    cardId: id,
    deckId: 'deck',
    due: card.due.getTime(),
    stability: card.stability,
    difficulty: card.difficulty,
    elapsedDays: card.elapsed_days,
    scheduledDays: card.scheduled_days,
    learningSteps: card.learning_steps,
    reps: card.reps,
    lapses: card.lapses,
    state: card.state as CardState,
    lastReview: card.last_review ? card.last_review.getTime() : null,
  };
}

// A fixed collection: histories of varied length and grades, over the four roles' tags.
const HISTORIES: Array<{ id: string; tags: string[]; history: Array<[number, FsrsGrade]> }> = [
  {
    id: 'a',
    tags: ['specialist'],
    history: [
      [T0, 3],
      [T0 + 10 * MIN, 3],
      [T0 + 3 * DAY, 3],
      [T0 + 12 * DAY, 3],
    ],
  },
  {
    id: 'b',
    tags: ['specialist', 'director'],
    history: [
      [T0, 1],
      [T0 + MIN, 3],
      [T0 + 11 * MIN, 3],
    ],
  },
  { id: 'c', tags: ['specialist'], history: [] },
  { id: 'd', tags: ['specialist'], history: [[T0 + 20 * DAY, 4]] },
  {
    id: 'e',
    tags: ['product-data-analyst'],
    history: [
      [T0, 3],
      [T0 + 10 * MIN, 3],
      [T0 + 4 * DAY, 1],
    ],
  },
  { id: 'f', tags: ['product-data-analyst'], history: [[T0 + 30 * DAY, 2]] },
  { id: 'g', tags: ['product-data-analyst', 'ops'], history: [] },
  {
    id: 'h',
    tags: ['operations-manager'],
    history: [
      [T0, 4],
      [T0 + 15 * DAY, 4],
    ],
  },
  {
    id: 'i',
    tags: ['director'],
    history: [
      [T0, 3],
      [T0 + 10 * MIN, 3],
      [T0 + 2 * DAY, 3],
      [T0 + 9 * DAY, 2],
    ],
  },
  { id: 'j', tags: ['director'], history: [[T0 + 31 * DAY, 3]] },
  { id: 'k', tags: ['unrelated'], history: [[T0, 3]] },
];

const collection = HISTORIES.map(({ id, tags, history }) => {
  const fsrsCard = study(history);
  const card: ReadinessCard = { id, deckId: 'deck', tags };
  return { card, schedule: toSchedule(id, fsrsCard), fsrsCard };
});

/** The expected figure, from ts-fsrs directly: mean retrievability, unseen as 0. */
function expectedMean(tag: string, at: number): number {
  const cards = collection.filter((c) => c.card.tags.includes(tag));
  const sum = cards.reduce(
    (s, c) => s + (c.fsrsCard ? engine.get_retrievability(c.fsrsCard, new Date(at), false) : 0),
    0,
  );
  return sum / cards.length;
}

describe('readiness per role', () => {
  const readiness = measureReadiness(collection, { now: NOW, interviewAt: INTERVIEW });

  it.each([
    ['specialist', 'specialist'],
    ['analyst', 'product-data-analyst'],
    ['manager', 'operations-manager'],
    ['director', 'director'],
  ] as const)(
    '%s: the mean FSRS retrievability now and on the interview date equals ts-fsrs on the same cards',
    (role, tag) => {
      const r = readinessOf(readiness, role);
      expect(r.recallNow).toBeCloseTo(expectedMean(tag, NOW), 12);
      expect(r.recallOnDate).toBeCloseTo(expectedMean(tag, INTERVIEW), 12);
      expect(r.recallOnDate!).toBeLessThan(r.recallNow!);
    },
  );

  it('counts seen and total per role; a card of two roles counts for both; unseen cards pull the mean down as 0', () => {
    expect(readiness.roles.map((r) => [r.role, r.seen, r.total])).toEqual([
      ['specialist', 3, 4],
      ['analyst', 2, 3],
      ['manager', 1, 1],
      ['director', 3, 3],
    ]);
    const specialist = readinessOf(readiness, 'specialist');
    const seenOnly = collection
      .filter((c) => c.card.tags.includes('specialist') && c.fsrsCard)
      .map((c) => engine.get_retrievability(c.fsrsCard!, new Date(NOW), false));
    expect(specialist.recallNow).toBeCloseTo(seenOnly.reduce((a, b) => a + b, 0) / 4, 12);
  });

  it('lists the weakest seen cards by predicted recall on the interview date, lowest first', () => {
    const analyst = readinessOf(readiness, 'analyst');
    expect(analyst.weakest.map((w) => w.cardId)).toEqual(
      ['e', 'f'].sort(
        (x, y) =>
          engine.get_retrievability(collection.find((c) => c.card.id === x)!.fsrsCard!, new Date(INTERVIEW), false) -
          engine.get_retrievability(collection.find((c) => c.card.id === y)!.fsrsCard!, new Date(INTERVIEW), false),
      ),
    );
    expect(readiness.weakestAt).toBe(INTERVIEW);
    for (const role of readiness.roles) {
      const recalls = role.weakest.map((w) => w.recall);
      expect(recalls).toEqual([...recalls].sort((a, b) => a - b));
      expect(role.weakest.every((w) => w.cardId !== 'c' && w.cardId !== 'g')).toBe(true);
    }
  });

  it('keeps only the requested number of weakest cards, the same whatever order the cards come in', () => {
    const forward = measureReadiness(collection, { now: NOW, interviewAt: INTERVIEW, weakest: 2 });
    const backward = measureReadiness([...collection].reverse(), { now: NOW, interviewAt: INTERVIEW, weakest: 2 });
    expect(readinessOf(forward, 'director').weakest).toHaveLength(2);
    // The same lists; the sums agree to rounding (floating-point addition depends on order).
    expect(forward.roles.map((r) => r.weakest)).toEqual(backward.roles.map((r) => r.weakest));
    forward.roles.forEach((r, i) => expect(r.recallNow).toBeCloseTo(backward.roles[i]!.recallNow!, 12));
  });

  it('folds one card at a time (as from a cursor) to the same figures as a whole array', () => {
    const tally = createReadinessTally({ now: NOW, interviewAt: INTERVIEW });
    for (const { card, schedule } of collection) tally.add(card, schedule);
    expect(tally.result()).toEqual(readiness);
  });

  it('without an interview date: no figure for the day, weakest measured now', () => {
    const noDate = measureReadiness(collection, { now: NOW, interviewAt: null });
    expect(noDate.roles.every((r) => r.recallOnDate === null)).toBe(true);
    expect(noDate.weakestAt).toBe(NOW);
    const past = measureReadiness(collection, { now: NOW, interviewAt: NOW - DAY });
    expect(past.roles.every((r) => r.recallOnDate === null)).toBe(true);
  });

  it('leaves out retired and suspended cards; a role with no cards has no figure rather than 0 %', () => {
    const r = measureReadiness(
      [
        { card: { id: 'x', deckId: 'd', tags: ['director'], retired: true }, schedule: null },
        { card: { id: 'y', deckId: 'd', tags: ['director'], suspended: true }, schedule: null },
      ],
      { now: NOW, interviewAt: INTERVIEW },
    );
    expect(readinessOf(r, 'director')).toEqual({
      role: 'director',
      total: 0,
      seen: 0,
      recallNow: null,
      recallOnDate: null,
      weakest: [],
    });
  });
});

describe('retrievability(schedule, at)', () => {
  it('is ts-fsrs retrievability; 0 for a card never studied', () => {
    const { schedule, fsrsCard } = collection[0]!;
    for (const at of [NOW, INTERVIEW, NOW + 100 * DAY]) {
      expect(retrievability(schedule, at)).toBe(engine.get_retrievability(fsrsCard!, new Date(at), false));
    }
    expect(retrievability(null, NOW)).toBe(0);
    expect(retrievability({ ...schedule!, state: CardState.New }, NOW)).toBe(0);
  });

  it('estimates the last review from the due date when an imported card has none', () => {
    const schedule = { ...collection[0]!.schedule!, lastReview: null };
    const lastReview = schedule.due - schedule.scheduledDays * DAY;
    expect(retrievability(schedule, NOW)).toBe(retrievability({ ...schedule, lastReview }, NOW));
    expect(retrievability(schedule, NOW)).toBeGreaterThan(0);
  });
});
