/**
 * Study days, as Anki counts them: a day starts at a set local hour (4 a.m. by default), so a
 * late-night session still counts toward "today". The local offset is a parameter (minutes
 * east of UTC, e.g. +60 for Paris in winter) so tests do not depend on the process time zone.
 */
const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** Epoch ms at which the study day holding `now` began. */
export function studyDayStart(now: number, dayStartHour: number, utcOffsetMinutes: number): number {
  const offset = utcOffsetMinutes * 60_000;
  const shifted = now + offset - dayStartHour * HOUR;
  return Math.floor(shifted / DAY) * DAY + dayStartHour * HOUR - offset;
}

/**
 * Epoch ms at which the next study day begins. Uses the offset at `now`: on the night a
 * daylight-saving change happens the day is an hour longer or shorter, which only moves
 * the rollover by that hour.
 */
export function nextStudyDayStart(now: number, dayStartHour: number, utcOffsetMinutes: number): number {
  return studyDayStart(now, dayStartHour, utcOffsetMinutes) + DAY;
}

/**
 * Minutes east of UTC in force at an instant. The app passes one built on the device's time
 * zone, so stats put each review on the right day before and after a daylight-saving change.
 */
export type UtcOffsetAt = (at: number) => number;

/** An offset that never changes (UTC, or a zone without daylight saving). */
export function fixedUtcOffset(minutes: number): UtcOffsetAt {
  return () => minutes;
}

/**
 * The study day holding `at`, as a day number: days since 1970-01-01 of the local date on
 * which that study day began. Consecutive study days have consecutive numbers, whatever the
 * length of the day in between (23 or 25 hours on a daylight-saving change).
 */
export function studyDayNumber(at: number, dayStartHour: number, utcOffsetAt: UtcOffsetAt): number {
  return Math.floor((at + utcOffsetAt(at) * 60_000 - dayStartHour * HOUR) / DAY);
}

/** Epoch ms at which study day number `day` begins: the first instant studyDayNumber puts in it. */
export function studyDayNumberStart(day: number, dayStartHour: number, utcOffsetAt: UtcOffsetAt): number {
  const local = day * DAY + dayStartHour * HOUR;
  // The start is `local` read at the offset in force then; around a clock change either of the
  // offsets on each side may be the one (or the hour may not exist): take the earliest that fits.
  let start = Infinity;
  for (const offset of [utcOffsetAt(local - 14 * HOUR), utcOffsetAt(local + 14 * HOUR)]) {
    const candidate = local - offset * 60_000;
    if (candidate < start && studyDayNumber(candidate, dayStartHour, utcOffsetAt) === day) start = candidate;
  }
  return Number.isFinite(start) ? start : local - utcOffsetAt(local) * 60_000;
}
