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
 * The local UTC offset: fixed minutes east of UTC, or a function giving the offset in force at
 * an instant (the app passes its clock's), so that plans over several days follow DST changes.
 */
export type UtcOffset = number | ((at: number) => number);

/** Minutes east of UTC in force at `at`. */
export function offsetAt(offset: UtcOffset, at: number): number {
  return typeof offset === 'number' ? offset : offset(at);
}

/**
 * The study day holding `at`, numbered as local calendar days since 1970: consecutive study
 * days differ by exactly 1, whatever their length in hours (23 or 25 on a DST night).
 */
export function studyDayNumber(at: number, dayStartHour: number, offset: UtcOffset): number {
  return Math.floor((at + offsetAt(offset, at) * 60_000 - dayStartHour * HOUR) / DAY);
}

// A local wall-clock time (as ms since 1970 in local time) to the instant it names. The offset
// depends on the instant we are looking for: a second look settles it.
function localToInstant(local: number, offset: UtcOffset): number {
  const guess = local - offsetAt(offset, local) * 60_000;
  return local - offsetAt(offset, guess) * 60_000;
}

/**
 * Epoch ms at which study day number `day` begins: the first instant studyDayNumber puts in it,
 * with the offset in force at that instant.
 */
export function studyDayNumberStart(day: number, dayStartHour: number, offset: UtcOffset): number {
  const local = day * DAY + dayStartHour * HOUR;
  if (typeof offset === 'number') return local - offset * 60_000;
  // Around a clock change the day-start hour may come twice (or not at all): either offset on
  // each side may be the one in force; take the earliest instant that lies in the day.
  let start = Infinity;
  for (const minutes of [offset(local - 14 * HOUR), offset(local + 14 * HOUR)]) {
    const candidate = local - minutes * 60_000;
    if (candidate < start && studyDayNumber(candidate, dayStartHour, offset) === day) start = candidate;
  }
  return Number.isFinite(start) ? start : localToInstant(local, offset);
}

/** Epoch ms of `hour`:00 local time on an ISO calendar date ("2026-11-20"), e.g. for an interview date. */
export function localDateAt(isoDate: string, hour: number, offset: UtcOffset): number {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  const local = match ? Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]), hour) : NaN;
  if (!match || new Date(local).toISOString().slice(0, 10) !== isoDate) {
    throw new RangeError(`Not a calendar date (YYYY-MM-DD): "${isoDate}"`);
  }
  return localToInstant(local, offset);
}
