/**
 * The two questions as a form holds them (the first visit, Settings): turning a stored profile
 * into answers and checked answers back into a profile's roles and date. Apart from
 * interview-profile.ts so that only the screens that ask load it.
 */
import type { InterviewProfile } from './interview-profile';
import { ROLE_IDS, type RoleId } from './roles';
import { localDateAt, offsetAt, type UtcOffset } from './study-day';

/** The date picker asks for a day only: an interview is taken to start at 9:00 local time that day. */
export const INTERVIEW_HOUR = 9;

/** The furthest ahead an interview date may be set (about two years). */
const MAX_DAYS_AHEAD = 731;
const DAY = 86_400_000;

/** The two questions as a form holds them. */
export interface InterviewAnswers {
  roles: RoleId[];
  notSure: boolean;
  /** "YYYY-MM-DD" from the date picker, or "" */
  date: string;
  noDate: boolean;
}

export type InterviewErrors = Partial<Record<'roles' | 'date', string>>;

/** The local calendar date ("YYYY-MM-DD") of an instant. */
export function localIsoDate(at: number, offset: UtcOffset): string {
  return new Date(at + offsetAt(offset, at) * 60_000).toISOString().slice(0, 10);
}

/** The form's answers for a stored profile. */
export function answersOf(profile: InterviewProfile, offset: UtcOffset): InterviewAnswers {
  return {
    roles: [...profile.roles],
    notSure: profile.notSure,
    date: profile.interviewAt === null ? '' : localIsoDate(profile.interviewAt, offset),
    noDate: profile.noDate,
  };
}

/**
 * Checks the answers: a date must be a calendar day from today on, within two years; "not sure"
 * stands for all four roles, so it cannot go with a choice of roles. Leaving a question blank is
 * fine (it is skippable): no roles, or no date.
 */
export function parseInterviewAnswers(
  answers: InterviewAnswers,
  { now, utcOffset }: { now: number; utcOffset: UtcOffset },
): { value: Pick<InterviewProfile, 'roles' | 'notSure' | 'interviewAt' | 'noDate'> } | { errors: InterviewErrors } {
  const errors: InterviewErrors = {};
  const roles = ROLE_IDS.filter((id) => answers.roles.includes(id));
  if (answers.notSure && roles.length > 0) errors.roles = 'Choose roles, or "Not sure", not both.';
  let interviewAt: number | null = null;
  const date = answers.date.trim();
  if (!answers.noDate && date !== '') {
    try {
      interviewAt = localDateAt(date, INTERVIEW_HOUR, utcOffset);
      const today = localIsoDate(now, utcOffset);
      const latest = localIsoDate(now + MAX_DAYS_AHEAD * DAY, utcOffset);
      // ISO dates compare as text.
      if (date < today) errors.date = 'This date has passed: choose today or a later day.';
      else if (date > latest) errors.date = `Choose a date within two years (by ${latest}).`;
    } catch {
      errors.date = 'Enter the date as year-month-day, e.g. 2026-12-15.';
    }
  }
  if (Object.keys(errors).length > 0) return { errors };
  return { value: { roles, notSure: answers.notSure, interviewAt, noDate: answers.noDate } };
}
