/**
 * The candidate's interview: the roles they prepare for and when the interview is, asked on the
 * first visit and changed in Settings. Stored under a key of its own in the settings store and
 * checked here on the way in, so a record from an older version or a restored backup never
 * reaches the screens unchecked. The plan's anchor (interview-plan.ts) is stored with the date.
 */
import type { PlanAnchor } from './interview-plan';
import { ROLE_IDS, type RoleId } from './roles';
import { localDateAt, offsetAt, type UtcOffset } from './study-day';

export interface InterviewProfile {
  /** The roles chosen, in the order of ROLES; empty when none was chosen. */
  roles: RoleId[];
  /** "Not sure": the candidate prepares for all four roles. */
  notSure: boolean;
  /** When the interview starts (epoch ms); null: no date yet. */
  interviewAt: number | null;
  /** The plan as it stood when the date or the roles were last set (for ahead/behind). */
  anchor: PlanAnchor | null;
  /** When the first-visit questions were answered or skipped; null: never, so the first visit shows. */
  answeredAt: number | null;
  /** When a rehearsal was last started from Home's next step (it is then not offered again that day). */
  rehearsedAt: number | null;
}

export const EMPTY_PROFILE: InterviewProfile = {
  roles: [],
  notSure: false,
  interviewAt: null,
  anchor: null,
  answeredAt: null,
  rehearsedAt: null,
};

/** The date picker asks for a day only: an interview is taken to start at 9:00 local time that day. */
export const INTERVIEW_HOUR = 9;

/** The furthest ahead an interview date may be set (about two years). */
const MAX_DAYS_AHEAD = 731;
const DAY = 86_400_000;

const isInstant = (value: unknown): value is number =>
  typeof value === 'number' && Number.isFinite(value) && value >= 0 && Number.isInteger(value);

function readAnchor(value: unknown): PlanAnchor | null {
  if (typeof value !== 'object' || value === null) return null;
  const { since, unseen } = value as Record<string, unknown>;
  return isInstant(since) && isInstant(unseen) ? { since, unseen } : null;
}

/**
 * The stored profile, checked field by field: a field that is missing or of the wrong shape
 * takes its default (no roles, no date, no anchor), so a damaged record costs only that field.
 */
export function readInterviewProfile(value: unknown): InterviewProfile {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return EMPTY_PROFILE;
  const record = value as Record<string, unknown>;
  const roles = Array.isArray(record.roles) ? ROLE_IDS.filter((id) => (record.roles as unknown[]).includes(id)) : [];
  const notSure = record.notSure === true && roles.length === 0;
  return {
    roles,
    notSure,
    interviewAt: isInstant(record.interviewAt) ? record.interviewAt : null,
    anchor: readAnchor(record.anchor),
    answeredAt: isInstant(record.answeredAt) ? record.answeredAt : null,
    rehearsedAt: isInstant(record.rehearsedAt) ? record.rehearsedAt : null,
  };
}

/** The roles the plan and readiness follow: those chosen, or all four when none is ("not sure", or not answered). */
export function planRoles(profile: Pick<InterviewProfile, 'roles'>): RoleId[] {
  return profile.roles.length > 0 ? [...profile.roles] : [...ROLE_IDS];
}

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
    noDate: profile.answeredAt !== null && profile.interviewAt === null,
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
): { value: Pick<InterviewProfile, 'roles' | 'notSure' | 'interviewAt'> } | { errors: InterviewErrors } {
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
  return { value: { roles, notSure: answers.notSure, interviewAt } };
}

/** Whether a change of answers moves the plan (a new date or other roles), so its anchor is set again. */
export function movesPlan(before: InterviewProfile, after: Pick<InterviewProfile, 'roles' | 'interviewAt'>): boolean {
  return before.interviewAt !== after.interviewAt || planRoles(before).join() !== planRoles(after).join();
}
