/**
 * A backup's values, checked after its shape (backup-format.ts): settings within the ranges the
 * Settings screen allows, schedules and reviews the scheduler can work with, and no card field
 * over the 1 MB limit. A restore that would break the app is refused, naming the record and the
 * field, before anything is written. (Built-in decks are replaced by the app's own at restore:
 * backup-builtins.ts.)
 */
import { BACKUP_MANIFEST, type BackupManifest } from './backup-format';
import { describeOversizedField, MAX_FIELD_CHARS } from './field-size';
import { ImportError } from './import-error';
import { findSettingProblems, SCHEDULER_SETTINGS_KEY, SETTING_LABELS } from './settings-check';

/** The latest instant a Date can hold: a later due date would make the scheduler fail. */
const MAX_INSTANT = 8.64e15;

type Check = (value: number) => boolean;
const instant: Check = (v) => v >= 0 && v <= MAX_INSTANT;
const nonNegative: Check = (v) => v >= 0;
const count: Check = (v) => Number.isInteger(v) && v >= 0;
const difficulty: Check = (v) => v >= 0 && v <= 10;

const EXPECTED = new Map<Check, string>([
  [instant, 'a date (epoch milliseconds from 0 to 8.64e15)'],
  [nonNegative, 'a number of 0 or more'],
  [count, 'a whole number of 0 or more'],
  [difficulty, 'a number from 0 to 10'],
]);

const SCHEDULE_VALUES: Record<string, Check> = {
  due: instant,
  stability: nonNegative,
  difficulty,
  elapsedDays: nonNegative,
  scheduledDays: nonNegative,
  learningSteps: count,
  reps: count,
  lapses: count,
};
const REVIEW_VALUES: Record<string, Check> = {
  review: instant,
  due: instant,
  stability: nonNegative,
  difficulty,
  elapsedDays: nonNegative,
  lastElapsedDays: nonNegative,
  scheduledDays: nonNegative,
  learningSteps: count,
};

/** Checks that a backup's values cannot break the app; throws ImportError naming the record and field. */
export function checkBackupValues(manifest: BackupManifest, fileName: string): BackupManifest {
  const fail = (location: string, reason: string): never => {
    throw new ImportError(fileName, location, reason);
  };
  const at = (list: string, index: number) => `${BACKUP_MANIFEST}, ${list}[${index}]`;
  const checkNumbers = (record: object, rules: Record<string, Check>, where: string, what: string) => {
    for (const [field, check] of Object.entries(rules)) {
      const value = (record as Record<string, number>)[field]!;
      if (!check(value))
        fail(
          where,
          `field "${field}": ${value} is not ${EXPECTED.get(check)}; restoring it would break studying ${what}`,
        );
    }
    const last = (record as { lastReview?: number | null }).lastReview;
    if (last !== undefined && last !== null && !instant(last))
      fail(
        where,
        `field "lastReview": ${last} is not ${EXPECTED.get(instant)}; restoring it would break studying ${what}`,
      );
  };

  manifest.settings.forEach((setting, i) => {
    if (setting.key !== SCHEDULER_SETTINGS_KEY) return;
    const [problem] = findSettingProblems(setting.value);
    if (problem)
      fail(
        `${at('settings', i)} ("${setting.key}")`,
        `field "${problem.field}" (${SETTING_LABELS[problem.field]}) ${problem.reason}, as the Settings screen allows; restoring it would break studying`,
      );
  });
  manifest.cards.forEach((card, i) => {
    for (const field of ['front', 'back', 'notes'] as const) {
      const length = card[field]?.length ?? 0;
      if (length > MAX_FIELD_CHARS) fail(at('cards', i), `field "${field}": ${describeOversizedField(length)}`);
    }
  });
  manifest.schedules.forEach((schedule, i) =>
    checkNumbers(schedule, SCHEDULE_VALUES, at('schedules', i), `the card "${schedule.cardId}"`),
  );
  manifest.reviews.forEach((review, i) => {
    checkNumbers(review, REVIEW_VALUES, at('reviews', i), `the card "${review.cardId}"`);
    if (review.before)
      checkNumbers(
        review.before,
        SCHEDULE_VALUES,
        `${at('reviews', i)}, field "before"`,
        `the card "${review.cardId}"`,
      );
  });
  return manifest;
}
