/**
 * The Stats screen's state: which cards the stats cover (all, one deck with its subdecks, or
 * one role), and the stats themselves, computed by the folds in domain/stats fed from storage a
 * page at a time: the review log oldest first through its `by-review` index, then the cards
 * with their schedules (one deck's or one role's through the `by-deck` and `by-tag` indexes).
 * Nothing holds the collection in memory; the folds keep only what their results need.
 */
import { signal } from '@preact/signals';
import { deckFamily } from '../domain/deck-summary';
import { ROLES, type RoleId } from '../domain/roles';
import type { StatsClock } from '../domain/stats/calendar';
import { createCardStats, type CardStats } from '../domain/stats/card-stats';
import { filterFold } from '../domain/stats/fold';
import { createReviewStats, type ReviewStats } from '../domain/stats/review-stats';
import { cardScopeTest, reviewScopeTest, type StatsScope } from '../domain/stats/scope';
import {
  loadCardIdsInDecks,
  loadCardIdsWithTags,
  countReviews,
  readCardsByIds,
  readCardsWithSchedules,
  readReviewsOldestFirst,
  type CardWithSchedule,
} from '../storage/card-reads';
import type { AppServices } from './services';

/** The scope as the screen's picker holds it: "all", "deck:<id>" or "role:<id>". */
export type StatsScopeKey = string;
export const ALL_CARDS: StatsScopeKey = 'all';

export interface StatsResult {
  scope: StatsScopeKey;
  /** The instant the stats are for. */
  at: number;
  reviews: ReviewStats;
  cards: CardStats;
  /** Reviews and cards read. */
  reviewsRead: number;
  cardsCounted: number;
  /** Time to read and fold everything, in ms. */
  ms: number;
}

export type StatsFlow = ReturnType<typeof createStatsFlow>;

/** Builds the Stats screen's state over the app's database, clock and shared state. */
export function createStatsFlow({ db, clock, state }: Pick<AppServices, 'db' | 'clock' | 'state'>) {
  const scope = signal<StatsScopeKey>(ALL_CARDS);
  const result = signal<StatsResult | null>(null);
  const loading = signal(false);
  /** While counting: reviews read of how many (a long review log takes seconds to read). */
  const progress = signal<{ read: number; total: number } | null>(null);
  const error = signal<string | null>(null);
  let run = 0;

  /** The scope's test data; a role needs the ids of its cards (through the tag index). */
  async function resolveScope(key: StatsScopeKey): Promise<{ scope: StatsScope; cardIds: string[] | null }> {
    if (key.startsWith('deck:')) {
      const deck = state.decks.value.find((d) => d.id === key.slice(5));
      if (!deck) return { scope: { deckIds: new Set() }, cardIds: [] };
      const deckIds = deckFamily(
        deck,
        state.decks.value.filter((d) => !d.retired),
      );
      return { scope: { deckIds }, cardIds: await loadCardIdsInDecks(db, [...deckIds]) };
    }
    if (key.startsWith('role:')) {
      const role = ROLES.find((r) => r.id === (key.slice(5) as RoleId));
      if (!role) return { scope: { cardIds: new Set() }, cardIds: [] };
      const cardIds = await loadCardIdsWithTags(db, [role.tag]);
      return { scope: { tag: role.tag, cardIds: new Set(cardIds) }, cardIds };
    }
    return { scope: {}, cardIds: null };
  }

  /** Computes the stats for the chosen scope at the clock's now. */
  async function compute(): Promise<void> {
    const mine = ++run;
    const key = scope.value;
    loading.value = true;
    error.value = null;
    const started = performance.now();
    const at = clock.now();
    const statsClock: StatsClock = {
      now: at,
      dayStartHour: state.settings.value.dayStartHour,
      utcOffset: (instant) => clock.utcOffsetMinutes(instant),
    };
    try {
      const { scope: test, cardIds } = await resolveScope(key);
      const reviewFold = filterFold(createReviewStats(statsClock), reviewScopeTest(test));
      let reviewsRead = 0;
      const total = await countReviews(db);
      progress.value = { read: 0, total };
      await readReviewsOldestFirst(db, (page) => {
        reviewsRead += page.length;
        for (const review of page) reviewFold.add(review);
        // A tenth at a time: the line is a live region, read out on each change.
        if (mine === run && Math.floor((reviewsRead * 10) / total) > Math.floor((progress.value!.read * 10) / total))
          progress.value = { read: reviewsRead, total };
      });
      const cardFold = filterFold(createCardStats(statsClock), cardScopeTest(test));
      let cardsCounted = 0;
      const visit = (page: CardWithSchedule[]) => {
        cardsCounted += page.length;
        for (const item of page) cardFold.add(item);
      };
      if (cardIds) await readCardsByIds(db, cardIds, visit);
      else await readCardsWithSchedules(db, visit);
      if (mine !== run) return;
      result.value = {
        scope: key,
        at,
        reviews: reviewFold.result(),
        cards: cardFold.result(),
        reviewsRead,
        cardsCounted,
        ms: performance.now() - started,
      };
    } catch (cause) {
      if (mine === run) error.value = cause instanceof Error ? cause.message : String(cause);
    } finally {
      if (mine === run) {
        loading.value = false;
        progress.value = null;
      }
    }
  }

  return {
    scope,
    result,
    loading,
    progress,
    error,
    compute,
    /** Chooses the scope and computes its stats. */
    async choose(key: StatsScopeKey): Promise<void> {
      scope.value = key;
      await compute();
    },
  };
}
