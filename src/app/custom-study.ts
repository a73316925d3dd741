/**
 * The Custom study screen's state and actions: the request being filled in, the tags to choose
 * from, and the session it starts. The cards are picked once at the start (domain/custom-study.ts
 * over reads through the indexes: cards by tag, the lane indexes, the review log by time);
 * grades go through the study grade write (gradeStudiedCard), so they are normal reviews that
 * move the cards' schedules and Home's counts; a preview writes nothing.
 */
import { computed, signal } from '@preact/signals';
import {
  aheadBound,
  DEFAULT_REQUEST,
  failedCardIds,
  isStudyable,
  orderTagSlots,
  queueAfterGrade,
  requestProblems,
  type CustomEntry,
  type CustomStudyRequest,
} from '../domain/custom-study';
import { deckFamily, visibleDecks } from '../domain/deck-summary';
import type { Grade } from '../domain/model';
import { Lane, StaleGradeError } from '../domain/queue-slot';
import { Scheduler, type GradePreview } from '../domain/scheduler';
import { nextStudyDayStart } from '../domain/study-day';
import { loadCardsWithSchedules, loadTagNames } from '../storage/card-reads';
import { loadLaneSlots, loadNewSlots, loadTagSlots, type LaneSource } from '../storage/custom-study-reads';
import { loadReviewsSince } from '../storage/review-writes';
import { gradeStudiedCard } from './grade-card';
import type { AppServices } from './services';
import { describeStorageFailure } from './storage-health';

/** A custom session: what it studies, the cards left (the first on screen) and what was done. */
export interface CustomSession {
  request: CustomStudyRequest;
  queue: CustomEntry[];
  revealed: boolean;
  /** Each grade's outcome, computed when the answer was shown (not in a preview). */
  preview: GradePreview | null;
  previewAt: number;
  /** Cards graded (or, in a preview, seen). */
  done: number;
  /** How many cards the session picked. */
  picked: number;
}

export type CustomStudy = ReturnType<typeof createCustomStudy>;

/** Builds custom study over the app's database, clock and shared state. */
export function createCustomStudy(services: Pick<AppServices, 'db' | 'clock' | 'state'>) {
  const { db, clock, state } = services;
  const request = signal<CustomStudyRequest>(DEFAULT_REQUEST);
  const tags = signal<readonly string[]>([]);
  const session = signal<CustomSession | null>(null);
  const busy = signal(false);
  const error = signal<string | null>(null);
  const notice = signal<string | null>(null);
  const scheduler = computed(() => new Scheduler(state.settings.value));

  /** The index sources of a deck choice: every deck's lane index, or each deck of the family. */
  function sourcesOf(deckId: string): LaneSource[] {
    if (deckId === 'all') return [null];
    const deck = state.decks.value.find((d) => d.id === deckId);
    return deck ? [...deckFamily(deck, visibleDecks(state.decks.value))] : [];
  }

  /** The cards a request studies, in order, read through the indexes. */
  async function pick(wanted: CustomStudyRequest): Promise<CustomEntry[]> {
    const at = clock.now();
    const hour = state.settings.value.dayStartHour;
    const offset = (instant: number) => clock.utcOffsetMinutes(instant);
    const sources = sourcesOf(wanted.deckId);
    const inScope = (deckId: string) => sources.includes(null) || sources.includes(deckId);
    let ids: string[];
    switch (wanted.kind) {
      case 'tag': {
        const slots = (await loadTagSlots(db, wanted.tag)).filter((slot) => inScope(slot.deckId));
        const dayEnd = nextStudyDayStart(at, hour, offset(at));
        ids = orderTagSlots(slots, at, dayEnd, wanted.limit).map((slot) => slot.cardId);
        break;
      }
      case 'ahead': {
        const below = aheadBound(at, wanted.days, hour, offset);
        ids = (await loadLaneSlots(db, sources, Lane.Review, below, wanted.limit)).map((slot) => slot.cardId);
        break;
      }
      case 'failed': {
        const reviews = await loadReviewsSince(db, state.dayStart.value);
        ids = failedCardIds(
          reviews.filter((r) => inScope(r.deckId)),
          state.dayStart.value,
        ).slice(0, wanted.limit);
        break;
      }
      case 'preview':
        ids = (await loadNewSlots(db, sources, wanted.limit)).map((slot) => slot.cardId);
        break;
    }
    const entries = await loadCardsWithSchedules(db, ids);
    return entries.filter((entry) => isStudyable(entry.card, at));
  }

  async function guarded(what: string, action: () => Promise<void>): Promise<void> {
    if (busy.value) return;
    busy.value = true;
    try {
      await action();
      error.value = null;
    } catch (cause) {
      error.value = `${what}: ${describeStorageFailure(cause)}`;
    } finally {
      busy.value = false;
    }
  }

  return {
    request,
    tags,
    session,
    busy,
    error,
    notice,

    /** On opening the screen: the tags in use, to choose from. */
    async open(): Promise<void> {
      tags.value = (await loadTagNames(db)).sort((a, b) => a.localeCompare(b));
    },

    setRequest(next: Partial<CustomStudyRequest>): void {
      request.value = { ...request.value, ...next };
    },

    /** Starts a session from the request (when it has no problems); it may have no cards. */
    start(): Promise<void> {
      const wanted = request.value;
      if (requestProblems(wanted).length > 0) return Promise.resolve();
      return guarded('Custom study could not start', async () => {
        notice.value = null;
        const queue = await pick(wanted);
        session.value = {
          request: wanted,
          queue,
          revealed: false,
          preview: null,
          previewAt: clock.now(),
          done: 0,
          picked: queue.length,
        };
      });
    },

    /** Shows the answer; outside a preview, with each grade's outcome at this instant. */
    reveal(): void {
      const s = session.value;
      const head = s?.queue[0];
      if (!s || !head || s.revealed) return;
      const at = clock.now();
      const preview = s.request.kind === 'preview' ? null : scheduler.value.preview(head.card, head.schedule, at);
      session.value = { ...s, revealed: true, preview, previewAt: at };
    },

    /** Grades the card on screen: a normal review, through the study grade write. */
    grade(grade: Grade): Promise<void> {
      return guarded('Your grade was not saved', async () => {
        const s = session.value;
        const head = s?.queue[0];
        if (!s || !head || !s.revealed || !s.preview) return;
        try {
          const { schedule } = await gradeStudiedCard({ db, app: state, clock }, s.preview[grade], head.schedule);
          notice.value = null;
          session.value = {
            ...s,
            queue: queueAfterGrade(s.queue, schedule),
            revealed: false,
            preview: null,
            done: s.done + 1,
          };
        } catch (cause) {
          if (!(cause instanceof StaleGradeError)) throw cause;
          // Another tab graded it: show it again from its new state.
          const [fresh] = await loadCardsWithSchedules(db, [head.card.id]);
          notice.value = cause.message.replace('and the next card is shown', 'and the card is shown again');
          const rest = s.queue.slice(1);
          session.value = { ...s, queue: fresh ? [fresh, ...rest] : rest, revealed: false, preview: null };
        }
      });
    },

    /** A preview's next card: nothing is written. */
    next(): void {
      const s = session.value;
      if (!s || s.request.kind !== 'preview' || s.queue.length === 0) return;
      session.value = { ...s, queue: s.queue.slice(1), revealed: false, done: s.done + 1 };
    },

    /** Back to the form. */
    end(): void {
      session.value = null;
      notice.value = null;
    },
  };
}
