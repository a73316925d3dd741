import { describe, expect, it } from 'vitest';
import { CardState, type CardRecord, type ScheduleRecord } from '../../src/domain/model';
import { buildStudyQueue } from '../../src/domain/queue';
import {
  drillScope,
  isWaitingPastDue,
  kindBefore,
  listQueue,
  sessionAfterUndo,
  sessionAt,
} from '../../src/domain/study-session';

const NOW = Date.UTC(2026, 10, 2, 12, 0);
const DAY_END = Date.UTC(2026, 10, 3, 4, 0);
const MIN = 60_000;

const card = (key: string, order: number): CardRecord => ({
  id: `d/${key}`,
  deckId: 'd',
  key,
  front: key,
  back: key,
  format: 'text',
  tags: [],
  order,
});
const schedule = (c: CardRecord, state: ScheduleRecord['state'], due: number): ScheduleRecord => ({
  cardId: c.id,
  deckId: c.deckId,
  due,
  state,
  stability: 3,
  difficulty: 5,
  elapsedDays: 0,
  scheduledDays: 1,
  learningSteps: 0,
  reps: 1,
  lapses: 0,
  lastReview: NOW - MIN,
});
const queueOf = (cards: CardRecord[], schedules: ScheduleRecord[], at = NOW) =>
  buildStudyQueue({
    cards,
    schedules: new Map(schedules.map((s) => [s.cardId, s])),
    now: at,
    dayEnd: DAY_END,
    settings: { newPerDay: 20, maxReviewsPerDay: 200 },
    done: { newCards: 0, reviews: 0 },
  });

describe('a study session as data', () => {
  const a = card('a', 1);
  const b = card('b', 2);

  it('shows the head of the queue, unrevealed, with what is left', () => {
    const s = sessionAt('d', queueOf([a, b], []), 3, NOW);
    expect(s.current?.card.id).toBe(a.id);
    expect(s).toMatchObject({ revealed: false, preview: null, remaining: 2, graded: 3, nextDue: null });
  });

  it('an empty session waits for its next card, and knows when it has fallen due', () => {
    const learning = schedule(a, CardState.Learning, NOW + 30 * MIN);
    const s = sessionAt('d', queueOf([a], [learning]), 1, NOW);
    expect(s.current).toBeNull();
    expect(s.nextDue).toBe(NOW + 30 * MIN);
    expect(isWaitingPastDue(s, NOW + 29 * MIN)).toBe(false);
    expect(isWaitingPastDue(s, NOW + 30 * MIN)).toBe(true);
    expect(isWaitingPastDue(sessionAt('d', queueOf([a, b], []), 0, NOW), NOW + DAY_END)).toBe(false);
  });

  it('after an undo the card is back on screen at once, counted once, and the grade count steps back', () => {
    // "b" was graded Good from new: it now waits in learning, so the queue only holds "a".
    const afterGrade = queueOf([a, b], [schedule(b, CardState.Learning, NOW + 10 * MIN)]);
    const s = sessionAfterUndo('d', afterGrade, 1, b, null, NOW);
    expect(s.current).toEqual({ card: b, schedule: null, kind: 'new' });
    expect(s).toMatchObject({ remaining: 2, graded: 0, revealed: false, nextDue: null });
    // A card the queue still holds (graded Again, due now) is not counted twice.
    const again = queueOf([a, b], [schedule(b, CardState.Learning, NOW - MIN)]);
    expect(sessionAfterUndo('d', again, 1, b, null, NOW).remaining).toBe(2);
  });

  it('the kind a card had before a grade follows the schedule it had then', () => {
    expect(kindBefore(null)).toBe('new');
    expect(kindBefore(schedule(a, CardState.New, NOW))).toBe('new');
    expect(kindBefore(schedule(a, CardState.Review, NOW))).toBe('review');
    expect(kindBefore(schedule(a, CardState.Relearning, NOW))).toBe('learning');
  });
});

describe('a session over a given list (a drill)', () => {
  it('holds the listed cards in their order, whatever their due dates, and never waits for one', () => {
    const make = (key: string, kind: 'new' | 'learning' | 'review') => ({
      card: { id: `d/${key}`, deckId: 'd', key, front: key, back: key, format: 'text' as const, tags: [], order: 0 },
      schedule: null,
      kind,
    });
    const entries = [make('b', 'review'), make('a', 'learning'), make('c', 'review')];
    const queue = listQueue(entries);
    expect(queue.entries.map((e) => e.card.key)).toEqual(['b', 'a', 'c']);
    expect(queue).toMatchObject({ learning: 1, reviews: 2, newCards: 0, nextDue: null });
    expect(drillScope('analyst')).toBe('drill:analyst');
  });
});
