import { isSameSchedule, slotFor, StaleGradeError, type QueueSlot } from '../domain/queue-slot';
import type { CardRecord, ReviewRecord, ScheduleRecord } from '../domain/model';
import type { AppDb } from './db';
import { readWindowIn, type LoadedEntry, type SourceWindow, type WindowRequest } from './queue-read';

/** The queue to read after a write, in the same transaction (so the next card is in hand when it commits). */
export interface NextWindow<T> {
  request: WindowRequest;
  choose: (windows: SourceWindow[]) => { slots: QueueSlot[]; result: T };
}

export interface WindowAfterWrite<T> {
  windows: SourceWindow[];
  entries: LoadedEntry[];
  result: T;
}

const GRADE_STORES = ['schedules', 'reviews', 'queueSlots', 'cards'] as const;

/**
 * Writes a grade: the card's new schedule, its review-log entry and its queue slot in one
 * transaction. Resolves with the review's id only once the transaction has committed.
 */
export async function writeGrade(db: AppDb, schedule: ScheduleRecord, review: ReviewRecord): Promise<number> {
  const tx = db.transaction(['schedules', 'reviews', 'queueSlots', 'cards'], 'readwrite');
  const [card, , id] = await Promise.all([
    tx.objectStore('cards').get(schedule.cardId),
    tx.objectStore('schedules').put(schedule),
    tx.objectStore('reviews').add(review),
  ]);
  const slot = card ? slotFor(card, schedule) : null;
  await Promise.all([slot ? tx.objectStore('queueSlots').put(slot) : undefined, tx.done]);
  return id;
}

/**
 * Writes a grade given while studying, in one transaction: checks that the card's schedule is still the one the grade
 * was computed from (`seen`; another tab may have graded it: then StaleGradeError and nothing is
 * written), puts the new schedule, its review and the card's queue slot, and reads the queue
 * that follows. Resolves with the review's id and that queue once the transaction has committed.
 */
export async function writeStudyGrade<T>(
  db: AppDb,
  grade: { schedule: ScheduleRecord; review: ReviewRecord; seen: ScheduleRecord | null },
  next: NextWindow<T>,
): Promise<{ id: number; next: WindowAfterWrite<T> }> {
  const tx = db.transaction([...GRADE_STORES], 'readwrite');
  const work = (async () => {
    const schedules = tx.objectStore('schedules');
    const [current, card] = await Promise.all([
      schedules.get(grade.schedule.cardId),
      tx.objectStore('cards').get(grade.schedule.cardId),
    ]);
    if (!isSameSchedule(current, grade.seen)) throw new StaleGradeError(grade.schedule.cardId);
    const slot = card ? slotFor(card, grade.schedule) : null;
    const [, id] = await Promise.all([
      schedules.put(grade.schedule),
      tx.objectStore('reviews').add(grade.review),
      slot ? tx.objectStore('queueSlots').put(slot) : undefined,
    ]);
    const window = await readWindowIn(tx as never, next.request, next.choose);
    return { id, next: window };
  })();
  try {
    const [result] = await Promise.all([work, tx.done]);
    return result;
  } catch (error) {
    try {
      tx.abort();
    } catch {
      // Already aborted by the failure.
    }
    await tx.done.catch(() => undefined);
    throw error;
  }
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
 * Undoes a grade: puts back the card's schedule as it was before (or removes it, if the card
 * was new), its queue slot to match, and deletes the review-log entry, in one transaction;
 * then reads the queue that follows, in the same transaction.
 */
export async function undoReview<T>(
  db: AppDb,
  review: ReviewRecord,
  next: NextWindow<T>,
): Promise<WindowAfterWrite<T> & { card: CardRecord | undefined }> {
  if (review.id === undefined) throw new Error('undoReview: the review has no id');
  const tx = db.transaction([...GRADE_STORES], 'readwrite');
  const schedules = tx.objectStore('schedules');
  const work = (async () => {
    const card = await tx.objectStore('cards').get(review.cardId);
    const slot = card ? slotFor(card, review.before) : null;
    await Promise.all([
      review.before ? schedules.put(review.before) : schedules.delete(review.cardId),
      tx.objectStore('reviews').delete(review.id!),
      slot ? tx.objectStore('queueSlots').put(slot) : undefined,
    ]);
    return { card, ...(await readWindowIn(tx as never, next.request, next.choose)) };
  })();
  const [result] = await Promise.all([work, tx.done]);
  return result;
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
