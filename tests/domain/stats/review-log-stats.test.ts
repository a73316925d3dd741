import { describe, expect, it } from 'vitest';
import { CardState, Grade } from '../../../src/domain/model';
import { isoDateOfDay } from '../../../src/domain/stats/calendar';
import { foldAll } from '../../../src/domain/stats/fold';
import { createHeatmapFold } from '../../../src/domain/stats/heatmap';
import { computeReviewStats } from '../../../src/domain/stats/review-stats';
import { createStreakFold } from '../../../src/domain/stats/streak';
import { createTodayFold } from '../../../src/domain/stats/today';

import { clockAt, logEntry, parisOffset } from './stats-fixtures';

const { New, Learning, Review, Relearning } = CardState;
const { Again, Hard, Good } = Grade;
/** An instant given as Paris summer time (UTC+2). */
const paris = (month: number, day: number, hour: number, minute = 0, second = 0) =>
  Date.UTC(2026, month - 1, day, hour - 2, minute, second);

describe("today's figures", () => {
  const now = paris(6, 10, 15);
  const log = [
    logEntry('y', paris(6, 9, 20), Good),
    // 01:30 belongs to yesterday's study day (it starts at 4 a.m.).
    logEntry('y', paris(6, 10, 1, 30), Good),
    logEntry('a', paris(6, 10, 8, 0, 0), Good, New), // first of the sitting: no time known
    logEntry('b', paris(6, 10, 8, 0, 20), Again, Review, 30), // 20 s after the previous grade
    logEntry('a', paris(6, 10, 8, 0, 50), Good, Learning, 0, { durationMs: 12_000 }),
    logEntry('c', paris(6, 10, 8, 3, 50), Hard, Review, 5), // 3 min gap: counts the 60 s maximum
    logEntry('d', paris(6, 10, 9), Good, Relearning, 0, { durationMs: 90_000 }), // capped at 60 s
    logEntry('b', paris(6, 10, 9, 0, 10), Again, Relearning, 0), // 10 s
  ];

  it('counts grades, cards, Again and the split by kind for the study day holding now', () => {
    const today = foldAll(createTodayFold(clockAt(now, parisOffset)), log);
    expect(today).toMatchObject({
      reviews: 6,
      cards: 4,
      again: 2,
      byState: { new: 1, learning: 1, review: 2, relearning: 2 },
      mature: { passed: 0, total: 1 },
      measured: 2,
    });
    expect(today.againRate).toBeCloseTo(2 / 6);
  });

  it('adds measured times, estimates the rest from the gaps, and caps each answer at a minute', () => {
    const today = foldAll(createTodayFold(clockAt(now, parisOffset)), log);
    // Known: 20 + 12 + 60 + 60 + 10 = 162 s over 5 grades; the sitting's first grade gets their average.
    expect(today.timeMs).toBe(162_000 + 162_000 / 5);
  });

  it('is empty before anything is studied today', () => {
    const today = foldAll(createTodayFold(clockAt(paris(6, 11, 12), parisOffset)), log);
    expect(today).toMatchObject({ reviews: 0, cards: 0, againRate: null, timeMs: 0 });
  });

  it('refuses reviews that are not oldest first, rather than give wrong figures', () => {
    const fold = createTodayFold(clockAt(now, parisOffset));
    fold.add(log[3]!);
    expect(() => fold.add(log[2]!)).toThrow(/oldest first/);
  });
});

describe('the streak of study days', () => {
  it('counts a session after midnight for the day before (4 a.m. day start)', () => {
    const log = [
      logEntry('a', Date.UTC(2026, 5, 1, 21), Good),
      logEntry('a', Date.UTC(2026, 5, 2, 23, 30), Good),
      logEntry('a', Date.UTC(2026, 5, 4, 1, 30), Good), // study day of 3 June
    ];
    const streak = foldAll(createStreakFold(clockAt(Date.UTC(2026, 5, 4, 10))), log);
    // Today (4 June) has no grade yet: the streak of 1-3 June still stands.
    expect(streak).toEqual({ current: 3, longest: 3, studiedToday: false, daysStudied: 3 });
  });

  it('runs on across the spring daylight-saving change', () => {
    const log = [
      logEntry('a', Date.UTC(2026, 2, 27, 20), Good), // 21:00 CET
      logEntry('a', Date.UTC(2026, 2, 28, 20), Good),
      logEntry('a', Date.UTC(2026, 2, 29, 19), Good), // 21:00 CEST, the first summer day
      logEntry('a', Date.UTC(2026, 2, 30, 2, 30), Good), // 04:30 CEST: already 30 March's study day
    ];
    const streak = foldAll(createStreakFold(clockAt(Date.UTC(2026, 2, 30, 10), parisOffset)), log);
    expect(streak).toMatchObject({ current: 4, studiedToday: true });
  });

  it('keeps the autumn change night on the evening before', () => {
    const log = [
      logEntry('a', Date.UTC(2026, 9, 23, 19), Good), // 21:00 CEST
      logEntry('a', Date.UTC(2026, 9, 24, 19), Good),
      logEntry('a', Date.UTC(2026, 9, 25, 2, 30), Good), // 03:30 CET after falling back: still the 24th
    ];
    const streak = foldAll(createStreakFold(clockAt(Date.UTC(2026, 9, 25, 11), parisOffset)), log);
    expect(streak).toMatchObject({ current: 2, studiedToday: false, daysStudied: 2 });
  });

  it('breaks on a missed day and remembers the longest run', () => {
    const day = (d: number) => Date.UTC(2026, 5, d, 12);
    const log = [1, 2, 3, 4, 6, 7, 9, 10].map((d) => logEntry('a', day(d), Good));
    const streak = foldAll(createStreakFold(clockAt(day(10))), log);
    expect(streak).toEqual({ current: 2, longest: 4, studiedToday: true, daysStudied: 8 });
    expect(foldAll(createStreakFold(clockAt(day(12))), log).current).toBe(0);
  });
});

describe('the calendar heatmap', () => {
  const now = Date.UTC(2026, 5, 10, 12);
  it('counts grades per study day over the 365 days ending today', () => {
    const log = [
      logEntry('a', Date.UTC(2025, 5, 10, 12), Good), // 365 days ago: outside
      logEntry('a', Date.UTC(2025, 5, 11, 12), Good), // the first day shown
      logEntry('a', Date.UTC(2026, 5, 9, 2), Good), // 02:00: the study day of 8 June
      logEntry('b', Date.UTC(2026, 5, 9, 3), Again),
      ...[8, 9, 10].map((h) => logEntry('c', Date.UTC(2026, 5, 10, h), Good)),
    ];
    const heatmap = foldAll(createHeatmapFold(clockAt(now)), log);
    expect(isoDateOfDay(heatmap.firstDay)).toBe('2025-06-11');
    expect(isoDateOfDay(heatmap.lastDay)).toBe('2026-06-10');
    expect(heatmap.counts).toHaveLength(365);
    expect([heatmap.counts[0], heatmap.counts[362], heatmap.counts[363], heatmap.counts[364]]).toEqual([1, 2, 0, 3]);
    expect(heatmap).toMatchObject({ total: 6, max: 3, daysStudied: 3 });
    expect(heatmap.dailyAverage).toBeCloseTo(6 / 365);
  });

  it('averages over the days since studying began', () => {
    const log = [logEntry('a', Date.UTC(2026, 5, 1, 12), Good), logEntry('a', Date.UTC(2026, 5, 10, 12), Good)];
    expect(foldAll(createHeatmapFold(clockAt(now)), log).dailyAverage).toBeCloseTo(2 / 10);
  });
});

describe('all review-log stats in one pass', () => {
  it('gives the same figures from an unsorted array as each fold from a sorted one', () => {
    const log = [3, 1, 2].map((d) => logEntry('a', Date.UTC(2026, 5, d, 12), Good));
    const stats = computeReviewStats(log, clockAt(Date.UTC(2026, 5, 3, 13), 0));
    expect(stats.streak.current).toBe(3);
    expect(stats.today.reviews).toBe(1);
    expect(stats.heatmap.total).toBe(3);
    expect(stats.retention.table.allTime.youngPassed).toBe(3);
  });
});
