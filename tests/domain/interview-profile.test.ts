import { describe, expect, it } from 'vitest';
import { answersOf, parseInterviewAnswers, type InterviewAnswers } from '../../src/domain/interview-answers';
import { EMPTY_PROFILE, movesPlan, planRoles, readInterviewProfile } from '../../src/domain/interview-profile';

const TOKYO = 9 * 60;
const NEW_YORK = -5 * 60;
/** 1 Dec 2026, 10:00 in Tokyo (01:00 UTC). */
const NOW = Date.UTC(2026, 11, 1, 1, 0);
const answers = (over: Partial<InterviewAnswers>): InterviewAnswers => ({
  roles: [],
  notSure: false,
  date: '',
  noDate: false,
  ...over,
});

describe('the stored interview profile', () => {
  it('reads a good record as it is', () => {
    const record = {
      roles: ['director', 'analyst'],
      notSure: false,
      interviewAt: NOW + 5,
      noDate: false,
      anchor: { since: NOW, unseen: 40 },
      answeredAt: NOW,
      rehearsedAt: null,
    };
    // Roles come back in the app's order.
    expect(readInterviewProfile(record)).toEqual({ ...record, roles: ['analyst', 'director'] });
  });

  it('takes the default for each field that is missing or damaged, keeping the rest', () => {
    expect(readInterviewProfile(undefined)).toEqual(EMPTY_PROFILE);
    expect(readInterviewProfile('interview')).toEqual(EMPTY_PROFILE);
    expect(
      readInterviewProfile({
        roles: ['analyst', 'astronaut', 7],
        notSure: 'yes',
        interviewAt: -1,
        anchor: { since: NOW, unseen: -3 },
        answeredAt: NOW,
        rehearsedAt: Number.NaN,
      }),
    ).toEqual({ ...EMPTY_PROFILE, roles: ['analyst'], answeredAt: NOW });
    // "Not sure" cannot stand beside chosen roles.
    expect(readInterviewProfile({ roles: ['manager'], notSure: true }).notSure).toBe(false);
  });

  it('plans over the chosen roles, or all four when none is chosen', () => {
    expect(planRoles({ roles: ['manager'] })).toEqual(['manager']);
    expect(planRoles({ roles: [] })).toEqual(['specialist', 'analyst', 'manager', 'director']);
  });
});

describe('the two questions', () => {
  it('an interview date is 9:00 local on that day, in any time zone', () => {
    const tokyo = parseInterviewAnswers(answers({ date: '2026-12-15' }), { now: NOW, utcOffset: TOKYO });
    expect(tokyo).toEqual({
      value: { roles: [], notSure: false, interviewAt: Date.UTC(2026, 11, 15, 0, 0), noDate: false },
    });
    const newYork = parseInterviewAnswers(answers({ date: '2026-12-15' }), { now: NOW, utcOffset: NEW_YORK });
    expect(newYork).toMatchObject({ value: { interviewAt: Date.UTC(2026, 11, 15, 14, 0) } });
  });

  it('both can be left unanswered, or answered "not sure" and "no date yet"', () => {
    expect(parseInterviewAnswers(answers({}), { now: NOW, utcOffset: TOKYO })).toEqual({
      value: { roles: [], notSure: false, interviewAt: null, noDate: false },
    });
    expect(
      parseInterviewAnswers(answers({ notSure: true, noDate: true, date: '2026-12-15' }), {
        now: NOW,
        utcOffset: TOKYO,
      }),
    ).toEqual({ value: { roles: [], notSure: true, interviewAt: null, noDate: true } });
  });

  it('refuses a day that has passed (today is fine), a date over two years away, and text that is no date', () => {
    const check = (date: string, utcOffset = TOKYO) =>
      parseInterviewAnswers(answers({ date }), { now: NOW, utcOffset });
    expect(check('2026-11-30')).toEqual({ errors: { date: 'This date has passed: choose today or a later day.' } });
    expect(check('2026-12-01')).toMatchObject({ value: { interviewAt: Date.UTC(2026, 12 - 1, 1, 0, 0) } });
    // 01:00 UTC on 1 Dec is still 30 Nov in New York: 30 Nov is "today" there.
    expect(check('2026-11-30', NEW_YORK)).toMatchObject({ value: {} });
    expect(check('2029-01-01')).toEqual({ errors: { date: 'Choose a date within two years (by 2028-12-01).' } });
    expect(check('2026-02-30')).toEqual({ errors: { date: 'Enter the date as year-month-day, e.g. 2026-12-15.' } });
  });

  it('refuses "not sure" together with chosen roles', () => {
    expect(
      parseInterviewAnswers(answers({ roles: ['analyst'], notSure: true }), { now: NOW, utcOffset: TOKYO }),
    ).toEqual({ errors: { roles: 'Choose roles, or "Not sure", not both.' } });
  });

  it('a stored profile fills the form back, the date in local time', () => {
    const profile = {
      ...EMPTY_PROFILE,
      roles: ['analyst' as const],
      interviewAt: Date.UTC(2026, 11, 15, 0, 0),
      answeredAt: NOW,
    };
    expect(answersOf(profile, TOKYO)).toEqual({
      roles: ['analyst'],
      notSure: false,
      date: '2026-12-15',
      noDate: false,
    });
    // "No date yet" as answered, and the question skipped, read back apart.
    expect(answersOf({ ...profile, interviewAt: null, noDate: true }, TOKYO)).toMatchObject({ date: '', noDate: true });
    expect(answersOf({ ...profile, interviewAt: null }, TOKYO)).toMatchObject({ date: '', noDate: false });
    expect(answersOf(EMPTY_PROFILE, TOKYO)).toMatchObject({ date: '', noDate: false });
  });

  it('a new date or other roles move the plan; the same answers, or "not sure" for no answer, do not', () => {
    const before = { ...EMPTY_PROFILE, roles: ['analyst' as const], interviewAt: 5 };
    expect(movesPlan(before, { roles: ['analyst'], interviewAt: 5 })).toBe(false);
    expect(movesPlan(before, { roles: ['analyst'], interviewAt: 6 })).toBe(true);
    expect(movesPlan(before, { roles: ['analyst', 'director'], interviewAt: 5 })).toBe(true);
    expect(movesPlan({ ...before, roles: [] }, { roles: [], interviewAt: 5 })).toBe(false);
  });
});
