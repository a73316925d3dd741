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
