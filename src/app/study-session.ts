/**
 * The study session's state and actions: start, reveal, grade, undo. Every grade writes the
 * card's schedule and its review in one transaction; the next card shows only after it commits.
 * The next-card and undo rules are pure (domain/study-session.ts); this module adds the writes.
 */
import { batch, computed, effect, signal } from '@preact/signals';
import type { Grade } from '../domain/model';
import { buildStudyQueue, type QueueEntry } from '../domain/queue';
import { Scheduler } from '../domain/scheduler';
import {
  isWaitingPastDue,
  kindBefore,
  listQueue,
  sessionAfterUndo,
  sessionAt,
  type StudyScope,
  type StudySession,
} from '../domain/study-session';
import type { AppDb } from '../storage/db';
import { findLastAppReview, undoReview, writeGrade } from '../storage/review-writes';
import type { AppState } from './app-state';
import type { Clock } from './clock';

export type StudyState = ReturnType<typeof createStudySession>;

/** Builds the study session over the shared state. */
export function createStudySession(app: AppState, { db, clock }: { db: AppDb; clock: Clock }) {
  const session = signal<StudySession | null>(null);
  const busy = signal(false);
  const error = signal<string | null>(null);
  const scheduler = computed(() => new Scheduler(app.settings.value));
  /** A session over a given list of cards (a drill): the ones not yet graded, and the whole list for undo. */
  let list: { scope: StudyScope; left: QueueEntry[]; all: QueueEntry[] } | null = null;

  function queueFor(scope: StudyScope, at: number) {
    if (list?.scope === scope) return listQueue(list.left);
    return buildStudyQueue({ ...app.queueContext(at), cards: app.cardsInScope(scope) });
  }

  function nextCard(scope: StudyScope, graded: number, at: number): StudySession {
    return sessionAt(scope, queueFor(scope, at), graded, at);
  }

  // An empty session moves on by itself when its next card falls due (the clock ticks in app state).
  effect(() => {
    const at = app.now.value;
    const s = session.peek();
    if (isWaitingPastDue(s, at)) session.value = nextCard(s!.scope, s!.graded, at);
  });

  async function guarded(action: () => Promise<void>): Promise<void> {
    if (busy.value) return;
    busy.value = true;
    try {
      await action();
      error.value = null;
    } catch (cause) {
      error.value = cause instanceof Error ? cause.message : String(cause);
      throw cause;
    } finally {
      busy.value = false;
    }
  }

  return {
    session,
    busy,
    error,

    start(scope: StudyScope): void {
      list = null;
      session.value = nextCard(scope, 0, clock.now());
    },

    /** Studies exactly these cards, in this order, whatever their due dates (a drill); grades write normal reviews. */
    startList(scope: StudyScope, entries: readonly QueueEntry[]): void {
      list = { scope, left: [...entries], all: [...entries] };
      session.value = nextCard(scope, 0, clock.now());
    },

    end(): void {
      list = null;
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

    /** Grades the current card; the next card shows only after the write has committed. */
    grade(grade: Grade): Promise<void> {
      return guarded(async () => {
        const s = session.value;
        if (!s?.current || !s.revealed || !s.preview) return;
        const outcome = s.preview[grade];
        const id = await writeGrade(db, outcome.schedule, outcome.review);
        const at = clock.now();
        if (list?.scope === s.scope) list.left = list.left.filter((e) => e.card.id !== s.current!.card.id);
        batch(() => {
          app.applyGrade(outcome.schedule, { ...outcome.review, id }, at);
          session.value = nextCard(s.scope, s.graded + 1, at);
        });
      });
    },

    /** Undoes the newest grade given in the app: the card state and the review log return to what they were. */
    undo(): Promise<void> {
      return guarded(async () => {
        const last = await findLastAppReview(db);
        // Undo takes back today's grades only: a stray "z" must never rewind last week.
        if (!last || last.review < app.dayStart.value) return;
        await undoReview(db, last);
        batch(() => {
          app.applyUndo(last);
          const s = session.value;
          // The card comes back on screen only in a session that includes it.
          const listed = s && list?.scope === s.scope ? list.all.find((e) => e.card.id === last.cardId) : undefined;
          if (listed && list) {
            const rest = list.left.filter((e) => e.card.id !== last.cardId);
            list.left = [{ ...listed, schedule: last.before, kind: kindBefore(last.before) }, ...rest];
          }
          const card = s ? (listed?.card ?? app.cardsInScope(s.scope).find((c) => c.id === last.cardId)) : undefined;
          if (s && card) {
            const at = clock.now();
            session.value = sessionAfterUndo(s.scope, queueFor(s.scope, at), s.graded, card, last.before, at);
          }
        });
      });
    },
  };
}
