/**
 * Reviews per study day over the past year, for the calendar heatmap: one count per day from
 * 364 days ago to today, plus the figures Anki's heatmap prints under it.
 */
import type { ReviewRecord } from '../model';
import { createDayLookup, todayOf, type StatsClock } from './calendar';
import type { Fold } from './fold';

export interface HeatmapStats {
  /** Day number of `counts[0]`. */
  firstDay: number;
  /** Day number of today, the last entry. */
  lastDay: number;
  /** Grades per study day, `counts[i]` for day `firstDay + i`. */
  counts: number[];
  total: number;
  /** The busiest day's count. */
  max: number;
  daysStudied: number;
  /** Grades per day over the days since the first day studied in the range (0 when none). */
  dailyAverage: number;
}

/** A fold over reviews (any order) giving grades per day for the `days` days ending today. */
export function createHeatmapFold(clock: StatsClock, days = 365): Fold<Pick<ReviewRecord, 'review'>, HeatmapStats> {
  const lastDay = todayOf(clock);
  const dayOf = createDayLookup(clock);
  const firstDay = lastDay - days + 1;
  const counts = new Array<number>(days).fill(0);
  return {
    add(record) {
      const day = dayOf(record.review);
      if (day >= firstDay && day <= lastDay) counts[day - firstDay]! += 1;
    },
    result() {
      let total = 0;
      let max = 0;
      let daysStudied = 0;
      let first = -1;
      counts.forEach((count, i) => {
        total += count;
        max = Math.max(max, count);
        if (count > 0) {
          daysStudied += 1;
          if (first < 0) first = i;
        }
      });
      const span = first < 0 ? 0 : days - first;
      return {
        firstDay,
        lastDay,
        counts: [...counts],
        total,
        max,
        daysStudied,
        dailyAverage: span > 0 ? total / span : 0,
      };
    },
  };
}
