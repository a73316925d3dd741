import { describe, expect, it } from 'vitest';
import { tallyCards } from '../../src/domain/deck-summary';
import { CardState, type CardRecord, type ScheduleRecord } from '../../src/domain/model';
import { buildStudyQueue, LEARN_AHEAD_MS } from '../../src/domain/queue';
import { compareSlots, isSameSchedule, Lane, slotFor, type QueueSlot } from '../../src/domain/queue-slot';
import {
  addTallies,
  countStudy,
  EMPTY_TALLY,
  laneBounds,
  pickNext,
  roomLeft,
  type LaneHeads,
} from '../../src/domain/queue-window';

const NOW = Date.UTC(2026, 10, 2, 12, 0);
const DAY_END = Date.UTC(2026, 10, 3, 4, 0);
const MIN = 60_000;

const card = (key: string, order: number, deckId = 'd'): CardRecord => ({
  id: `${deckId}/${key}`,
  deckId,
  key,
  front: key,
  back: key,
  format: 'text',
  tags: [],
  order,
});
const schedule = (c: CardRecord, state: CardState, due: number, version = 0): ScheduleRecord => ({
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
  version,
});

/** What the index reads give: each lane of each deck in key order, cut as storage cuts it. */
function headsOf(cards: CardRecord[], schedules: Map<string, ScheduleRecord>, now: number): LaneHeads[] {
  const byDeck = new Map<string, QueueSlot[]>();
  for (const c of cards) {
    const slot = slotFor(c, schedules.get(c.id));
    if (slot?.lane !== undefined) byDeck.set(c.deckId, [...(byDeck.get(c.deckId) ?? []), slot]);
  }
  return [...byDeck.values()].map((slots) => {
    const lane = (l: Lane, keep: (s: QueueSlot) => boolean) =>
      slots.filter((s) => s.lane === l && keep(s)).sort(compareSlots);
    return {
      learning: lane(Lane.Learning, (s) => s.due <= now),
      soon: lane(Lane.Learning, (s) => s.due > now && s.due <= now + LEARN_AHEAD_MS),
      reviews: lane(Lane.Review, (s) => s.due < DAY_END),
      fresh: lane(Lane.New, () => true),
    };
  });
}

describe('the queue from lane tallies and heads', () => {
  const [newA, newB, rev1, rev2, learn, later, other] = [
    card('new-a', 2),
    card('new-b', 1),
    card('rev-1', 5),
    card('rev-2', 6),
    card('learn', 7),
    card('later', 8),
    card('x', 1, 'e'),
  ];
  const cards = [newA, newB, rev1, rev2, learn, later, other];
  const schedules = new Map([
    [rev1.id, schedule(rev1, CardState.Review, NOW - 2 * 86_400_000)],
    [rev2.id, schedule(rev2, CardState.Review, NOW + 3 * 3_600_000)],
    [learn.id, schedule(learn, CardState.Learning, NOW - MIN)],
    [later.id, schedule(later, CardState.Relearning, NOW + 2 * 3_600_000)],
    [other.id, schedule(other, CardState.Review, NOW - MIN)],
  ]);

  for (const [label, settings, done] of [
    ['no limit reached', { newPerDay: 20, maxReviewsPerDay: 200 }, { newCards: 0, reviews: 0 }],
    ['both limits nearly reached', { newPerDay: 20, maxReviewsPerDay: 201 }, { newCards: 19, reviews: 200 }],
    ['both limits reached', { newPerDay: 5, maxReviewsPerDay: 5 }, { newCards: 5, reviews: 5 }],
  ] as const) {
    it(`gives the same cards, counts and next due as buildStudyQueue: ${label}`, () => {
      const reference = buildStudyQueue({ cards, schedules, now: NOW, dayEnd: DAY_END, settings, done });
      const tallies = tallyCards(cards, schedules, laneBounds(NOW, DAY_END));
      const total = [...tallies.values()].reduce((sum, t) => addTallies(sum, t.tally), EMPTY_TALLY);
      const counts = countStudy(total, roomLeft(settings, done), DAY_END);
      expect([counts.learning, counts.reviews, counts.newCards, counts.nextDue]).toEqual([
        reference.learning,
        reference.reviews,
        reference.newCards,
        reference.nextDue,
      ]);
      const next = pickNext(headsOf(cards, schedules, NOW), counts, 10).map((s) => s.cardId);
      expect(next).toEqual(reference.entries.map((e) => e.card.id));
    });
  }

  it('shows learning cards early when nothing else is left, and says when the next card is due otherwise', () => {
    const soon = new Map([[later.id, schedule(later, CardState.Learning, NOW + LEARN_AHEAD_MS - MIN)]]);
    const tally = tallyCards([later], soon, laneBounds(NOW, DAY_END)).get('d')!.tally;
    expect(countStudy(tally, { newCards: 20, reviews: 200 }, DAY_END)).toEqual({
      learning: 1,
      reviews: 0,
      newCards: 0,
      nextDue: null,
    });
    expect(
      pickNext(headsOf([later], soon, NOW), countStudy(tally, { newCards: 20, reviews: 200 }, DAY_END), 3),
    ).toHaveLength(1);
    const far = new Map([[later.id, schedule(later, CardState.Learning, NOW + 2 * 3_600_000)]]);
    const farTally = tallyCards([later, newA], far, laneBounds(NOW, DAY_END)).get('d')!.tally;
    // The new card is held back by the day's limit, the learning card is due in two hours: the earlier wins.
    expect(countStudy(farTally, { newCards: 0, reviews: 200 }, DAY_END).nextDue).toBe(NOW + 2 * 3_600_000);
  });

  it('a schedule is the same only with the same version (and reps and due)', () => {
    const s = schedule(rev1, CardState.Review, NOW, 3);
    expect(isSameSchedule(s, { ...s })).toBe(true);
    expect(isSameSchedule({ ...s, version: 4 }, s)).toBe(false);
    expect(isSameSchedule(s, null)).toBe(false);
    expect(isSameSchedule(undefined, null)).toBe(true);
  });
});
