/**
 * The Browse screen's state and actions: the query, filters and sort; the search, served from
 * storage a page at a time (readSearchCandidates picks the indexes) and kept as sorted ids only;
 * the rows on screen, read by id as the list scrolls; the selection; and the last action on the
 * selected cards, undoable until the next one.
 */
import { batch, signal } from '@preact/signals';
import { NO_FILTERS, parseBrowseQuery, type BrowseFilters } from '../domain/browse-query';
import type { RowContext } from '../domain/browse-row';
import type { SearchError } from '../domain/card-search';
import { compileCardSearch } from '../domain/card-search-match';
import { hitOf, sortHits, type CardSortKey, type SortedHit } from '../domain/card-sort';
import type { CardChange } from '../domain/card-changes';
import {
  loadCardsWithSchedules,
  loadTagNames,
  readSearchCandidates,
  type CardWithSchedule,
} from '../storage/card-reads';
import { createCardActions, type Undoable } from './card-actions';
import type { AppServices } from './services';

export type BrowseRow = CardWithSchedule;

export interface BrowseSort {
  key: CardSortKey;
  descending: boolean;
}

/** Rows kept in memory beyond those on screen, so scrolling back does not read them again. */
const ROW_CACHE = 800;

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

export type BrowseFlow = ReturnType<typeof createBrowseFlow>;

/** Builds Browse's state over the app's database, clock and shared state. */
export function createBrowseFlow(services: Pick<AppServices, 'db' | 'clock' | 'state'>) {
  const { db, clock, state } = services;
  const actions = createCardActions(services);
  const query = signal('');
  const filters = signal<BrowseFilters>(NO_FILTERS);
  const sort = signal<BrowseSort>({ key: 'due', descending: false });
  /** The matching cards' ids in sort order; null before the first search. */
  const hits = signal<readonly string[] | null>(null);
  const searching = signal(false);
  const searchError = signal<SearchError | null>(null);
  /** How long the last search took (read, match and sort), in ms. */
  const searchMs = signal<number | null>(null);
  const rows = signal<ReadonlyMap<string, BrowseRow>>(new Map());
  const selected = signal<ReadonlySet<string>>(new Set());
  const tags = signal<readonly string[]>([]);
  const busy = signal(false);
  /** What the last action did (or what its undo did). */
  const status = signal<string | null>(null);
  const error = signal<string | null>(null);
  /** The last action, undoable until the next one. */
  const lastAction = signal<Undoable | null>(null);
  let run = 0;
  const loadingRows = new Set<string>();

  async function refreshTags(): Promise<void> {
    tags.value = (await loadTagNames(db)).sort((a, b) => a.localeCompare(b));
  }

  /** Runs the search: the typed query and the filters, read from storage, matched, sorted. */
  async function search(): Promise<void> {
    const mine = ++run;
    const parsed = parseBrowseQuery(query.value, filters.value);
    if (!parsed.ok) {
      searchError.value = parsed.error;
      return;
    }
    searchError.value = null;
    searching.value = true;
    const started = performance.now();
    const at = clock.now();
    const { matches, hints } = compileCardSearch(parsed.root, {
      now: at,
      dayStartHour: state.settings.value.dayStartHour,
      utcOffset: (instant) => clock.utcOffsetMinutes(instant),
      deckNames: new Map(state.decks.value.map((d) => [d.id, d.name])),
    });
    const { key, descending } = sort.value;
    const found: SortedHit[] = [];
    try {
      await readSearchCandidates(db, hints, (page) => {
        if (mine !== run) return false;
        for (const item of page) if (!item.card.retired && matches(item)) found.push(hitOf(item, key));
      });
    } catch (cause) {
      if (mine === run) {
        error.value = messageOf(cause);
        searching.value = false;
      }
      return;
    }
    if (mine !== run) return;
    sortHits(found, descending);
    const ids = found.map((h) => h.id);
    const present = new Set(ids);
    batch(() => {
      hits.value = ids;
      rows.value = new Map();
      selected.value = new Set([...selected.value].filter((id) => present.has(id)));
      searching.value = false;
      searchMs.value = performance.now() - started;
    });
  }

  /** Reads the rows for these ids (those on screen) unless they are in memory already. */
  async function showRows(ids: readonly string[]): Promise<void> {
    const missing = ids.filter((id) => !rows.value.has(id) && !loadingRows.has(id));
    if (missing.length === 0) return;
    missing.forEach((id) => loadingRows.add(id));
    const mine = run;
    try {
      const loaded = await loadCardsWithSchedules(db, missing);
      if (mine !== run) return;
      const next = new Map(rows.value.size > ROW_CACHE ? [] : rows.value);
      for (const row of loaded) next.set(row.card.id, row);
      rows.value = next;
    } finally {
      missing.forEach((id) => loadingRows.delete(id));
    }
  }

  /** Runs an action on the selected cards; it becomes the one Undo takes back. */
  async function act(action: (ids: readonly string[]) => Promise<Undoable>): Promise<void> {
    const ids = [...selected.value];
    if (ids.length === 0 || busy.value) return;
    busy.value = true;
    error.value = null;
    try {
      const done = await action(ids);
      lastAction.value = done;
      status.value = done.message;
    } catch (cause) {
      error.value = messageOf(cause);
    } finally {
      busy.value = false;
    }
    await refreshTags();
    await search();
  }

  return {
    query,
    filters,
    sort,
    hits,
    searching,
    searchError,
    searchMs,
    rows,
    selected,
    tags,
    busy,
    status,
    error,
    lastAction,
    search,
    showRows,

    /** What the list's rows are described against: the clock, the study day, the deck names, the sort. */
    rowContext(): RowContext {
      return {
        now: state.now.value,
        dayStartHour: state.settings.value.dayStartHour,
        utcOffset: (instant) => clock.utcOffsetMinutes(instant),
        deckNames: new Map(state.decks.value.map((d) => [d.id, d.name])),
        sortKey: sort.value.key,
      };
    },

    /** On opening the screen: the tags in use, and the search again (cards may have changed elsewhere). */
    async open(): Promise<void> {
      await Promise.all([refreshTags(), search()]);
    },

    setQuery(text: string): void {
      query.value = text;
    },
    setFilters(next: Partial<BrowseFilters>): void {
      filters.value = { ...filters.value, ...next };
    },
    setSort(next: BrowseSort): void {
      sort.value = next;
    },

    toggle(id: string): void {
      const next = new Set(selected.value);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      selected.value = next;
    },
    selectAll(): void {
      selected.value = new Set(hits.value ?? []);
    },
    clearSelection(): void {
      selected.value = new Set();
    },

    change: (what: CardChange) => act((ids) => actions.change(ids, what)),
    suspend: () => act(actions.suspend),
    unsuspend: () => act(actions.unsuspend),
    bury: () => act(actions.bury),
    unbury: () => act(actions.unbury),
    forget: () => act(actions.forget),
    remove: () => act(actions.remove),

    /** Takes back the last action (once). */
    async undo(): Promise<void> {
      const action = lastAction.value;
      if (!action || busy.value) return;
      busy.value = true;
      lastAction.value = null;
      error.value = null;
      try {
        status.value = await action.undo();
      } catch (cause) {
        error.value = messageOf(cause);
      } finally {
        busy.value = false;
      }
      await refreshTags();
      await search();
    },
  };
}
