/**
 * The due forecast: how many cards fall due on each of the next days, young and mature apart
 * (mature: interval of 21 days or more, as Anki). Overdue cards count on today, where they will
 * be shown; a buried card counts on the day its burial ends.
 */
import { isBuried, stageOf } from '../card-status';
import { CardState } from '../model';
import { dayOf, todayOf, type StatsClock } from './calendar';
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
  let overdue = 0;
  let later = 0;
  return {
    add({ card, schedule }) {
      if (!schedule || schedule.state === CardState.New || card.retired || card.suspended) return;
      let day = dayOf(schedule.due, clock);
      if (isBuried(card, clock.now)) day = Math.max(day, dayOf(card.buriedUntil!, clock));
      if (day < today) {
        overdue += 1;
        day = today;
      }
      const entry = days[day - today];
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
