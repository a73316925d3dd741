/**
 * The candidate's interview: the roles they prepare for and when the interview is, asked on the
 * first visit and changed in Settings (the form's rules: interview-answers.ts). Stored under a
 * key of its own in the settings store and checked here on the way in, so a record from an older
 * version or a restored backup never reaches the screens unchecked. The plan's anchor
 * (interview-plan.ts) is stored with the date.
 */
import type { PlanAnchor } from './interview-plan';
import { ROLE_IDS, type RoleId } from './roles';

export interface InterviewProfile {
  /** The roles chosen, in the order of ROLES; empty when none was chosen. */
  roles: RoleId[];
  /** "Not sure": the candidate prepares for all four roles. */
  notSure: boolean;
  /** When the interview starts (epoch ms); null: no date yet. */
  interviewAt: number | null;
  /** "No date yet" was the answer (rather than the question left unanswered). */
  noDate: boolean;
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
  noDate: false,
  anchor: null,
  answeredAt: null,
  rehearsedAt: null,
};

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
  const interviewAt = isInstant(record.interviewAt) ? record.interviewAt : null;
  return {
    roles,
    notSure,
    interviewAt,
    noDate: record.noDate === true && interviewAt === null,
    anchor: readAnchor(record.anchor),
    answeredAt: isInstant(record.answeredAt) ? record.answeredAt : null,
    rehearsedAt: isInstant(record.rehearsedAt) ? record.rehearsedAt : null,
  };
}

/** The roles the plan and readiness follow: those chosen, or all four when none is ("not sure", or not answered). */
export function planRoles(profile: Pick<InterviewProfile, 'roles'>): RoleId[] {
  return profile.roles.length > 0 ? [...profile.roles] : [...ROLE_IDS];
}

/** Whether a change of answers moves the plan (a new date or other roles), so its anchor is set again. */
export function movesPlan(before: InterviewProfile, after: Pick<InterviewProfile, 'roles' | 'interviewAt'>): boolean {
  return before.interviewAt !== after.interviewAt || planRoles(before).join() !== planRoles(after).join();
}
