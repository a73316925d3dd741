/**
 * A rehearsed answer's rating, written as a grade of that card: the same scheduler, the same
 * review log, the same version check and queue slot as studying (issue 14's writeStudyGrade),
 * with the attempt in the same transaction; the shared state, the deck counts and other tabs
 * follow once it has committed, as they do after a study grade.
 */
import { batch } from '@preact/signals';
import type { RehearsalAttempt, ReviewRecord, ScheduleRecord } from '../domain/model';
import type { GradeOutcome } from '../domain/scheduler';
import type { AppDb } from '../storage/db';
import { writeRehearsalGrade } from '../storage/rehearsal-data';
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
