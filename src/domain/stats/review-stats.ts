/**
 * Everything the stats screen reads from the review log, in one pass: storage opens one cursor
 * over the `by-review` index (oldest first) and adds each review; nothing is kept per review.
 */
import type { ReviewRecord } from '../model';
import type { StatsClock, WeekStart } from './calendar';
import type { Fold } from './fold';
import { createHeatmapFold, type HeatmapStats } from './heatmap';
import { createStreakFold, type StreakStats } from './streak';
import { createTodayFold, type TodayOptions, type TodayStats } from './today';
import { createTrueRetentionFold, type TrueRetentionStats } from './true-retention';

export interface ReviewStats {
  today: TodayStats;
  streak: StreakStats;
  heatmap: HeatmapStats;
  retention: TrueRetentionStats;
}

export interface ReviewStatsOptions extends TodayOptions {
  weekStartsOn?: WeekStart;
  /** Days the heatmap covers, ending today (default 365). */
  heatmapDays?: number;
  /** Weeks and months in the retention series (default 12 each). */
  retentionWeeks?: number;
  retentionMonths?: number;
}

/** One fold for all review-log stats; feed it reviews oldest first. */
export function createReviewStats(
  clock: StatsClock,
  options: ReviewStatsOptions = {},
): Fold<ReviewRecord, ReviewStats> {
  const today = createTodayFold(clock, options);
  const streak = createStreakFold(clock);
  const heatmap = createHeatmapFold(clock, options.heatmapDays);
  const retention = createTrueRetentionFold(clock, {
    weekStartsOn: options.weekStartsOn ?? 1,
    weeks: options.retentionWeeks ?? 12,
    months: options.retentionMonths ?? 12,
  });
  return {
    add(record) {
      today.add(record);
      streak.add(record);
      heatmap.add(record);
      retention.add(record);
    },
    result: () => ({
      today: today.result(),
      streak: streak.result(),
      heatmap: heatmap.result(),
      retention: retention.result(),
    }),
  };
}

/** The same over an array in any order (tests, small logs): sorts a copy oldest first. */
export function computeReviewStats(
  reviews: readonly ReviewRecord[],
  clock: StatsClock,
  options?: ReviewStatsOptions,
): ReviewStats {
  const fold = createReviewStats(clock, options);
  for (const review of [...reviews].sort((a, b) => a.review - b.review)) fold.add(review);
  return fold.result();
}
