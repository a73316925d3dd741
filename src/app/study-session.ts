/**
 * The study session's state and actions: start, reveal, grade, undo. The queue is read from the
 * indexes, a few cards ahead (queue-reader.ts). Every grade writes the card's schedule, its
 * review and its queue slot in one transaction that also reads the queue that follows, so the
 * next card is in hand when it commits; a grade on a schedule another tab has changed is
 * refused and the queue re-read. The next-card and undo rules are pure (domain/study-session.ts).
 */
import { batch, computed, signal } from '@preact/signals';
import { countDoneToday } from '../domain/day-counts';
import type { CardRecord, Grade } from '../domain/model';
import { StaleGradeError } from '../domain/queue-slot';
import { Scheduler } from '../domain/scheduler';
import {
  isWaitingPastDue,
  sessionAfterUndo,
  sessionAt,
  type StudyScope,
  type StudySession,
} from '../domain/study-session';
import type { AppDb } from '../storage/db';
import { readStudyWindow } from '../storage/queue-read';
import { findLastAppReview, undoReview, writeStudyGrade } from '../storage/review-writes';
import type { AppState } from './app-state';
import type { Clock } from './clock';
import { nextWindow, toStudyQueue } from './queue-reader';
import { describeStorageFailure } from './storage-health';
import { measured } from './timing';

export type StudyState = ReturnType<typeof createStudySession>;

/** How deep an undo looks to tell whether the card it brings back was in the queue anyway. */
const UNDO_DEPTH = 500;

/** Builds the study session over the shared state. */
export function createStudySession(app: AppState, { db, clock }: { db: AppDb; clock: Clock }) {
  const session = signal<StudySession | null>(null);
  const busy = signal(false);
  const error = signal<string | null>(null);
  /** Something the user should know that is not a failure (a card graded in another tab). */
  const notice = signal<string | null>(null);
  const scheduler = computed(() => new Scheduler(app.settings.value));
  let reads = 0;
  /** A session left for the Edit screen: its scope and graded count, taken up again on return. */
  let resume: { scope: StudyScope; graded: number } | null = null;

  /** The session of `scope` at this instant, from the indexes (the latest read wins). */
  async function readSession(scope: StudyScope, graded: number): Promise<void> {
    const ticket = ++reads;
    const at = clock.now();
    const next = nextWindow(app.sourcesOf(scope), app.momentAt(at));
    const { entries, result } = await measured('due-queue', () => readStudyWindow(db, next.request, next.choose));
    if (ticket === reads) session.value = sessionAt(scope, toStudyQueue(entries, result.counts), graded, at);
  }

  // An empty session moves on by itself when its next card falls due (the clock ticks in app state);
  // when another tab changed the data, it keeps the card on screen if that is still to study as it was.
  app.follow(async (at, outside) => {
    const s = session.peek();
    if (!s || busy.peek()) return;
    if (outside) await refreshAfterOutsideChange(s);
    else if (isWaitingPastDue(s, at)) await readSession(s.scope, s.graded);
  });

  async function refreshAfterOutsideChange(s: StudySession): Promise<void> {
    const ticket = ++reads;
    const at = clock.now();
    const next = nextWindow(app.sourcesOf(s.scope), app.momentAt(at));
    const { entries, result } = await readStudyWindow(db, next.request, next.choose);
    if (ticket !== reads || session.peek() !== s) return;
    const queue = toStudyQueue(entries, result.counts);
    const still = queue.entries.find((e) => e.card.id === s.current?.card.id);
    const unchanged = still && (still.schedule?.version ?? 0) === (s.current!.schedule?.version ?? 0);
    const remaining = result.counts.learning + result.counts.reviews + result.counts.newCards;
    session.value = unchanged ? { ...s, remaining } : sessionAt(s.scope, queue, s.graded, at);
  }

  async function guarded(what: string, action: () => Promise<void>): Promise<void> {
    if (busy.value) return;
    busy.value = true;
    try {
      await action();
      error.value = null;
    } catch (cause) {
      // Said plainly (out of space, a disk error, the database closed), never "saved".
      error.value = `${what}: ${describeStorageFailure(cause)}`;
      throw cause;
    } finally {
      busy.value = false;
    }
  }

  return {
    session,
    busy,
    error,
    notice,

    /** Opens a session on a deck (with its subdecks) or on every deck; resolves when its first card shows. */
    start(scope: StudyScope): Promise<void> {
      notice.value = null;
      const graded = resume?.scope === scope ? resume.graded : 0;
      resume = null;
      return readSession(scope, graded);
    },

    /** Marks the session as left to edit its card: the next start of the same scope carries on its count. */
    leaveToEdit(): void {
      const s = session.peek();
      resume = s ? { scope: s.scope, graded: s.graded } : null;
    },

    /** Reads the queue again, keeping the session's count (a card was suspended, buried or brought back). */
    async refresh(): Promise<void> {
      const s = session.peek();
      if (s) await readSession(s.scope, s.graded);
    },

    /** Shows the current card's stored record again (its flag changed), keeping the answer shown or not. */
    replaceCurrent(card: CardRecord): void {
      const s = session.peek();
      if (s?.current?.card.id === card.id) session.value = { ...s, current: { ...s.current, card } };
    },

    end(): void {
      reads += 1;
      session.value = null;
    },

    /** Shows the answer and computes each grade's outcome at this instant. */
    reveal(): void {
      const s = session.value;
      if (!s?.current || s.revealed) return;
      const at = clock.now();
      const preview = scheduler.value.preview(s.current.card, s.current.schedule, at);
      session.value = { ...s, revealed: true, preview, previewAt: at };
    },

    /** Grades the current card; the next card shows once the write (which read it) has committed. */
    grade(grade: Grade): Promise<void> {
      let graded: string | null = null;
      return guarded('Your grade was not saved', async () => {
        const s = session.value;
        if (!s?.current || !s.revealed || !s.preview) return;
        graded = s.current.card.deckId;
        const outcome = s.preview[grade];
        const seen = s.current.schedule;
        const schedule = { ...outcome.schedule, version: (seen?.version ?? 0) + 1 };
        const at = clock.now();
        const done = countDoneToday([
          ...app.todaysReviews.value.filter((r) => r.review >= app.dayStart.value),
          outcome.review,
        ]);
        const next = nextWindow(app.sourcesOf(s.scope), app.momentAt(at, done));
        reads += 1;
        try {
          const { id, next: after } = await writeStudyGrade(db, { schedule, review: outcome.review, seen }, next);
          batch(() => {
            app.applyGrade({ ...outcome.review, id }, at);
            session.value = sessionAt(s.scope, toStudyQueue(after.entries, after.result.counts), s.graded + 1, at);
            notice.value = null;
          });
          app.announce('grade');
        } catch (cause) {
          if (!(cause instanceof StaleGradeError)) throw cause;
          notice.value = cause.message;
          await readSession(s.scope, s.graded);
        }
      }).then(() => (graded ? app.refreshCounts([graded]) : undefined));
    },

    /** Undoes the newest grade given in the app: the card state and the review log return to what they were. */
    undo(): Promise<void> {
      let undone: string | null = null;
      return guarded('The grade was not taken back', async () => {
        const last = await findLastAppReview(db);
        // Undo takes back today's grades only: a stray "z" must never rewind last week.
        if (!last || last.review < app.dayStart.value) return;
        const s = session.value;
        const at = clock.now();
        // The card comes back on screen only in a session that includes it.
        const sources = s ? app.sourcesOf(s.scope) : [];
        const inScope = sources.includes(null) || sources.includes(last.deckId);
        const remainingReviews = app.todaysReviews.value.filter(
          (r) => r.id !== last.id && r.review >= app.dayStart.value,
        );
        const next = nextWindow(inScope ? sources : [], app.momentAt(at, countDoneToday(remainingReviews)), {
          cardId: last.cardId,
          depth: UNDO_DEPTH,
        });
        reads += 1;
        const { card, windows, entries, result } = await undoReview(db, last, next);
        batch(() => {
          app.applyUndo(last);
          if (s && inScope && card && windows.length > 0) {
            const queue = toStudyQueue(entries, result.counts);
            const queued = result.queued || queue.learning + queue.reviews + queue.newCards > UNDO_DEPTH;
            session.value = sessionAfterUndo(s.scope, queue, s.graded, card, last.before, at, queued);
          }
        });
        app.announce('undo');
        undone = last.deckId;
      }).then(() => (undone ? app.refreshCounts([undone]) : undefined));
    },
  };
}
