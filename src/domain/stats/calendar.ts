/**
 * Calendar arithmetic on study-day numbers (study-day.ts: days since 1970-01-01 of the local
 * date a study day began on). Pure integer maths on UTC dates, so no time zone is involved.
 */
import { studyDayNumber, studyDayNumberStart, type UtcOffset } from '../study-day';

const DAY = 86_400_000;

/** What the stats need to know about "now" and the user's days. */
export interface StatsClock {
  /** The instant the stats are for (the app reads the clock, never the domain). */
  now: number;
  /** The local hour at which a study day starts (Anki: 4). */
  dayStartHour: number;
  /** The device's offset from UTC at an instant, daylight saving included. */
  utcOffset: UtcOffset;
}

/** 0 = Sunday, 1 = Monday: the first column of a heatmap and the start of a retention week. */
export type WeekStart = 0 | 1;

/** The study day number of an instant under the clock's day start and time zone. */
export function dayOf(at: number, clock: Pick<StatsClock, 'dayStartHour' | 'utcOffset'>): number {
  return studyDayNumber(at, clock.dayStartHour, clock.utcOffset);
}

/**
 * dayOf for a stream of instants: remembers the bounds of the last day found, so records in
 * time order cost two comparisons each instead of a time-zone lookup (the device's offset
 * function is the slow part of a pass over 500,000 reviews).
 */
export function createDayLookup(clock: Pick<StatsClock, 'dayStartHour' | 'utcOffset'>): (at: number) => number {
  let start = Infinity;
  let end = -Infinity;
  let day = 0;
  return (at) => {
    if (at >= start && at < end) return day;
    day = dayOf(at, clock);
    start = studyDayNumberStart(day, clock.dayStartHour, clock.utcOffset);
    end = studyDayNumberStart(day + 1, clock.dayStartHour, clock.utcOffset);
    // An offset function that disagrees with itself around a change: do not cache that day.
    if (!(at >= start && at < end)) start = Infinity;
    return day;
  };
}

/** The study day number of `now`. */
export function todayOf(clock: StatsClock): number {
  return dayOf(clock.now, clock);
}

/** "2026-03-29" for a day number. */
export function isoDateOfDay(day: number): string {
  return new Date(day * DAY).toISOString().slice(0, 10);
}

/** The local calendar date of a day number: month 1-12, weekday 0 = Sunday. */
export function calendarOfDay(day: number): { year: number; month: number; date: number; weekday: number } {
  const d = new Date(day * DAY);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, date: d.getUTCDate(), weekday: d.getUTCDay() };
}

/** The first day of the week holding `day`. */
export function weekStartOf(day: number, weekStartsOn: WeekStart): number {
  // Day 0 (1970-01-01) was a Thursday.
  const weekday = (((day + 4) % 7) + 7) % 7;
  return day - ((weekday - weekStartsOn + 7) % 7);
}

/** The month holding `day`, as months since January 1970. */
export function monthOf(day: number): number {
  const d = new Date(day * DAY);
  return (d.getUTCFullYear() - 1970) * 12 + d.getUTCMonth();
}

/** The first day number of a month (months since January 1970). */
export function firstDayOfMonth(month: number): number {
  return Date.UTC(1970 + Math.floor(month / 12), ((month % 12) + 12) % 12, 1) / DAY;
}
