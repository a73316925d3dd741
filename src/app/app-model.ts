/**
 * The app's state (signals) and its actions. Actions combine storage, domain and state; the
 * screens read the signals and call the actions, and never touch storage themselves.
 * The database is the truth: every action writes first, waits for the commit, and only then
 * updates the in-memory mirror that the screens read.
 */
import { batch, computed, signal } from '@preact/signals';
import type { DeckFile } from '../domain/deck-file';
import { countDoneToday } from '../domain/day-counts';
import { deckFamily, summarizeDecks } from '../domain/deck-summary';
import {
  CardState,
  DEFAULT_SETTINGS,
  type CardRecord,
  type DeckRecord,
  type Grade,
  type ReviewRecord,
  type ScheduleRecord,
  type SchedulerSettings,
} from '../domain/model';
import { buildStudyQueue, type QueueEntry } from '../domain/queue';
import { Scheduler, type GradePreview } from '../domain/scheduler';
import { nextStudyDayStart, studyDayStart } from '../domain/study-day';
import { syncBuiltinDecks } from '../storage/builtin-sync';
import type { AppDb } from '../storage/db';
import { findLastAppReview, loadReviewsSince, undoReview, writeGrade } from '../storage/review-writes';
import { loadMedia, loadStyle } from '../storage/media-store';
import { loadSettings, saveSettings } from '../storage/settings-store';
import { loadStudyData } from '../storage/study-data';
import type { Clock } from './clock';

/** 'all' studies every deck's due cards together. */
export type StudyScope = string;
export const ALL_DECKS: StudyScope = 'all';

export interface StudySession {
  scope: StudyScope;
  current: QueueEntry | null;
  revealed: boolean;
  /** Outcomes of each grade, computed when the answer was revealed; grading applies exactly these. */
  preview: GradePreview | null;
  previewAt: number;
  remaining: number;
  nextDue: number | null;
  /** Cards graded in this session. */
  graded: number;
}

export interface AppDeps {
  db: AppDb;
  clock: Clock;
  loadBuiltinDecks: () => Promise<DeckFile[]>;
}

export type AppModel = ReturnType<typeof createAppModel>;

/** Builds the app's state and actions over an open database. */
export function createAppModel({ db, clock, loadBuiltinDecks }: AppDeps) {
  const ready = signal(false);
  const settings = signal<SchedulerSettings>(DEFAULT_SETTINGS);
  const decks = signal<DeckRecord[]>([]);
  const cards = signal<CardRecord[]>([]);
  const schedules = signal<ReadonlyMap<string, ScheduleRecord>>(new Map());
  /** The app's reviews since the current study day began (for the daily limits). */
  const todaysReviews = signal<ReviewRecord[]>([]);
  /** Advanced by a timer so due counts follow the clock. */
  const now = signal(clock.now());
  const session = signal<StudySession | null>(null);
  const busy = signal(false);
  const error = signal<string | null>(null);
  /** Set after the first grade, so the page can ask for persistent storage once. */
  const hasProgress = signal(false);

  const scheduler = computed(() => new Scheduler(settings.value));
  const dayStart = computed(() =>
    studyDayStart(now.value, settings.value.dayStartHour, clock.utcOffsetMinutes(now.value)),
  );
  const doneToday = computed(() => countDoneToday(todaysReviews.value.filter((r) => r.review >= dayStart.value)));

  function queueContext(at: number) {
    const offset = clock.utcOffsetMinutes(at);
    return {
      schedules: schedules.value,
      now: at,
      dayEnd: nextStudyDayStart(at, settings.value.dayStartHour, offset),
      settings: settings.value,
      done: countDoneToday(
        todaysReviews.value.filter((r) => r.review >= studyDayStart(at, settings.value.dayStartHour, offset)),
      ),
    };
  }

  /** Grades given in the app since the study day began. */
  const gradedToday = computed(
    () => todaysReviews.value.filter((r) => r.origin !== 'anki' && r.review >= dayStart.value).length,
  );
  /** Today's grades can be taken back one by one. */
  const undoAvailable = computed(() =>
    todaysReviews.value.some((r) => r.origin !== 'anki' && r.review >= dayStart.value),
  );
  const summaries = computed(() => summarizeDecks(decks.value, cards.value, queueContext(now.value)));
  const visibleDeckIds = computed(() => new Set(summaries.value.map((s) => s.deck.id)));

  /** How many cards "Study all due" would show now (the daily limits apply across decks). */
  const allDueCount = computed(
    () => buildStudyQueue({ ...queueContext(now.value), cards: cardsInScope(ALL_DECKS) }).entries.length,
  );

  function cardsInScope(scope: StudyScope): CardRecord[] {
    if (scope === ALL_DECKS) return cards.value.filter((c) => visibleDeckIds.value.has(c.deckId));
    // A deck's scope includes its subdecks ("A" covers "A::B").
    const deck = decks.value.find((d) => d.id === scope);
    if (!deck) return [];
    const ids = deckFamily(
      deck,
      decks.value.filter((d) => !d.retired),
    );
    return cards.value.filter((c) => ids.has(c.deckId));
  }

  // blob: URLs for media, made once per file and kept for the page's life (cards repeat).
  const mediaUrls = new Map<string, string | null>();
  async function mediaUrl(scope: string, name: string): Promise<string | undefined> {
    const id = `${scope}/${name}`;
    if (!mediaUrls.has(id)) {
      const record = await loadMedia(db, scope, name);
      mediaUrls.set(id, record ? URL.createObjectURL(record.blob) : null);
    }
    return mediaUrls.get(id) ?? undefined;
  }

  /** Fills the in-memory mirror from the database. */
  async function reload(): Promise<void> {
    mediaUrls.clear();
    const at = clock.now();
    const [data, savedSettings] = await Promise.all([loadStudyData(db), loadSettings(db)]);
    const since = studyDayStart(at, savedSettings.dayStartHour, clock.utcOffsetMinutes(at)) - 24 * 3_600_000;
    const recent = await loadReviewsSince(db, since);
    batch(() => {
      settings.value = savedSettings;
      decks.value = data.decks;
      cards.value = data.cards;
      schedules.value = data.schedules;
      todaysReviews.value = recent;
      hasProgress.value = data.schedules.size > 0;
      now.value = at;
    });
  }

  function nextCard(scope: StudyScope, graded: number, at: number): StudySession {
    const queue = buildStudyQueue({ ...queueContext(at), cards: cardsInScope(scope) });
    return {
      scope,
      current: queue.entries[0] ?? null,
      revealed: false,
      preview: null,
      previewAt: at,
      remaining: queue.entries.length,
      nextDue: queue.nextDue,
      graded,
    };
  }

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
    ready,
    settings,
    decks,
    cards,
    schedules,
    todaysReviews,
    now,
    session,
    busy,
    error,
    hasProgress,
    summaries,
    doneToday,
    dayStart,
    undoAvailable,
    allDueCount,
    gradedToday,

    /** First load: built-in decks synced to this version, then everything read. */
    async start(): Promise<void> {
      const files = await loadBuiltinDecks();
      await syncBuiltinDecks(db, files, clock.now());
      await reload();
      ready.value = true;
    },

    reload,

    /** Moves the clock forward (a timer calls this), advancing an empty session when a card falls due. */
    tick(): void {
      const at = clock.now();
      batch(() => {
        now.value = at;
        const s = session.value;
        if (s && !s.current && s.nextDue !== null && s.nextDue <= at) session.value = nextCard(s.scope, s.graded, at);
      });
    },

    startStudy(scope: StudyScope): void {
      session.value = nextCard(scope, 0, clock.now());
    },

    endStudy(): void {
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
        batch(() => {
          const next = new Map(schedules.value);
          next.set(outcome.schedule.cardId, outcome.schedule);
          schedules.value = next;
          todaysReviews.value = [...todaysReviews.value, { ...outcome.review, id }];
          hasProgress.value = true;
          now.value = at;
          session.value = nextCard(s.scope, s.graded + 1, at);
        });
      });
    },

    /** Undoes the newest grade given in the app: the card's state and the review log return to what they were. */
    undo(): Promise<void> {
      return guarded(async () => {
        const last = await findLastAppReview(db);
        // Undo takes back today's grades only: a stray "z" must never rewind last week.
        if (!last || last.review < dayStart.value) return;
        await undoReview(db, last);
        batch(() => {
          const next = new Map(schedules.value);
          if (last.before) next.set(last.cardId, last.before);
          else next.delete(last.cardId);
          schedules.value = next;
          todaysReviews.value = todaysReviews.value.filter((r) => r.id !== last.id);
          const s = session.value;
          // The card comes back on screen only in a session that includes it.
          const card = s ? cardsInScope(s.scope).find((c) => c.id === last.cardId) : undefined;
          if (s && card) {
            const at = clock.now();
            const base = nextCard(s.scope, Math.max(0, s.graded - 1), at);
            const queued = buildStudyQueue({ ...queueContext(at), cards: cardsInScope(s.scope) }).entries.some(
              (e) => e.card.id === card.id,
            );
            const kind =
              !last.before || last.before.state === CardState.New
                ? 'new'
                : last.before.state === CardState.Review
                  ? 'review'
                  : 'learning';
            // The undone card is shown again at once, whatever the queue order.
            session.value = {
              ...base,
              current: { card, schedule: last.before, kind },
              remaining: base.remaining + (queued ? 0 : 1),
              nextDue: null,
            };
          }
        });
      });
    },

    /** The note-type CSS and blob: URLs for the named media files of an imported card. */
    async loadCardAssets(
      card: CardRecord,
      names: readonly string[],
    ): Promise<{ media: Map<string, string>; css: string }> {
      const media = new Map<string, string>();
      if (card.mediaScope) {
        for (const name of names) {
          const url = await mediaUrl(card.mediaScope, name);
          if (url) media.set(name, url);
        }
      }
      const css = card.styleId ? ((await loadStyle(db, card.styleId))?.css ?? '') : '';
      return { media, css };
    },

    async saveSettings(next: SchedulerSettings): Promise<void> {
      await saveSettings(db, next);
      settings.value = next;
    },
  };
}
