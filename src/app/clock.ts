/** The app's one reading of the clock and of the local time zone; everything below takes time as a parameter. */
export interface Clock {
  now(): number;
  /** Minutes east of UTC at the instant (e.g. +60 in Paris in winter). */
  utcOffsetMinutes(at: number): number;
}

export const systemClock: Clock = {
  now: () => Date.now(),
  utcOffsetMinutes: (at) => -new Date(at).getTimezoneOffset(),
};
