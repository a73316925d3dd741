/**
 * Grades given outside the study screen, written as a study grade is. A rehearsed answer's
 * rating, written as a grade of that card: the same scheduler, the same
 * review log, the same version check and queue slot as studying (issue 14's writeStudyGrade),
 * with the attempt in the same transaction; the shared state, the deck counts and other tabs
 * follow once it has committed, as they do after a study grade.
 */
import { batch } from '@preact/signals';
import type { RehearsalAttempt, ReviewRecord, ScheduleRecord } from '../domain/model';
import type { GradeOutcome } from '../domain/scheduler';
import type { AppDb } from '../storage/db';
import { writeRehearsalGrade } from '../storage/rehearsal-data';
import { writeStudyGrade, type NextWindow } from '../storage/review-writes';
import type { AppState } from './app-state';
import type { Clock } from './clock';

export interface GradeDeps {
  db: AppDb;
  app: AppState;
  clock: Clock;
}

/**
 * Grades a card with an outcome from Scheduler.preview computed from `seen` (the schedule read
 * when the answer ended): resolves with the stored review, or rejects with StaleGradeError when
 * another tab graded the card in between (nothing is written then).
 */
export async function gradeCard(
  { db, app, clock }: GradeDeps,
  outcome: GradeOutcome,
  seen: ScheduleRecord | null,
  attempt: RehearsalAttempt,
): Promise<ReviewRecord & { id: number }> {
  const schedule = { ...outcome.schedule, version: (seen?.version ?? 0) + 1 };
  const id = await writeRehearsalGrade(db, { schedule, review: outcome.review, seen }, attempt);
  const review = { ...outcome.review, id };
  batch(() => app.applyGrade(review, clock.now()));
  app.announce('grade');
  await app.refreshCounts([schedule.deckId]);
  return review;
}

/** No queue to read after the write: custom study keeps its own list of cards. */
const NO_WINDOW: NextWindow<null> = {
  request: { sources: [], bounds: { now: 0, soon: 0, dayEnd: 0 }, caps: { reviews: 0, newCards: 0 }, ahead: 0 },
  choose: () => ({ slots: [], result: null }),
};

/**
 * Grades a card studied outside the day's queue (custom study) through the study grade write:
 * the version check, the new schedule, its review and its queue slot in one transaction; then
 * the shared state, the deck counts and other tabs follow, as after any grade. Rejects with
 * StaleGradeError when another tab graded the card in between (nothing is written then).
 */
export async function gradeStudiedCard(
  { db, app, clock }: GradeDeps,
  outcome: GradeOutcome,
  seen: ScheduleRecord | null,
): Promise<{ review: ReviewRecord & { id: number }; schedule: ScheduleRecord }> {
  const schedule = { ...outcome.schedule, version: (seen?.version ?? 0) + 1 };
  const { id } = await writeStudyGrade(db, { schedule, review: outcome.review, seen }, NO_WINDOW);
  const review = { ...outcome.review, id };
  batch(() => app.applyGrade(review, clock.now()));
  app.announce('grade');
  await app.refreshCounts([schedule.deckId]);
  return { review, schedule };
}
