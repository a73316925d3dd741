/**
 * Checks the settings form's raw values and turns them into settings, or says which fields
 * are wrong and why, in words a user can act on.
 */
import type { SchedulerSettings } from './model';
import { areValidSteps } from './learning-steps';
import { SETTING_RULES } from './settings-check';

export interface SettingsForm {
  desiredRetention: string;
  newPerDay: string;
  maxReviewsPerDay: string;
  learningSteps: string;
  relearningSteps: string;
  dayStartHour: string;
}

export type SettingsErrors = Partial<Record<keyof SettingsForm, string>>;

/** The form's values for the given settings. */
export function settingsToForm(s: SchedulerSettings): SettingsForm {
  return {
    desiredRetention: String(s.desiredRetention),
    newPerDay: String(s.newPerDay),
    maxReviewsPerDay: String(s.maxReviewsPerDay),
    learningSteps: s.learningSteps.join(' '),
    relearningSteps: s.relearningSteps.join(' '),
    dayStartHour: String(s.dayStartHour),
  };
}

function whole(text: string, field: 'newPerDay' | 'maxReviewsPerDay' | 'dayStartHour'): number | null {
  const value = Number(text.trim());
  return text.trim() !== '' && SETTING_RULES[field].fits(value) ? value : null;
}

function steps(text: string): string[] | null {
  const list = text
    .trim()
    .split(/[\s,]+/)
    .filter(Boolean);
  return areValidSteps(list) ? list : null;
}

/** Validated settings, or the errors by field. */
export function parseSettingsForm(form: SettingsForm): { settings: SchedulerSettings } | { errors: SettingsErrors } {
  const errors: SettingsErrors = {};
  // The ranges are the ones restore and start-up hold stored values to (settings-check.ts).
  const retention = Number(form.desiredRetention.trim());
  if (form.desiredRetention.trim() === '' || !SETTING_RULES.desiredRetention.fits(retention))
    errors.desiredRetention = 'Enter a number from 0.70 to 0.97.';
  const newPerDay = whole(form.newPerDay, 'newPerDay');
  if (newPerDay === null) errors.newPerDay = 'Enter a whole number from 0 to 9999.';
  const maxReviews = whole(form.maxReviewsPerDay, 'maxReviewsPerDay');
  if (maxReviews === null) errors.maxReviewsPerDay = 'Enter a whole number from 0 to 99999.';
  const learning = steps(form.learningSteps);
  if (learning === null || !SETTING_RULES.learningSteps.fits(learning))
    errors.learningSteps = 'Enter steps such as "1m 10m" (m minutes, h hours, d days).';
  const relearning = steps(form.relearningSteps);
  if (relearning === null) errors.relearningSteps = 'Enter steps such as "10m", or leave empty.';
  const hour = whole(form.dayStartHour, 'dayStartHour');
  if (hour === null) errors.dayStartHour = 'Choose an hour from 0 to 23.';
  if (Object.keys(errors).length > 0) return { errors };
  return {
    settings: {
      desiredRetention: retention,
      newPerDay: newPerDay!,
      maxReviewsPerDay: maxReviews!,
      learningSteps: learning!,
      relearningSteps: relearning!,
      dayStartHour: hour!,
    },
  };
}
