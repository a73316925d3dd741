/**
 * The ranges the Settings screen allows, as one table: the form checks what a user types
 * against it, a restore checks a backup's settings against it, and start-up checks what is
 * stored, so no value the screen would refuse (a desired retention of 5) can reach the scheduler.
 */
import { DEFAULT_SETTINGS, type SchedulerSettings } from './model';
import { areValidSteps } from './learning-steps';

export type SettingName = keyof SchedulerSettings;

/** The settings store's key for the scheduler settings. */
export const SCHEDULER_SETTINGS_KEY = 'scheduler';

interface Rule {
  /** What a valid value is, in the form's words. */
  expected: string;
  fits(value: unknown): boolean;
}

const number =
  (min: number, max: number): Rule['fits'] =>
  (v) =>
    typeof v === 'number' && v >= min && v <= max;
const whole =
  (min: number, max: number): Rule['fits'] =>
  (v) =>
    Number.isInteger(v) && number(min, max)(v);
const steps =
  (minLength: number): Rule['fits'] =>
  (v) =>
    Array.isArray(v) && v.length >= minLength && v.every((s) => typeof s === 'string') && areValidSteps(v as string[]);

export const SETTING_RULES: Record<SettingName, Rule> = {
  desiredRetention: { expected: 'a number from 0.70 to 0.97', fits: number(0.7, 0.97) },
  newPerDay: { expected: 'a whole number from 0 to 9999', fits: whole(0, 9999) },
  maxReviewsPerDay: { expected: 'a whole number from 0 to 99999', fits: whole(0, 99999) },
  learningSteps: { expected: 'one or more steps such as "1m 10m"', fits: steps(1) },
  relearningSteps: { expected: 'steps such as "10m", or none', fits: steps(0) },
  dayStartHour: { expected: 'an hour from 0 to 23', fits: whole(0, 23) },
};

export interface SettingProblem {
  field: SettingName;
  /** e.g. 'is 5, but must be a number from 0.70 to 0.97' */
  reason: string;
}

function shown(value: unknown): string {
  if (value === undefined) return 'missing';
  const text = JSON.stringify(value);
  return text === undefined ? String(value) : text.length > 40 ? `${text.slice(0, 40)}…` : text;
}

/**
 * The fields of stored or restored scheduler settings that the Settings screen would refuse.
 * A field left out is fine (the default applies); anything that is not an object is a problem
 * for every field.
 */
export function findSettingProblems(value: unknown): SettingProblem[] {
  const record = typeof value === 'object' && value !== null && !Array.isArray(value) ? value : null;
  return (Object.keys(SETTING_RULES) as SettingName[]).flatMap((field) => {
    const v = record ? (record as Record<string, unknown>)[field] : value;
    if (record && v === undefined) return [];
    const rule = SETTING_RULES[field];
    return rule.fits(v) ? [] : [{ field, reason: `is ${shown(v)}, but must be ${rule.expected}` }];
  });
}

/** Settings that are safe to use: the stored values that fit, the defaults for the rest, and what was replaced. */
export function repairSettings(value: unknown): { settings: SchedulerSettings; problems: SettingProblem[] } {
  const problems = findSettingProblems(value);
  const bad = new Set(problems.map((p) => p.field));
  const record = typeof value === 'object' && value !== null && !Array.isArray(value) ? value : {};
  const settings = { ...DEFAULT_SETTINGS };
  for (const field of Object.keys(SETTING_RULES) as SettingName[]) {
    const v = (record as Record<string, unknown>)[field];
    if (v !== undefined && !bad.has(field)) (settings as Record<string, unknown>)[field] = v;
  }
  return { settings, problems };
}

/** The Settings screen's label for a field, for messages. */
export const SETTING_LABELS: Record<SettingName, string> = {
  desiredRetention: 'Desired retention',
  newPerDay: 'New cards per day',
  maxReviewsPerDay: 'Maximum reviews per day',
  learningSteps: 'Learning steps',
  relearningSteps: 'Relearning steps',
  dayStartHour: 'The hour a new study day starts',
};

/** What start-up says when stored settings had to be replaced by defaults. */
export function describeRepairedSettings(problems: readonly SettingProblem[]): string {
  const list = problems.map((p) => `${SETTING_LABELS[p.field]} ${p.reason}`).join('; ');
  return `Your saved settings had values PrepDeck cannot use, so it uses the defaults for them instead (${list}). Check them in Settings.`;
}
