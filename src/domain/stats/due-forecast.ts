/**
 * The due forecast: how many cards fall due on each of the next days, young and mature apart
 * (mature: interval of 21 days or more, as Anki). Overdue cards count on today, where they will
 * be shown; a buried card counts on the day its burial ends.
 */
import { isBuried, stageOf } from '../card-status';
import { CardState } from '../model';
import { studyDayNumberStart } from '../study-day';
import { todayOf, type StatsClock } from './calendar';
import type { CardStatsItem } from './card-items';
import type { Fold } from './fold';

export interface DueForecastDay {
  /** Study day number (calendar.ts). */
  day: number;
  young: number;
  mature: number;
}

export interface DueForecast {
  /** `days[0]` is today. */
  days: DueForecastDay[];
  /** Cards due before today, included in today's bar. */
  overdue: number;
  /** Cards due after the last day shown. */
  later: number;
  /** Cards due over the days shown. */
  total: number;
}

/** A fold over cards with their schedules giving the due forecast for `horizonDays` days from today. */
export function createDueForecastFold(clock: StatsClock, horizonDays = 30): Fold<CardStatsItem, DueForecast> {
  const today = todayOf(clock);
  const days: DueForecastDay[] = Array.from({ length: horizonDays }, (_, i) => ({
    day: today + i,
    young: 0,
    mature: 0,
  }));
  // The instants at which each day shown begins (and the one after): a due date is placed by
  // comparing instants, not by a time-zone lookup per card.
  const starts = Array.from({ length: horizonDays + 1 }, (_, i) =>
    studyDayNumberStart(today + i, clock.dayStartHour, clock.utcOffset),
  );
  /** Index of the day holding `at`: -1 before today, horizonDays after the last day. */
  const indexOf = (at: number): number => {
    let lo = 0;
    let hi = starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (starts[mid]! <= at) lo = mid + 1;
      else hi = mid;
    }
    return lo - 1;
  };
  let overdue = 0;
  let later = 0;
  return {
    add({ card, schedule }) {
      if (!schedule || schedule.state === CardState.New || card.retired || card.suspended) return;
      let index = indexOf(schedule.due);
      if (isBuried(card, clock.now)) index = Math.max(index, indexOf(card.buriedUntil!));
      if (index < 0) {
        overdue += 1;
        index = 0;
      }
      const entry = days[index];
      if (!entry) {
        later += 1;
        return;
      }
      if (stageOf(schedule) === 'mature') entry.mature += 1;
      else entry.young += 1;
    },
    result() {
      return {
        days: days.map((d) => ({ ...d })),
        overdue,
        later,
        total: days.reduce((sum, d) => sum + d.young + d.mature, 0),
      };
    },
  };
}
