import { describe, expect, it } from 'vitest';
import {
  calendarOfDay,
  createDayLookup,
  dayOf,
  firstDayOfMonth,
  isoDateOfDay,
  monthOf,
  weekStartOf,
} from '../../../src/domain/stats/calendar';
import { studyDayNumber, studyDayNumberStart, studyDayStart } from '../../../src/domain/study-day';
import { parisOffset } from './stats-fixtures';

const dayNumberOf = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / 86_400_000;

describe('study day numbers', () => {
  it('number a late-night session with the evening before (4 a.m. day start, UTC+9)', () => {
    const tokyo = 9 * 60;
    // 03:30 local on 3 Nov belongs to the study day of 2 Nov; 04:30 to 3 Nov.
    expect(isoDateOfDay(studyDayNumber(Date.UTC(2026, 10, 2, 18, 30), 4, tokyo))).toBe('2026-11-02');
    expect(isoDateOfDay(studyDayNumber(Date.UTC(2026, 10, 2, 19, 30), 4, tokyo))).toBe('2026-11-03');
  });

  it('agree with studyDayStart for a fixed offset, and invert to the day start', () => {
    for (let at = Date.UTC(2026, 0, 1); at < Date.UTC(2026, 0, 4); at += 37 * 60_000) {
      const day = studyDayNumber(at, 4, -300);
      expect(studyDayNumberStart(day, 4, -300)).toBe(studyDayStart(at, 4, -300));
    }
  });

  it('give consecutive numbers across a daylight-saving change and start each day at 4 a.m. local', () => {
    // Paris springs forward on 29 March 2026: 4 a.m. is 03:00 UTC before, 02:00 UTC after.
    const sat = dayNumberOf('2026-03-28');
    expect(studyDayNumberStart(sat, 4, parisOffset)).toBe(Date.UTC(2026, 2, 28, 3));
    expect(studyDayNumberStart(sat + 1, 4, parisOffset)).toBe(Date.UTC(2026, 2, 29, 2));
    expect(studyDayNumberStart(sat + 2, 4, parisOffset)).toBe(Date.UTC(2026, 2, 30, 2));
    // 04:30 summer time on 30 March is a new day; under the winter offset it would still be 29 March.
    expect(studyDayNumber(Date.UTC(2026, 2, 30, 2, 30), 4, parisOffset)).toBe(sat + 2);
    expect(studyDayNumber(Date.UTC(2026, 2, 30, 2, 30), 4, 60)).toBe(sat + 1);
    // Clocks fall back at 3 a.m. on 25 October: the study day that began on the 24th lasts 25 hours.
    const oct24 = dayNumberOf('2026-10-24');
    expect(studyDayNumberStart(oct24 + 1, 4, parisOffset) - studyDayNumberStart(oct24, 4, parisOffset)).toBe(
      25 * 3_600_000,
    );
  });
});

describe('calendar of day numbers', () => {
  it('gives dates, weekdays, weeks and months', () => {
    const wed = dayNumberOf('2026-06-10');
    expect(calendarOfDay(wed)).toEqual({ year: 2026, month: 6, date: 10, weekday: 3 });
    expect(isoDateOfDay(weekStartOf(wed, 1))).toBe('2026-06-08');
    expect(isoDateOfDay(weekStartOf(wed, 0))).toBe('2026-06-07');
    expect(isoDateOfDay(weekStartOf(dayNumberOf('2026-06-07'), 1))).toBe('2026-06-01');
    expect(isoDateOfDay(firstDayOfMonth(monthOf(wed)))).toBe('2026-06-01');
    expect(monthOf(dayNumberOf('2027-01-31')) - monthOf(wed)).toBe(7);
    expect(isoDateOfDay(weekStartOf(dayNumberOf('1969-12-31'), 1))).toBe('1969-12-29');
  });

  it('gives the same days through its cache, in order and out of order, across both clock changes', () => {
    for (const clock of [
      { dayStartHour: 4, utcOffset: parisOffset },
      { dayStartHour: 0, utcOffset: parisOffset },
      { dayStartHour: 2, utcOffset: parisOffset },
    ]) {
      const lookup = createDayLookup(clock);
      const instants: number[] = [];
      for (const [from, to] of [
        [Date.UTC(2026, 2, 27), Date.UTC(2026, 3, 1)],
        [Date.UTC(2026, 9, 23), Date.UTC(2026, 9, 28)],
      ]) {
        for (let at = from!; at < to!; at += 7 * 60_000) instants.push(at);
      }
      for (const at of instants) expect(lookup(at)).toBe(dayOf(at, clock));
      for (const at of [...instants].reverse()) expect(lookup(at)).toBe(dayOf(at, clock));
    }
  });

  it('reads the offset at each instant', () => {
    const clock = { dayStartHour: 0, utcOffset: parisOffset };
    expect(isoDateOfDay(dayOf(Date.UTC(2026, 6, 1, 22, 30), clock))).toBe('2026-07-02');
    expect(isoDateOfDay(dayOf(Date.UTC(2026, 0, 1, 22, 30), clock))).toBe('2026-01-01');
  });
});
