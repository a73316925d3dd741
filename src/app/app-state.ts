/**
 * The app's shared state: settings, decks, the clock, and the collection every screen counts
 * from. The database is the truth: actions write first, wait for the commit, and only then
 * update this in-memory mirror that the screens read. Features keep their own state beside
 * their screens (study-session.ts, import-flow.ts, ...) and call `reload` or the mirror's
 * `apply*` functions after they write.
 */
import { batch, computed, signal } from '@preact/signals';
import { countDoneToday } from '../domain/day-counts';
import type { DeckFile } from '../domain/deck-file';
import { deckFamily, summarizeDecks } from '../domain/deck-summary';
import {
  DEFAULT_SETTINGS,
  type CardRecord,
  type DeckRecord,
  type ReviewRecord,
  type ScheduleRecord,
  type SchedulerSettings,
} from '../domain/model';
import { buildStudyQueue, type NewCardCap, type QueueInput } from '../domain/queue';
import { ALL_DECKS, type StudyScope } from '../domain/study-session';
import { nextStudyDayStart, studyDayStart } from '../domain/study-day';
import { syncBuiltinDecks } from '../storage/builtin-sync';
import type { AppDb } from '../storage/db';
import { loadReviewsSince } from '../storage/review-writes';
import { loadSettings, saveSettings } from '../storage/settings-store';
import { loadStudyData } from '../storage/study-data';
import type { Clock } from './clock';

export interface AppDeps {
  db: AppDb;
  clock: Clock;
  loadBuiltinDecks: () => Promise<DeckFile[]>;
}

export type AppState = ReturnType<typeof createAppState>;

/** Builds the shared state and its actions over an open database. */
export function createAppState({ db, clock, loadBuiltinDecks }: AppDeps) {
  const ready = signal(false);
  const settings = signal<SchedulerSettings>(DEFAULT_SETTINGS);
  const decks = signal<DeckRecord[]>([]);
  const cards = signal<CardRecord[]>([]);
  const schedules = signal<ReadonlyMap<string, ScheduleRecord>>(new Map());
  /** The app's reviews since the current study day began (for the daily limits). */
  const todaysReviews = signal<ReviewRecord[]>([]);
  /** Advanced by a timer so due counts follow the clock. */
  const now = signal(clock.now());
  /** Set after the first grade, so the page can ask for persistent storage once. */
  const hasProgress = signal(false);
  /** Goes up on every reload: caches of stored things (media URLs) start afresh. */
  const generation = signal(0);
  /** A feature's cap on some decks' new cards at an instant (the interview plan's share of the day). */
  const newCardCap = signal<(at: number) => NewCardCap | null>(() => null);
  /** Features' own reads, done with every reload and shown with it (see `alsoOnReload`). */
  const reloadParts: Array<(at: number) => Promise<() => void>> = [];

  const dayStart = computed(() =>
    studyDayStart(now.value, settings.value.dayStartHour, clock.utcOffsetMinutes(now.value)),
  );
  const doneToday = computed(() => countDoneToday(todaysReviews.value.filter((r) => r.review >= dayStart.value)));

  /** What the queue needs besides the cards, at an instant. */
  function queueContext(at: number): Omit<QueueInput, 'cards'> {
    const offset = clock.utcOffsetMinutes(at);
    const start = studyDayStart(at, settings.value.dayStartHour, offset);
    return {
      schedules: schedules.value,
      now: at,
      dayEnd: nextStudyDayStart(at, settings.value.dayStartHour, offset),
      settings: settings.value,
      done: countDoneToday(todaysReviews.value.filter((r) => r.review >= start)),
      newCardCap: newCardCap.value(at),
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

  /** The cards a scope covers: every visible deck, or a deck with its subdecks ("A" covers "A::B"). */
  function cardsInScope(scope: StudyScope): CardRecord[] {
    if (scope === ALL_DECKS) return cards.value.filter((c) => visibleDeckIds.value.has(c.deckId));
    const deck = decks.value.find((d) => d.id === scope);
    if (!deck) return [];
    const ids = deckFamily(
      deck,
      decks.value.filter((d) => !d.retired),
    );
    return cards.value.filter((c) => ids.has(c.deckId));
  }

  /** What "Study all due" would show now (the daily limits apply across decks), and when the next card is due if none is. */
  const allCounts = computed(() => {
    const queue = buildStudyQueue({ ...queueContext(now.value), cards: cardsInScope(ALL_DECKS) });
    return { learning: queue.learning, reviews: queue.reviews, newCards: queue.newCards, nextDue: queue.nextDue };
  });
  const allDueCount = computed(() => allCounts.value.learning + allCounts.value.reviews + allCounts.value.newCards);

  /** Fills the in-memory mirror from the database. */
  async function reload(): Promise<void> {
    const at = clock.now();
    const [data, savedSettings, ...parts] = await Promise.all([
      loadStudyData(db),
      loadSettings(db),
      ...reloadParts.map((read) => read(at)),
    ]);
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
      generation.value += 1;
      for (const show of parts) show();
    });
  }

  return {
    ready,
    settings,
    decks,
    cards,
    schedules,
    todaysReviews,
    now,
    hasProgress,
    generation,
    newCardCap,
    summaries,
    allCounts,
    doneToday,
    dayStart,
    undoAvailable,
    allDueCount,
    gradedToday,
    queueContext,
    cardsInScope,
    reload,

    /**
     * Adds a feature's own read to every reload (the first one included, so it is there before
     * the app is ready): `read` runs beside the app's reads, and what it returns is applied in the
     * same batch, so screens never see the two apart.
     */
    alsoOnReload(read: (at: number) => Promise<() => void>): void {
      reloadParts.push(read);
    },

    /** First load: built-in decks synced to this version, then everything read. */
    async start(): Promise<void> {
      const files = await loadBuiltinDecks();
      await syncBuiltinDecks(db, files, clock.now());
      await reload();
      ready.value = true;
    },

    /** Moves the clock forward (a timer calls this); screens that wait for a due card follow `now`. */
    tick(): void {
      now.value = clock.now();
    },

    /** The mirror after a grade has committed. */
    applyGrade(schedule: ScheduleRecord, review: ReviewRecord, at: number): void {
      batch(() => {
        const next = new Map(schedules.value);
        next.set(schedule.cardId, schedule);
        schedules.value = next;
        todaysReviews.value = [...todaysReviews.value, review];
        hasProgress.value = true;
        now.value = at;
      });
    },

    /** The mirror after an undo has committed: the card's schedule as it was, its review gone. */
    applyUndo(undone: ReviewRecord): void {
      batch(() => {
        const next = new Map(schedules.value);
        if (undone.before) next.set(undone.cardId, undone.before);
        else next.delete(undone.cardId);
        schedules.value = next;
        todaysReviews.value = todaysReviews.value.filter((r) => r.id !== undone.id);
      });
    },

    async saveSettings(next: SchedulerSettings): Promise<void> {
      await saveSettings(db, next);
      settings.value = next;
    },
  };
}
