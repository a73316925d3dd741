/**
 * True retention as Anki's "True Retention" table computes it (rslib/src/stats/graphs/retention.rs):
 * the share of reviews of cards with an interval of a day or more that were passed (Hard, Good
 * or Easy; Again fails), young (interval < 21 days) and mature apart, counting only the first
 * such review of each card on each study day. Given for Anki's periods (today, yesterday, the
 * last 7, 30 and 365 days, all time) and as series by calendar week and by calendar month.
 */
import { CardState, Grade, type ReviewRecord } from '../model';
import {
  createDayLookup,
  firstDayOfMonth,
  monthOf,
  todayOf,
  weekStartOf,
  type StatsClock,
  type WeekStart,
} from './calendar';
import { createTimeOrderGuard, type Fold } from './fold';
import { MATURE_INTERVAL_DAYS } from '../card-status';

export interface RetentionCounts {
  youngPassed: number;
  youngFailed: number;
  maturePassed: number;
  matureFailed: number;
}

export type RetentionPeriod = 'today' | 'yesterday' | 'week' | 'month' | 'year' | 'allTime';

/** Anki's rows, in its order. */
export const RETENTION_PERIODS: readonly RetentionPeriod[] = ['today', 'yesterday', 'week', 'month', 'year', 'allTime'];

export interface TrueRetentionStats {
  table: Record<RetentionPeriod, RetentionCounts>;
  /** Calendar weeks ending with this one, oldest first; `start` is the week's first day number. */
  weeks: { start: number; counts: RetentionCounts }[];
  /** Calendar months ending with this one, oldest first; `month` counts months since January 1970. */
  months: { month: number; firstDay: number; counts: RetentionCounts }[];
}

export interface TrueRetentionOptions {
  weekStartsOn?: WeekStart;
  /** How many weeks the weekly series covers (default 12). */
  weeks?: number;
  /** How many months the monthly series covers (default 12). */
  months?: number;
}

/** Passed / (passed + failed), 0-1; null when there was no such review (Anki prints "0%"). */
export function retentionRate(passed: number, failed: number): number | null {
  return passed + failed > 0 ? passed / (passed + failed) : null;
}

/** Young and mature together. */
export function totalRetention(counts: RetentionCounts): { passed: number; failed: number } {
  return { passed: counts.youngPassed + counts.maturePassed, failed: counts.youngFailed + counts.matureFailed };
}

const emptyCounts = (): RetentionCounts => ({ youngPassed: 0, youngFailed: 0, maturePassed: 0, matureFailed: 0 });

/** A review that tests memory over a day or more: of a review card, or a (re)learning step of a day or longer. */
export function isRetentionReview(record: Pick<ReviewRecord, 'state' | 'scheduledDays'>): boolean {
  return record.state === CardState.Review || (record.state !== CardState.New && record.scheduledDays >= 1);
}

function count(into: RetentionCounts, young: boolean, passed: boolean): void {
  if (young) {
    if (passed) into.youngPassed += 1;
    else into.youngFailed += 1;
  } else if (passed) into.maturePassed += 1;
  else into.matureFailed += 1;
}

/** A fold over the review log, oldest first (it dedupes per card and day keeping one day in memory). */
export function createTrueRetentionFold(
  clock: StatsClock,
  options: TrueRetentionOptions = {},
): Fold<ReviewRecord, TrueRetentionStats> {
  const weekStartsOn = options.weekStartsOn ?? 1;
  const today = todayOf(clock);
  const table = Object.fromEntries(RETENTION_PERIODS.map((p) => [p, emptyCounts()])) as Record<
    RetentionPeriod,
    RetentionCounts
  >;
  const thisWeek = weekStartOf(today, weekStartsOn);
  const weekCount = options.weeks ?? 12;
  const weeks = Array.from({ length: weekCount }, (_, i) => ({
    start: thisWeek - (weekCount - 1 - i) * 7,
    counts: emptyCounts(),
  }));
  const thisMonth = monthOf(today);
  const monthCount = options.months ?? 12;
  const months = Array.from({ length: monthCount }, (_, i) => {
    const month = thisMonth - (monthCount - 1 - i);
    return { month, firstDay: firstDayOfMonth(month), counts: emptyCounts() };
  });
  const guard = createTimeOrderGuard('True retention');
  const dayOf = createDayLookup(clock);
  // Where the current study day counts; recomputed only when the day changes (records come in time order).
  let current = Number.NaN;
  let seen = new Set<string>();
  let targets: RetentionCounts[] = [];

  const targetsOf = (day: number): RetentionCounts[] => {
    const age = today - day;
    const out = [table.allTime];
    if (age === 0) out.push(table.today);
    if (age === 1) out.push(table.yesterday);
    if (age < 7) out.push(table.week);
    if (age < 30) out.push(table.month);
    if (age < 365) out.push(table.year);
    const week = weeks[(weekStartOf(day, weekStartsOn) - thisWeek) / 7 + weeks.length - 1];
    if (week) out.push(week.counts);
    const month = months[monthOf(day) - thisMonth + months.length - 1];
    if (month) out.push(month.counts);
    return out;
  };

  return {
    add(record) {
      guard(record.review);
      if (!isRetentionReview(record)) return;
      const day = dayOf(record.review);
      if (day > today) return;
      if (day !== current) {
        current = day;
        seen = new Set();
        targets = targetsOf(day);
      }
      if (seen.has(record.cardId)) return;
      seen.add(record.cardId);
      const young = record.scheduledDays < MATURE_INTERVAL_DAYS;
      const passed = record.rating !== Grade.Again;
      for (const target of targets) count(target, young, passed);
    },
    result() {
      const copy = (c: RetentionCounts): RetentionCounts => ({ ...c });
      return {
        table: Object.fromEntries(RETENTION_PERIODS.map((p) => [p, copy(table[p])])) as Record<
          RetentionPeriod,
          RetentionCounts
        >,
        weeks: weeks.map((w) => ({ start: w.start, counts: copy(w.counts) })),
        months: months.map((m) => ({ ...m, counts: copy(m.counts) })),
      };
    },
  };
}
