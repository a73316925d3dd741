import { describe, expect, it } from 'vitest';
import { CardState, type CardRecord, type ScheduleRecord } from '../../src/domain/model';
import { buildStudyQueue, LEARN_AHEAD_MS } from '../../src/domain/queue';

const NOW = Date.UTC(2026, 10, 2, 12, 0);
const DAY_END = Date.UTC(2026, 10, 3, 4, 0);
const MIN = 60_000;

function card(key: string, order: number, deckId = 'd'): CardRecord {
  return { id: `${deckId}/${key}`, deckId, key, front: key, back: key, format: 'text', tags: [], order };
}
function schedule(c: CardRecord, state: ScheduleRecord['state'], due: number): ScheduleRecord {
  return {
    cardId: c.id,
    deckId: c.deckId,
    due,
    state,
    stability: 3,
    difficulty: 5,
    elapsedDays: 0,
    scheduledDays: 1,
    learningSteps: 0,
    reps: 2,
    lapses: 0,
    lastReview: due - 86_400_000,
  };
}
const settings = { newPerDay: 20, maxReviewsPerDay: 200 };

describe('buildStudyQueue', () => {
  const newA = card('new-a', 2);
  const newB = card('new-b', 1);
  const rev1 = card('rev-1', 5);
  const rev2 = card('rev-2', 6);
  const learn = card('learn', 7);
  const later = card('later', 8);
  const tomorrow = card('tomorrow', 9);
  const schedules = new Map<string, ScheduleRecord>([
    [rev1.id, schedule(rev1, CardState.Review, NOW - 2 * 86_400_000)],
    [rev2.id, schedule(rev2, CardState.Review, NOW + 3 * 3_600_000)], // due later today counts as today
    [learn.id, schedule(learn, CardState.Learning, NOW - MIN)],
    [later.id, schedule(later, CardState.Relearning, NOW + 2 * 3_600_000)],
    [tomorrow.id, schedule(tomorrow, CardState.Review, DAY_END + 3_600_000)],
  ]);
  const cards = [newA, newB, rev1, rev2, learn, later, tomorrow];

  it('puts learning cards first, then reviews due today, then new cards in deck order', () => {
    const q = buildStudyQueue({
      cards,
      schedules,
      now: NOW,
      dayEnd: DAY_END,
      settings,
      done: { newCards: 0, reviews: 0 },
    });
    expect(q.entries.map((e) => e.card.key)).toEqual(['learn', 'rev-1', 'rev-2', 'new-b', 'new-a']);
    expect([q.learning, q.reviews, q.newCards]).toEqual([1, 2, 2]);
    expect(q.nextDue).toBeNull();
  });

  it('applies the daily limits, counting what was already done today', () => {
    const q = buildStudyQueue({
      cards,
      schedules,
      now: NOW,
      dayEnd: DAY_END,
      settings: { newPerDay: 20, maxReviewsPerDay: 201 },
      done: { newCards: 19, reviews: 200 },
    });
    expect(q.entries.map((e) => e.card.key)).toEqual(['learn', 'rev-1', 'new-b']);
  });

  it('leaves out suspended and retired cards', () => {
    const q = buildStudyQueue({
      cards: [{ ...newB, suspended: true }, { ...newA, retired: true }, rev1],
      schedules,
      now: NOW,
      dayEnd: DAY_END,
      settings,
      done: { newCards: 0, reviews: 0 },
    });
    expect(q.entries.map((e) => e.card.key)).toEqual(['rev-1']);
  });

  it('leaves out buried cards until the instant they were buried until, then takes them back', () => {
    const input = {
      cards: [{ ...newB, buriedUntil: DAY_END }, { ...rev1, buriedUntil: DAY_END }, newA],
      schedules,
      dayEnd: DAY_END,
      settings,
      done: { newCards: 0, reviews: 0 },
    };
    expect(buildStudyQueue({ ...input, now: NOW }).entries.map((e) => e.card.key)).toEqual(['new-a']);
    expect(buildStudyQueue({ ...input, now: DAY_END }).entries.map((e) => e.card.key)).toEqual([
      'rev-1',
      'new-b',
      'new-a',
    ]);
  });

  it('says when the next card is due when nothing is due now', () => {
    const q = buildStudyQueue({
      cards: [later, tomorrow],
      schedules,
      now: NOW,
      dayEnd: DAY_END,
      settings,
      done: { newCards: 0, reviews: 0 },
    });
    expect(q.entries).toEqual([]);
    expect(q.nextDue).toBe(NOW + 2 * 3_600_000);
  });

  it('when the new-card limit is reached, the next card comes with the next study day', () => {
    const q = buildStudyQueue({
      cards: [newA, tomorrow],
      schedules,
      now: NOW,
      dayEnd: DAY_END,
      settings,
      done: { newCards: 20, reviews: 0 },
    });
    expect(q.entries).toEqual([]);
    expect(q.nextDue).toBe(DAY_END);
  });

  it('shows a learning card early when it is the only thing left within 20 minutes', () => {
    const soon = new Map(schedules);
    soon.set(later.id, schedule(later, CardState.Learning, NOW + LEARN_AHEAD_MS - MIN));
    const q = buildStudyQueue({
      cards: [later],
      schedules: soon,
      now: NOW,
      dayEnd: DAY_END,
      settings,
      done: { newCards: 0, reviews: 0 },
    });
    expect(q.entries.map((e) => e.card.key)).toEqual(['later']);
  });

  it('keeps a stable order for equal due dates', () => {
    const a = card('a', 1, 'x');
    const b = card('b', 1, 'y');
    const same = new Map([
      [a.id, schedule(a, CardState.Review, NOW - 1)],
      [b.id, schedule(b, CardState.Review, NOW - 1)],
    ]);
    const order1 = buildStudyQueue({
      cards: [a, b],
      schedules: same,
      now: NOW,
      dayEnd: DAY_END,
      settings,
      done: { newCards: 0, reviews: 0 },
    });
    const order2 = buildStudyQueue({
      cards: [b, a],
      schedules: same,
      now: NOW,
      dayEnd: DAY_END,
      settings,
      done: { newCards: 0, reviews: 0 },
    });
    expect(order1.entries.map((e) => e.card.id)).toEqual(order2.entries.map((e) => e.card.id));
  });
});

describe("buildStudyQueue with the interview plan's cap", () => {
  const tagged = (key: string, order: number, tags: string[]) => ({ ...card(key, order), tags });
  // Deck order: a plain card first, then the role's cards among others.
  const cards = [
    tagged('plain-1', 1, []),
    tagged('role-1', 2, ['director']),
    tagged('plain-2', 3, ['other']),
    tagged('role-2', 4, ['director', 'specialist']),
    tagged('role-3', 5, ['specialist']),
    tagged('plain-3', 6, []),
  ];
  const input = (newPerDay: number, room: number, doneNew = 0) => ({
    cards,
    schedules: new Map<string, ScheduleRecord>(),
    now: NOW,
    dayEnd: DAY_END,
    settings: { newPerDay, maxReviewsPerDay: 200 },
    done: { newCards: doneNew, reviews: 0 },
    newCardCap: { tags: new Set(['director', 'specialist']), room },
  });
  const keys = (newPerDay: number, room: number, doneNew = 0) =>
    buildStudyQueue(input(newPerDay, room, doneNew)).entries.map((e) => e.card.key);

  it("starts the plan's cards first, up to its room, then others up to the shared limit", () => {
    expect(keys(20, 2)).toEqual(['role-1', 'role-2', 'plain-1', 'plain-2', 'plain-3']);
    expect(keys(3, 2)).toEqual(['role-1', 'role-2', 'plain-1']);
  });

  it("never goes above the shared limit, whatever the plan's room", () => {
    expect(keys(2, 5)).toEqual(['role-1', 'role-2']);
    expect(keys(20, 5, 19)).toEqual(['role-1']);
  });

  it('a plan with no room today leaves only the other cards, and says the rest wait for tomorrow', () => {
    const queue = buildStudyQueue(input(20, 0));
    expect(queue.entries.map((e) => e.card.key)).toEqual(['plain-1', 'plain-2', 'plain-3']);
    expect(
      buildStudyQueue({ ...input(20, 0), cards: cards.filter((c) => c.tags.length && c.tags[0] !== 'other') }),
    ).toMatchObject({
      entries: [],
      nextDue: DAY_END,
    });
  });
});
