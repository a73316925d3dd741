import { describe, expect, it } from 'vitest';
import {
  localDateAt,
  nextStudyDayStart,
  studyDayNumber,
  studyDayNumberStart,
  studyDayStart,
} from '../../src/domain/study-day';

const HOUR = 3_600_000;

describe('study days', () => {
  it('starts the day at 4 a.m. local time in a zone east of UTC (UTC+9, Tokyo)', () => {
    // 03:30 local on 3 Nov (= 18:30 UTC on 2 Nov) still belongs to the study day of 2 Nov.
    const lateNight = Date.UTC(2026, 10, 2, 18, 30);
    expect(studyDayStart(lateNight, 4, 9 * 60)).toBe(Date.UTC(2026, 10, 1, 19, 0)); // 2 Nov 04:00 local
    // 04:30 local on 3 Nov begins a new day.
    const morning = Date.UTC(2026, 10, 2, 19, 30);
    expect(studyDayStart(morning, 4, 9 * 60)).toBe(Date.UTC(2026, 10, 2, 19, 0));
    expect(nextStudyDayStart(morning, 4, 9 * 60)).toBe(Date.UTC(2026, 10, 3, 19, 0));
  });

  it('works west of UTC (UTC-5) and with a day that starts at midnight', () => {
    const at = Date.UTC(2026, 10, 3, 2, 0); // 21:00 local on 2 Nov
    expect(studyDayStart(at, 0, -5 * 60)).toBe(Date.UTC(2026, 10, 2, 5, 0));
    expect(studyDayStart(at, 4, -5 * 60)).toBe(Date.UTC(2026, 10, 2, 9, 0));
  });

  it('every instant lies in [start, next start) and a day is 24 hours long', () => {
    for (let at = Date.UTC(2026, 0, 1); at < Date.UTC(2026, 0, 3); at += 17 * 60_000) {
      const start = studyDayStart(at, 4, 330); // UTC+5:30
      expect(start).toBeLessThanOrEqual(at);
      expect(nextStudyDayStart(at, 4, 330) - start).toBe(24 * HOUR);
      expect(at).toBeLessThan(start + 24 * HOUR);
    }
  });

  it('numbers study days so that consecutive days differ by one across a DST change, each starting at the local hour', () => {
    const change = Date.UTC(2026, 2, 29, 1); // Paris: UTC+1 -> UTC+2
    const paris = (at: number) => (at < change ? 60 : 120);
    const saturday = studyDayNumber(Date.UTC(2026, 2, 28, 12), 4, paris);
    const sunday = studyDayNumber(Date.UTC(2026, 2, 29, 12), 4, paris);
    expect(sunday - saturday).toBe(1);
    expect(studyDayNumberStart(saturday, 4, paris)).toBe(Date.UTC(2026, 2, 28, 3)); // 04:00 at UTC+1
    expect(studyDayNumberStart(sunday, 4, paris)).toBe(Date.UTC(2026, 2, 29, 2)); // 04:00 at UTC+2
    // 03:30 local on Sunday is still Saturday's study day.
    expect(studyDayNumber(Date.UTC(2026, 2, 29, 1, 30), 4, paris)).toBe(saturday);
  });

  it('turns a picked calendar date into the instant of a local hour, and rejects what is not a date', () => {
    expect(localDateAt('2026-11-20', 9, -5 * 60)).toBe(Date.UTC(2026, 10, 20, 14));
    expect(localDateAt('2026-11-20', 9, 9 * 60)).toBe(Date.UTC(2026, 10, 20, 0));
    expect(() => localDateAt('2026-02-31', 9, 0)).toThrow('Not a calendar date (YYYY-MM-DD): "2026-02-31"');
    expect(() => localDateAt('20 Nov', 9, 0)).toThrow(RangeError);
  });
});
