import { describe, expect, it } from 'vitest';
import {
  aheadBound,
  DEFAULT_REQUEST,
  describeRequest,
  failedCardIds,
  orderTagSlots,
  queueAfterGrade,
  requestProblems,
} from '../../src/domain/custom-study';
import { CardState, type CardRecord, type ReviewRecord, type ScheduleRecord } from '../../src/domain/model';
import { Lane, type QueueSlot } from '../../src/domain/queue-slot';

const T = Date.UTC(2026, 11, 1, 10, 0);
const DAY_END = Date.UTC(2026, 11, 2, 3, 0);
const slot = (cardId: string, lane: Lane | undefined, due: number, order = 0, deckId = 'd'): QueueSlot => ({
  cardId,
  deckId,
  lane,
  due,
  order,
});

describe('custom study (pure)', () => {
  it("orders a tag's cards: due now, then new in deck order, then not yet due soonest first; no lane left out", () => {
    const slots = [
      slot('later', Lane.Review, DAY_END + 5),
      slot('new2', Lane.New, 0, 2),
      slot('learnSoon', Lane.Learning, T + 60_000),
      slot('reviewDue', Lane.Review, T - 1000),
      slot('suspended', undefined, 0),
      slot('new1', Lane.New, 0, 1),
      slot('learnDue', Lane.Learning, T),
    ];
    expect(orderTagSlots(slots, T, DAY_END, 10).map((s) => s.cardId)).toEqual([
      'reviewDue',
      'learnDue',
      'new1',
      'new2',
      'learnSoon',
      'later',
    ]);
    expect(orderTagSlots(slots, T, DAY_END, 3).map((s) => s.cardId)).toEqual(['reviewDue', 'learnDue', 'new1']);
  });

  it('failed today: Again in the app since the day began, in the order first failed, each once', () => {
    const r = (cardId: string, review: number, rating: 1 | 2 | 3 | 4, origin?: 'anki'): ReviewRecord =>
      ({ cardId, deckId: 'd', review, rating, origin }) as ReviewRecord;
    const start = T - 5 * 3_600_000;
    const log = [
      r('b', T, 1),
      r('a', T - 1000, 1),
      r('b', T + 5, 1),
      r('c', T, 3),
      r('y', start - 1, 1),
      r('k', T, 1, 'anki'),
    ];
    expect(failedCardIds(log, start)).toEqual(['a', 'b']);
  });

  it('review ahead ends at a study-day start, N days after today, across a DST change', () => {
    // 4 a.m. local in UTC+1: today ends 03:00 UTC on 2 Dec; 3 days ahead ends 03:00 UTC on 5 Dec.
    expect(aheadBound(T, 3, 4, 60)).toBe(Date.UTC(2026, 11, 5, 3, 0));
    expect(aheadBound(T, 0, 4, 60)).toBe(DAY_END);
    // Europe's October change: UTC+2 until 25 Oct 2026 01:00 UTC, then UTC+1.
    const berlin = (at: number) => (at < Date.UTC(2026, 9, 25, 1, 0) ? 120 : 60);
    expect(aheadBound(Date.UTC(2026, 9, 24, 12, 0), 1, 4, berlin)).toBe(Date.UTC(2026, 9, 26, 3, 0));
  });

  it('a learning card comes back after the others; a graduated one leaves', () => {
    const entry = (id: string) => ({ card: { id } as CardRecord, schedule: null });
    const queue = [entry('a'), entry('b')];
    const learning = { cardId: 'a', state: CardState.Relearning } as ScheduleRecord;
    expect(queueAfterGrade(queue, learning).map((e) => [e.card.id, e.schedule])).toEqual([
      ['b', null],
      ['a', learning],
    ]);
    expect(queueAfterGrade(queue, { ...learning, state: CardState.Review }).map((e) => e.card.id)).toEqual(['b']);
  });

  it('says what is wrong with a request, and names a role by its label', () => {
    expect(requestProblems({ ...DEFAULT_REQUEST, tag: '' }).map((p) => p.field)).toEqual(['tag']);
    expect(requestProblems({ ...DEFAULT_REQUEST, kind: 'ahead', days: 400, limit: 0 }).map((p) => p.field)).toEqual([
      'days',
      'limit',
    ]);
    expect(requestProblems({ ...DEFAULT_REQUEST, kind: 'failed', tag: '' })).toEqual([]);
    expect(describeRequest({ ...DEFAULT_REQUEST, tag: 'product-data-analyst' })).toBe('Role: Product data analyst');
    expect(describeRequest({ ...DEFAULT_REQUEST, tag: 'sql' })).toBe('Tag: sql');
    expect(describeRequest({ ...DEFAULT_REQUEST, kind: 'ahead', days: 1 })).toBe('Review ahead 1 day');
  });
});
