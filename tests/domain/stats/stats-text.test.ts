import { describe, expect, it } from 'vitest';
import { formatStudyTime, streakLine, todayLines } from '../../../src/domain/stats/stats-text';

describe("the stats screen's sentences", () => {
  it("words today's figures as Anki does", () => {
    expect(
      todayLines({
        reviews: 40,
        cards: 32,
        again: 5,
        againRate: 5 / 40,
        byState: { new: 10, learning: 12, review: 15, relearning: 3 },
        mature: { passed: 7, total: 8 },
        timeMs: 12 * 60_000,
        measured: 40,
      }),
    ).toEqual([
      'Studied 32 cards in 12 minutes today: 40 answers, 18.0 s per answer.',
      'Again: 5 (12.5%).',
      'New 10, learning 12, review 15, relearning 3.',
      'Mature cards: 7 of 8 passed (87.5%).',
    ]);
    expect(
      todayLines({
        reviews: 0,
        cards: 0,
        again: 0,
        againRate: null,
        byState: { new: 0, learning: 0, review: 0, relearning: 0 },
        mature: { passed: 0, total: 0 },
        timeMs: 0,
        measured: 0,
      }),
    ).toEqual(['No cards studied today yet.']);
  });

  it('says the streak, and what keeps it', () => {
    expect(streakLine({ current: 3, longest: 9, studiedToday: false, daysStudied: 20 })).toBe(
      '3 days in a row; study today to keep it. Longest streak: 9 days. Days studied: 20.',
    );
    expect(streakLine({ current: 1, longest: 1, studiedToday: true, daysStudied: 1 })).toBe(
      '1 day in a row, today included. Longest streak: 1 day. Days studied: 1.',
    );
    expect(formatStudyTime(45_000)).toBe('45 seconds');
    expect(formatStudyTime(65 * 60_000)).toBe('1 hour 5 minutes');
  });
});
