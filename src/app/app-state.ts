/**
 * The app's shared state: settings, decks, the clock, today's reviews and the counts every
 * screen shows. Nothing here holds the collection: the counts come from the queue-slot indexes
 * (storage/queue-read.ts) through one function (domain/queue-window.ts countStudy), re-read
 * after every change, on the clock's tick and when another tab changes the data. Features keep
 * their own state beside their screens (study-session.ts, import-flow.ts, ...) and call
 * `reload` or `applyGrade`/`applyUndo` after they write.
 */
import { batch, computed, signal } from '@preact/signals';
import { countDoneToday } from '../domain/day-counts';
import type { DeckFile } from '../domain/deck-file';
import { summarizeDecks, visibleDecks, type DeckTally } from '../domain/deck-summary';
import { DEFAULT_SETTINGS, type DeckRecord, type ReviewRecord, type SchedulerSettings } from '../domain/model';
import type { DoneToday } from '../domain/queue';
import { countStudy, EMPTY_TALLY, type LaneTally, type PlanLane } from '../domain/queue-window';
import { scopeSources, type StudyScope } from '../domain/study-session';
import { studyDayRoom } from '../domain/study-day-room';
import { studyDayStart } from '../domain/study-day';
import type { AppDb } from '../storage/db';
import { readStudyWindow, type SlotSource } from '../storage/queue-read';
import { loadReviewsSince } from '../storage/review-writes';
import { loadStoredSettings, saveSettings } from '../storage/settings-store';
import { repairSettings, type SettingProblem } from '../domain/settings-check';
import { countDeckCards, hasSchedules, loadDecks, releaseBuriedCards } from '../storage/study-data';
import type { Clock } from './clock';
import { windowRequest, withPlan, type QueueMoment } from './queue-reader';
import { createFollowers, type Follower } from './followers';
import { createTabSync, type DataChange } from './tab-sync';

export interface AppDeps {
  db: AppDb;
  clock: Clock;
  loadBuiltinDecks: () => Promise<DeckFile[]>;
}

export type AppState = ReturnType<typeof createAppState>;

const HOUR = 3_600_000;

/** Builds the shared state and its actions over an open database. */
export function createAppState({ db, clock, loadBuiltinDecks }: AppDeps) {
  const ready = signal(false);
  const settings = signal<SchedulerSettings>(DEFAULT_SETTINGS);
  const decks = signal<DeckRecord[]>([]);
  /** Each visible deck's lane tally and card total, read from the indexes at `now`. */
  const deckTallies = signal<ReadonlyMap<string, DeckTally>>(new Map());
  /** Every deck's lanes at once (the lane index): what "Study all" studies. */
  const allTally = signal<LaneTally>(EMPTY_TALLY);
  /** The app's reviews since the day before the current study day began (for the daily limits). */
  const todaysReviews = signal<ReviewRecord[]>([]);
  /** The instant the counts were read at; advanced by a timer so due counts follow the clock. */
  const now = signal(clock.now());
  /** Set after the first grade, so the page can ask for persistent storage once. */
  const hasProgress = signal(false);
  /** Goes up on every reload: caches of stored things (media URLs) start afresh. */
  const generation = signal(0);
  /** The interview plan's new cards at an instant, given the review log (set by the interview guide). */
  const planLane = signal<
    (at: number, reviews: readonly ReviewRecord[], settings: SchedulerSettings) => PlanLane | null
  >(() => null);
  /** Features' own reads, done with every reload and shown with it (see `alsoOnReload`). */
  const reloadParts: Array<(at: number) => Promise<() => void>> = [];
  /** Stored settings the Settings screen would refuse, replaced by defaults at the last load (said on screen). */
  const settingsRepaired = signal<SettingProblem[]>([]);

  const offsetAt = (at: number) => clock.utcOffsetMinutes(at);
  const dayStartAt = (at: number) => studyDayStart(at, settings.value.dayStartHour, offsetAt(at));
  const dayStart = computed(() => dayStartAt(now.value));

  /** What was done today as of `at` (the daily limits count it). */
  function doneAt(at: number, reviews: readonly ReviewRecord[] = todaysReviews.value): DoneToday {
    const start = dayStartAt(at);
    return countDoneToday(reviews.filter((r) => r.review >= start));
  }

  /**
   * The instant, its day's end, the room the daily limits leave and the interview plan's new
   * cards, for a queue read; `reviews` is the review log as it will be (with a grade being written).
   */
  function momentAt(at: number, reviews: readonly ReviewRecord[] = todaysReviews.value): QueueMoment {
    const plan = planLane.value(at, reviews, settings.value);
    const { dayEnd, room } = studyDayRoom(at, settings.value, reviews, offsetAt(at));
    return { at, dayEnd, room: plan ? { ...room, plan: plan.room } : room, plan };
  }

  const doneToday = computed(() => doneAt(now.value));
  const moment = computed(() => momentAt(now.value));
  /** Grades given in the app since the study day began. */
  const gradedToday = computed(
    () => todaysReviews.value.filter((r) => r.origin !== 'anki' && r.review >= dayStart.value).length,
  );
  /** Today's grades can be taken back one by one. */
  const undoAvailable = computed(() => gradedToday.value > 0);
  const summaries = computed(() =>
    summarizeDecks(decks.value, deckTallies.value, moment.value.room, moment.value.dayEnd),
  );
  /** What "Study all due" would show now: the same count as its study header. */
  const allCounts = computed(() => countStudy(allTally.value, moment.value.room, moment.value.dayEnd));
  const allDueCount = computed(() => allCounts.value.learning + allCounts.value.reviews + allCounts.value.newCards);

  /** The index sources a scope reads (see scopeSources). */
  const sourcesOf = (scope: StudyScope): SlotSource[] => scopeSources(scope, decks.value);

  let countsRead = 0;
  /** Each deck's card total: only imports, deletes, restores and syncs change it (they reload), never a grade. */
  let totals = new Map<string, number>();

  /** Reads the lane tallies of every visible deck and of "Study all" at `at`, for these decks, settings and reviews. */
  async function readCounts(deckList: DeckRecord[], saved: SchedulerSettings, reviews: ReviewRecord[], at: number) {
    const ids = visibleDecks(deckList).map((d) => d.id);
    const { dayEnd, room } = studyDayRoom(at, saved, reviews, offsetAt(at));
    const plan = planLane.value(at, reviews, saved);
    const request = windowRequest([...ids, null], { at, dayEnd, room, plan }, 0);
    const { windows } = await readStudyWindow(db, request, () => ({ slots: [], result: null }));
    // The plan's new cards are counted apart from the index, deck by deck.
    return { ids, windows: windows.map((w) => ({ ...w, tally: withPlan(w, plan) })) };
  }

  function showCounts({ ids, windows }: Awaited<ReturnType<typeof readCounts>>, at: number, whole: boolean): void {
    batch(() => {
      const next = new Map<string, DeckTally>(whole ? [] : deckTallies.value);
      ids.forEach((id, i) => next.set(id, { tally: windows[i]!.tally, total: totals.get(id) ?? 0 }));
      deckTallies.value = next;
      allTally.value = windows[ids.length]!.tally;
      if (whole) now.value = at;
    });
  }

  let pendingCounts: Promise<void> | null = null;
  /** Decks whose counts a change made stale since the last read ('all': every deck, as time moved). */
  let stale: Set<string> | 'all' = 'all';
  /**
   * Re-reads the counts: every deck's (the clock's tick), or only those of the decks a grade or
   * an undo touched, and "Study all". Reads never overlap: changes asked for while one runs are
   * read once after it, so grades in quick succession cost one read.
   */
  function refreshCounts(deckIds?: readonly string[]): Promise<void> {
    if (!deckIds) stale = 'all';
    else if (stale !== 'all') for (const id of deckIds) stale.add(id);
    if (pendingCounts) return pendingCounts;
    const run = async (): Promise<void> => {
      while (stale === 'all' || stale.size > 0) {
        const wanted = stale;
        stale = new Set();
        const ticket = ++countsRead;
        const at = clock.now();
        const visible = visibleDecks(decks.value);
        const subset = wanted === 'all' ? visible : visible.filter((d) => wanted.has(d.id));
        const counts = await readCounts(subset, settings.value, todaysReviews.value, at);
        if (ticket === countsRead) showCounts(counts, at, wanted === 'all');
      }
    };
    pendingCounts = run().finally(() => (pendingCounts = null));
    return pendingCounts;
  }

  /** Reads settings, decks, today's reviews and the counts from the database, and shows them together. */
  async function reloadLocal(): Promise<void> {
    const at = clock.now();
    // A value the Settings screen would refuse (a damaged or hand-edited store) must not reach
    // the scheduler: the default stands in for it, the screen says so, and the store is mended.
    const { settings: saved, problems } = repairSettings((await loadStoredSettings(db)) ?? {});
    if (problems.length > 0) await saveSettings(db, saved).catch(() => undefined);
    const since = studyDayStart(at, saved.dayStartHour, offsetAt(at)) - 24 * HOUR;
    const [deckList, recent, progress, ...parts] = await Promise.all([
      loadDecks(db),
      loadReviewsSince(db, since),
      hasSchedules(db),
      ...reloadParts.map((read) => read(at)),
    ]);
    // Features' reads first: the counts below may depend on them (the interview plan's new cards).
    for (const show of parts) show();
    const ids = visibleDecks(deckList).map((d) => d.id);
    const [counts, deckTotals] = await Promise.all([readCounts(deckList, saved, recent, at), countDeckCards(db, ids)]);
    totals = new Map(ids.map((id, i) => [id, deckTotals[i]!]));
    batch(() => {
      settings.value = saved;
      decks.value = deckList;
      todaysReviews.value = recent;
      hasProgress.value = progress;
      generation.value += 1;
      if (problems.length > 0) settingsRepaired.value = problems;
      // Newer than any count read still on its way (those used the old decks and settings).
      countsRead += 1;
      showCounts(counts, at, true);
    });
  }

  const followers = createFollowers();

  const tabs = createTabSync(db.name, (change: DataChange) => {
    void (change === 'grade' || change === 'undo' ? reloadReviews() : reloadLocal()).then(() =>
      followers.notify(clock.now(), true),
    );
  });

  /** Today's reviews and the counts again (another tab graded). */
  async function reloadReviews(): Promise<void> {
    const at = clock.now();
    todaysReviews.value = await loadReviewsSince(db, dayStartAt(at) - 24 * HOUR);
    hasProgress.value = hasProgress.value || todaysReviews.value.length > 0;
    await refreshCounts();
  }

  return {
    ready,
    settings,
    decks,
    todaysReviews,
    now,
    hasProgress,
    generation,
    planLane,
    settingsRepaired,
    /** Calls `follow(at, outside)` after every tick and every change another tab made; returns the unsubscribe. */
    follow: (follower: Follower): (() => void) => followers.add(follower),
    summaries,
    allCounts,
    doneToday,
    dayStart,
    undoAvailable,
    allDueCount,
    gradedToday,
    doneAt,
    momentAt,
    sourcesOf,
    refreshCounts,

    /**
     * Adds a feature's own read to every reload (the first one included, so it is there before
     * the app is ready): `read` runs beside the app's reads, and what it returns is applied
     * before the counts are read, which may depend on it.
     */
    alsoOnReload(read: (at: number) => Promise<() => void>): void {
      reloadParts.push(read);
    },

    /** Reads everything the screens show again, after an import, a delete or a restore; tells other tabs. */
    async reload(): Promise<void> {
      await reloadLocal();
      tabs.announce('data');
    },

    /** Tells other tabs about a grade or an undo (the study session calls this after it commits). */
    announce: (change: DataChange) => tabs.announce(change),

    /** First load: settings, decks and counts (never the cards); then the built-in decks synced to this version. */
    async start(): Promise<void> {
      await releaseBuriedCards(db, clock.now());
      await reloadLocal();
      // With decks to show, show them now; a first visit waits for the built-in decks.
      if (decks.value.length > 0) ready.value = true;
      // Loaded here, after the deck list shows: the sync brings the note types' code with it.
      const [{ syncBuiltinDecks }, builtin] = await Promise.all([
        import('../storage/builtin-sync'),
        loadBuiltinDecks(),
      ]);
      const report = await syncBuiltinDecks(db, builtin, clock.now());
      if (report.added + report.updated + report.retired > 0) await reloadLocal();
      ready.value = true;
    },

    /** Moves the clock forward (a timer calls this): counts follow; buried cards come back on a new day. */
    async tick(): Promise<void> {
      const at = clock.now();
      const released = dayStartAt(at) !== dayStart.value && (await releaseBuriedCards(db, at)) > 0;
      await refreshCounts();
      await followers.notify(at, released);
    },

    /** The state after a grade has committed (the session has its next card already). */
    applyGrade(review: ReviewRecord, at: number): void {
      batch(() => {
        todaysReviews.value = [...todaysReviews.value, review];
        hasProgress.value = true;
        now.value = at;
      });
    },

    /** Forgets the notice about repaired settings (the user has read it). */
    dismissSettingsNotice(): void {
      settingsRepaired.value = [];
    },

    /** The state after an undo has committed: its review gone. */
    applyUndo(undone: ReviewRecord): void {
      todaysReviews.value = todaysReviews.value.filter((r) => r.id !== undone.id);
    },

    async saveSettings(next: SchedulerSettings): Promise<void> {
      await saveSettings(db, next);
      settings.value = next;
      settingsRepaired.value = [];
      await refreshCounts();
      tabs.announce('settings');
    },
  };
}
