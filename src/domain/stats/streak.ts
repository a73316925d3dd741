/**
 * The streak of study days: how many days in a row, up to today, had at least one grade. A
 * day is a study day (Anki's: it starts at the day-start hour, 4 a.m. by default), so a
 * session at 1 a.m. still counts for the evening before. Today without a grade yet does not
 * break the streak: it still runs until today ends.
 */
import type { ReviewRecord } from '../model';
import { createDayLookup, todayOf, type StatsClock } from './calendar';
import type { Fold } from './fold';

export interface StreakStats {
  /** Study days in a row ending today, or yesterday while today has no grade yet. */
  current: number;
  /** The longest run of study days ever fed in. */
  longest: number;
  studiedToday: boolean;
  /** Different study days with a grade. */
  daysStudied: number;
}

/** A fold over reviews (any order) giving the streak at `clock.now`; keeps one number per day studied. */
export function createStreakFold(clock: StatsClock): Fold<Pick<ReviewRecord, 'review'>, StreakStats> {
  const today = todayOf(clock);
  const dayOf = createDayLookup(clock);
  const days = new Set<number>();
  return {
    add(record) {
      const day = dayOf(record.review);
      if (day <= today) days.add(day);
    },
    result() {
      const sorted = [...days].sort((a, b) => a - b);
      let longest = 0;
      let run = 0;
      for (let i = 0; i < sorted.length; i++) {
        run = i > 0 && sorted[i]! === sorted[i - 1]! + 1 ? run + 1 : 1;
        longest = Math.max(longest, run);
      }
      const studiedToday = days.has(today);
      let current = 0;
      for (let day = studiedToday ? today : today - 1; days.has(day); day--) current += 1;
      return { current, longest, studiedToday, daysStudied: days.size };
    },
  };
}
