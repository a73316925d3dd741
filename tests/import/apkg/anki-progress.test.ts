import { describe, expect, it } from 'vitest';
import { CardState } from '../../../src/domain/model';
import { scheduleFromAnkiHistory, type AnkiCardSnapshot } from '../../../src/domain/scheduler';
import { historyFromRevlog, snapshotFromCard, type CardRow } from '../../../src/import/apkg/anki-progress';

const DAY = 86_400_000;
const T0 = Date.UTC(2025, 5, 1, 9);
const NOW = T0 + 60 * DAY;

const baseCard: CardRow = {
  type: 2,
  queue: 2,
  due: 0,
  ivl: 0,
  factor: 2500,
  reps: 0,
  lapses: 0,
  odid: 0,
  odue: 0,
  data: '',
};

describe('reading Anki revlog rows as grades', () => {
  it('keeps grades in time order and skips manual reschedules and non-rescheduling cram', () => {
    const events = historyFromRevlog(
      [
        { id: T0 + 2 * DAY, ease: 3, ivl: 3, factor: 2500, type: 1 },
        { id: T0, ease: 3, ivl: 1, factor: 2500, type: 0 },
        { id: T0 + 3 * DAY, ease: 0, ivl: 9, factor: 2500, type: 5 },
        { id: T0 + 4 * DAY, ease: 2, ivl: 0, factor: 0, type: 3 },
      ],
      2,
    );
    expect(events).toEqual([
      { at: T0, grade: 3 },
      { at: T0 + 2 * DAY, grade: 3 },
    ]);
  });

  it('treats "Forget" (manual, no interval, no ease) as a reset', () => {
    const events = historyFromRevlog([{ id: T0, ease: 0, ivl: 0, factor: 0, type: 4 }], 2);
    expect(events).toEqual([{ at: T0, reset: true }]);
  });

  it("maps the v1 scheduler's three learning buttons onto Again/Good/Easy", () => {
    const events = historyFromRevlog(
      [
        { id: T0, ease: 2, ivl: -600, factor: 0, type: 0 },
        { id: T0 + 1, ease: 3, ivl: 4, factor: 2500, type: 0 },
        { id: T0 + DAY, ease: 2, ivl: 3, factor: 2500, type: 1 },
      ],
      1,
    );
    expect(events.map((e) => ('grade' in e ? e.grade : 0))).toEqual([3, 4, 2]);
  });
});

describe('Anki card columns as a snapshot', () => {
  const crt = Math.floor(T0 / 1000);

  it('reads review dues as days since the collection was created', () => {
    expect(snapshotFromCard({ ...baseCard, due: 10, ivl: 7 }, crt)).toMatchObject({
      state: CardState.Review,
      due: T0 + 10 * DAY,
      intervalDays: 7,
      ease: 2.5,
    });
  });

  it('reads learning dues as epoch seconds and filtered cards by their home due', () => {
    expect(snapshotFromCard({ ...baseCard, type: 1, queue: 1, due: crt + 600 }, crt).due).toBe(T0 + 600_000);
    expect(snapshotFromCard({ ...baseCard, due: -100_000, odid: 5, odue: 3 }, crt).due).toBe(T0 + 3 * DAY);
  });

  it('takes FSRS memory from the card data when Anki had FSRS on', () => {
    expect(snapshotFromCard({ ...baseCard, data: '{"s":12.5,"d":6.1,"dr":0.9}' }, crt).memory).toEqual({
      stability: 12.5,
      difficulty: 6.1,
    });
    expect(snapshotFromCard({ ...baseCard, data: 'not json' }, crt).memory).toBeNull();
  });
});

describe('scheduleFromAnkiHistory', () => {
  const review: AnkiCardSnapshot = {
    state: CardState.Review,
    due: NOW + 5 * DAY,
    intervalDays: 20,
    ease: 2.5,
    reps: 4,
    lapses: 0,
    memory: null,
  };

  it("replays a studied card into Review with Anki's due date and a stability that grew with each success", () => {
    const { schedule, reviews } = scheduleFromAnkiHistory(
      [
        { at: T0, grade: 3 },
        { at: T0 + 10 * 60_000, grade: 3 },
        { at: T0 + DAY, grade: 3 },
        { at: T0 + 6 * DAY, grade: 3 },
      ],
      review,
      NOW,
    );
    expect(schedule?.state).toBe(CardState.Review);
    expect(schedule?.due).toBe(NOW + 5 * DAY);
    expect(schedule?.lastReview).toBe(T0 + 6 * DAY);
    expect(reviews.map((r) => r.stability)).toEqual([...reviews.map((r) => r.stability)].sort((a, b) => a - b));
    expect(schedule!.stability).toBeGreaterThan(reviews[1]!.stability);
    expect(reviews.map((r) => r.review)).toEqual([T0, T0 + 10 * 60_000, T0 + DAY, T0 + 6 * DAY]);
  });

  it('gives a card that failed a lot a lower stability and higher difficulty than one that did not', () => {
    const good = scheduleFromAnkiHistory(
      [
        { at: T0, grade: 3 },
        { at: T0 + DAY, grade: 3 },
        { at: T0 + 4 * DAY, grade: 3 },
      ],
      review,
      NOW,
    ).schedule!;
    const bad = scheduleFromAnkiHistory(
      [
        { at: T0, grade: 1 },
        { at: T0 + DAY, grade: 1 },
        { at: T0 + 4 * DAY, grade: 2 },
      ],
      review,
      NOW,
    ).schedule!;
    expect(bad.stability).toBeLessThan(good.stability);
    expect(bad.difficulty).toBeGreaterThan(good.difficulty);
  });

  it('starts the memory over after a reset, but keeps the whole history', () => {
    const before = [
      { at: T0, grade: 3 as const },
      { at: T0 + 3 * DAY, grade: 3 as const },
    ];
    const { schedule, reviews } = scheduleFromAnkiHistory(
      [...before, { at: T0 + 10 * DAY, reset: true }, { at: T0 + 11 * DAY, grade: 3 }],
      { ...review, state: CardState.Learning, due: T0 + 11 * DAY + 600_000 },
      NOW,
    );
    const fresh = scheduleFromAnkiHistory(
      [{ at: T0 + 11 * DAY, grade: 3 }],
      { ...review, state: CardState.Learning },
      NOW,
    ).schedule!;
    expect(schedule!.stability).toBeCloseTo(fresh.stability);
    expect(reviews).toHaveLength(3);
  });

  it('estimates a review card without history from its interval and ease', () => {
    const { schedule, reviews } = scheduleFromAnkiHistory([], review, NOW);
    expect(reviews).toEqual([]);
    expect(schedule).toMatchObject({ state: CardState.Review, due: NOW + 5 * DAY, stability: 20, scheduledDays: 20 });
    expect(schedule!.lastReview).toBe(NOW + 5 * DAY - 20 * DAY);
    const hard = scheduleFromAnkiHistory([], { ...review, ease: 1.3 }, NOW).schedule!;
    expect(hard.difficulty).toBeGreaterThan(schedule!.difficulty);
  });

  it('uses the FSRS memory Anki stored when there is one', () => {
    const { schedule } = scheduleFromAnkiHistory(
      [{ at: T0, grade: 3 }],
      { ...review, memory: { stability: 42, difficulty: 3.3 } },
      NOW,
    );
    expect(schedule).toMatchObject({ stability: 42, difficulty: 3.3 });
  });

  it('leaves a new card new (history kept)', () => {
    const { schedule, reviews } = scheduleFromAnkiHistory(
      [{ at: T0, grade: 3 }],
      { ...review, state: CardState.New, due: null },
      NOW,
    );
    expect(schedule).toBeNull();
    expect(reviews).toHaveLength(1);
  });

  it('is deterministic, so importing twice gives the same state', () => {
    const history = [
      { at: T0, grade: 3 as const },
      { at: T0 + 2 * DAY, grade: 2 as const },
    ];
    expect(scheduleFromAnkiHistory(history, review, NOW)).toEqual(scheduleFromAnkiHistory(history, review, NOW));
  });
});
