import type { ReviewRecord, ScheduleRecord } from '../domain/model';
import type { AppDb } from './db';

/**
 * Writes a grade: the card's new schedule and its review-log entry in one transaction.
 * Resolves with the review's id only once the transaction has committed.
 */
export async function writeGrade(db: AppDb, schedule: ScheduleRecord, review: ReviewRecord): Promise<number> {
  const tx = db.transaction(['schedules', 'reviews'], 'readwrite');
  const [, id] = await Promise.all([
    tx.objectStore('schedules').put(schedule),
    tx.objectStore('reviews').add(review),
    tx.done,
  ]);
  return id;
}

/** The newest review given in this app (imported history cannot be undone), or undefined. */
export async function findLastAppReview(db: AppDb): Promise<ReviewRecord | undefined> {
  let cursor = await db.transaction('reviews').store.openCursor(null, 'prev');
  while (cursor) {
    if (cursor.value.origin !== 'anki') return cursor.value;
    cursor = await cursor.continue();
  }
  return undefined;
}

/**
 * Undoes a grade: puts back the card's schedule as it was before (or removes it, if the
 * card was new) and deletes the review-log entry, in one transaction.
 */
export async function undoReview(db: AppDb, review: ReviewRecord): Promise<void> {
  if (review.id === undefined) throw new Error('undoReview: the review has no id');
  const tx = db.transaction(['schedules', 'reviews'], 'readwrite');
  const schedules = tx.objectStore('schedules');
  await Promise.all([
    review.before ? schedules.put(review.before) : schedules.delete(review.cardId),
    tx.objectStore('reviews').delete(review.id),
    tx.done,
  ]);
}

/** The app's reviews given since `since` (epoch ms), oldest first. */
export async function loadReviewsSince(db: AppDb, since: number): Promise<ReviewRecord[]> {
  return db.getAllFromIndex('reviews', 'by-review', IDBKeyRange.lowerBound(since));
}

/** The whole review log of one card, oldest first. */
export async function loadCardReviews(db: AppDb, cardId: string): Promise<ReviewRecord[]> {
  const reviews = await db.getAllFromIndex('reviews', 'by-card', cardId);
  return reviews.sort((a, b) => a.review - b.review);
}
