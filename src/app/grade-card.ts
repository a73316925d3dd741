/**
 * The one write of a grade, for studying and rehearsing alike, so the two share one schedule:
 * the card's new schedule and its review-log entry (and, for a rehearsed answer, the attempt
 * record) in one transaction; the shared state follows only once it has committed.
 */
import { batch } from '@preact/signals';
import type { RehearsalAttempt, ReviewRecord } from '../domain/model';
import type { GradeOutcome } from '../domain/scheduler';
import type { AppDb } from '../storage/db';
import { writeRehearsalGrade } from '../storage/rehearsal-data';
import { writeGrade } from '../storage/review-writes';
import type { AppState } from './app-state';
import type { Clock } from './clock';

export interface GradeDeps {
  db: AppDb;
  app: AppState;
  clock: Clock;
}

export interface GradeOptions {
  /** A rehearsed answer: its record is written in the same transaction as the review. */
  attempt?: RehearsalAttempt;
  /** Runs with the shared state's update, in one batch (the study session moves to its next card). */
  alongside?: (at: number) => void;
}

/**
 * Grades a card with an outcome from Scheduler.preview (computed when the answer showed, so
 * the intervals on the buttons are the ones applied). Resolves with the stored review.
 */
export async function gradeCard(
  { db, app, clock }: GradeDeps,
  outcome: GradeOutcome,
  options: GradeOptions = {},
): Promise<ReviewRecord & { id: number }> {
  const id = options.attempt
    ? await writeRehearsalGrade(db, outcome.schedule, outcome.review, options.attempt)
    : await writeGrade(db, outcome.schedule, outcome.review);
  const review = { ...outcome.review, id };
  const at = clock.now();
  batch(() => {
    app.applyGrade(outcome.schedule, review, at);
    options.alongside?.(at);
  });
  return review;
}
