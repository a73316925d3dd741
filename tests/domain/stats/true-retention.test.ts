import { describe, expect, it } from 'vitest';
import { CardState, Grade } from '../../../src/domain/model';
import { isoDateOfDay } from '../../../src/domain/stats/calendar';
import { foldAll } from '../../../src/domain/stats/fold';
import { createTrueRetentionFold, retentionRate, totalRetention } from '../../../src/domain/stats/true-retention';
import { clockAt, logEntry } from './stats-fixtures';

const { New, Learning, Review, Relearning } = CardState;
const { Again, Hard, Good, Easy } = Grade;
const at = (month: number, day: number, hour: number, year = 2026) => Date.UTC(year, month - 1, day, hour);

/*
 * Checked by hand. Today is Wednesday 10 June 2026 (UTC, day starts at 4 a.m.).
 *   A  10 Jun 09:00 Good, review card, interval 10 -> today, young, passed
 *   A  10 Jun 10:00 Again, same card same day      -> not counted (first review of the day only)
 *   B  10 Jun 02:00 Again, interval 30             -> 02:00 is still 9 June: yesterday, mature, failed
 *   B  10 Jun 09:30 Good, relearning, interval 0   -> not counted (a step under a day)
 *   C  10 Jun 08:00 Again, learning                -> not counted
 *   D  10 Jun 08:05 Good, new                      -> not counted
 *   E   9 Jun 18:00 Hard, interval 5               -> yesterday, young, passed
 *   F  31 May 12:00 Good, interval 40              -> 10 days ago, mature, passed
 *   G   7 Jun 12:00 Again, relearning with a 1-day step -> 3 days ago, young, failed
 *   H   1 Jun 2025 Good, interval 100              -> over a year ago: all time only, mature passed
 *   H  10 Jun 11:00 Easy, interval 21              -> today, mature (21 days is mature), passed
 */
const log = [
  logEntry('H', at(6, 1, 12, 2025), Good, Review, 100),
  logEntry('F', at(5, 31, 12), Good, Review, 40),
  logEntry('G', at(6, 7, 12), Again, Relearning, 1),
  logEntry('E', at(6, 9, 18), Hard, Review, 5),
  logEntry('B', at(6, 10, 2), Again, Review, 30),
  logEntry('C', at(6, 10, 8), Again, Learning, 0),
  logEntry('D', at(6, 10, 8) + 300_000, Good, New, 0),
  logEntry('A', at(6, 10, 9), Good, Review, 10),
  logEntry('B', at(6, 10, 9) + 1_800_000, Good, Relearning, 0),
  logEntry('A', at(6, 10, 10), Again, Review, 10),
  logEntry('H', at(6, 10, 11), Easy, Review, 21),
];
const clock = clockAt(at(6, 10, 12));

describe("true retention (Anki's table)", () => {
  it("counts each period as Anki's True Retention table does", () => {
    const { table } = foldAll(createTrueRetentionFold(clock), log);
    const row = (youngPassed: number, youngFailed: number, maturePassed: number, matureFailed: number) => ({
      youngPassed,
      youngFailed,
      maturePassed,
      matureFailed,
    });
    expect(table.today).toEqual(row(1, 0, 1, 0));
    expect(table.yesterday).toEqual(row(1, 0, 0, 1));
    expect(table.week).toEqual(row(2, 1, 1, 1));
    expect(table.month).toEqual(row(2, 1, 2, 1));
    expect(table.year).toEqual(row(2, 1, 2, 1));
    expect(table.allTime).toEqual(row(2, 1, 3, 1));
  });

  it('gives rates young, mature and together, and none for an empty period', () => {
    const { table } = foldAll(createTrueRetentionFold(clock), log);
    expect(retentionRate(table.week.youngPassed, table.week.youngFailed)).toBeCloseTo(2 / 3);
    expect(retentionRate(table.week.maturePassed, table.week.matureFailed)).toBe(0.5);
    const { passed, failed } = totalRetention(table.week);
    expect(retentionRate(passed, failed)).toBe(0.6);
    const empty = foldAll(createTrueRetentionFold(clockAt(at(6, 10, 12, 2027))), []);
    expect(retentionRate(empty.table.today.youngPassed, empty.table.today.youngFailed)).toBeNull();
  });

  it('gives series by calendar week (Monday first) and by calendar month', () => {
    const { weeks, months } = foldAll(createTrueRetentionFold(clock, { weekStartsOn: 1, weeks: 4, months: 13 }), log);
    expect(weeks.map((w) => isoDateOfDay(w.start))).toEqual(['2026-05-18', '2026-05-25', '2026-06-01', '2026-06-08']);
    expect(weeks.map((w) => totalRetention(w.counts))).toEqual([
      { passed: 0, failed: 0 },
      { passed: 1, failed: 0 }, // F on Sunday 31 May
      { passed: 0, failed: 1 }, // G on Sunday 7 June
      { passed: 3, failed: 1 }, // A, E, H passed; B failed
    ]);
    expect(isoDateOfDay(months[0]!.firstDay)).toBe('2025-06-01');
    expect(months[0]!.counts.maturePassed).toBe(1); // H in June 2025
    expect(months.at(-2)!.counts).toEqual({ youngPassed: 0, youngFailed: 0, maturePassed: 1, matureFailed: 0 });
    expect(months.at(-1)!.counts).toEqual({ youngPassed: 2, youngFailed: 1, maturePassed: 1, matureFailed: 1 });
    // With Sunday first, the two Sundays open their weeks.
    const sunday = foldAll(createTrueRetentionFold(clock, { weekStartsOn: 0, weeks: 2 }), log).weeks;
    expect(sunday.map((w) => [isoDateOfDay(w.start), totalRetention(w.counts)])).toEqual([
      ['2026-05-31', { passed: 1, failed: 0 }],
      ['2026-06-07', { passed: 3, failed: 2 }],
    ]);
  });
});
