/**
 * Reading cards (with their schedules) a page at a time, so Browse and the stats never hold the
 * collection in memory: a page is read in its own short transaction (a grade written meanwhile
 * is not held up) and handed to `visit` before the next page is asked for.
 */
import { isTagInFamily, type SearchIndexHints } from '../domain/card-search-match';
import type { CardRecord, ReviewRecord, ScheduleRecord } from '../domain/model';
import type { AppDb } from './db';

/** A card with its schedule (null: never studied). */
export interface CardWithSchedule {
  card: CardRecord;
  schedule: ScheduleRecord | null;
}

const CARD_PAGE = 1_000;
const REVIEW_PAGE = 5_000;

/**
 * Every card with its schedule, in card-id order, a page at a time. Cards and schedules share
 * their keys (the card id), so a page of cards and the schedules in the same key range join.
 * `visit` returns false to stop.
 */
export async function readCardsWithSchedules(
  db: AppDb,
  visit: (page: CardWithSchedule[]) => boolean | void,
  pageSize = CARD_PAGE,
): Promise<void> {
  let after: string | undefined;
  for (;;) {
    const tx = db.transaction(['cards', 'schedules'], 'readonly');
    const cards = await tx
      .objectStore('cards')
      .getAll(after === undefined ? undefined : IDBKeyRange.lowerBound(after, true), pageSize);
    if (cards.length === 0) return;
    const last = cards[cards.length - 1]!.id;
    const schedules = await tx.objectStore('schedules').getAll(IDBKeyRange.bound(cards[0]!.id, last));
    const byId = new Map(schedules.map((s) => [s.cardId, s]));
    const more = visit(cards.map((card) => ({ card, schedule: byId.get(card.id) ?? null })));
    if (more === false || cards.length < pageSize) return;
    after = last;
  }
}

/** The named cards with their schedules, a page at a time, in the order given; missing ids are skipped. */
export async function readCardsByIds(
  db: AppDb,
  ids: readonly string[],
  visit: (page: CardWithSchedule[]) => void,
  pageSize = CARD_PAGE,
): Promise<void> {
  for (let start = 0; start < ids.length; start += pageSize) {
    visit(await loadCardsWithSchedules(db, ids.slice(start, start + pageSize)));
  }
}

/** A few cards with their schedules, in the order asked for (the rows Browse shows, a card to edit). */
export async function loadCardsWithSchedules(db: AppDb, ids: readonly string[]): Promise<CardWithSchedule[]> {
  const tx = db.transaction(['cards', 'schedules'], 'readonly');
  const cards = tx.objectStore('cards');
  const schedules = tx.objectStore('schedules');
  const [found] = await Promise.all([
    Promise.all(ids.map(async (id) => ({ card: await cards.get(id), schedule: (await schedules.get(id)) ?? null }))),
    tx.done,
  ]);
  return found.filter((item): item is CardWithSchedule => item.card !== undefined);
}

/**
 * The review log oldest first, through the `by-review` index, a page at a time. Reviews that
 * share an instant are never split across pages: a full page stops before its last instant and
 * the next page starts at it.
 */
export async function readReviewsOldestFirst(
  db: AppDb,
  visit: (page: ReviewRecord[]) => void,
  pageSize = REVIEW_PAGE,
): Promise<void> {
  let from: IDBKeyRange | undefined;
  for (;;) {
    const index = db.transaction('reviews', 'readonly').store.index('by-review');
    const page = await index.getAll(from, pageSize);
    if (page.length < pageSize) {
      if (page.length > 0) visit(page);
      return;
    }
    const lastInstant = page[page.length - 1]!.review;
    let cut = page.length;
    while (cut > 0 && page[cut - 1]!.review === lastInstant) cut -= 1;
    // A whole page at one instant (a bulk import stamped alike): read that instant in full.
    const head = cut > 0 ? page.slice(0, cut) : await index.getAll(IDBKeyRange.only(lastInstant));
    visit(head);
    from = IDBKeyRange.lowerBound(lastInstant, cut > 0 ? false : true);
  }
}

/** How many reviews the log holds (for progress while reading it). */
export async function countReviews(db: AppDb): Promise<number> {
  return db.count('reviews');
}

/** How many cards there are (to choose between an index and a full walk). */
export async function countCards(db: AppDb): Promise<number> {
  return db.count('cards');
}

/** The ids of the cards carrying exactly one of these tags (as written), without repeats, in id order. */
export async function loadCardIdsWithTags(db: AppDb, tags: readonly string[]): Promise<string[]> {
  const index = db.transaction('cards', 'readonly').store.index('by-tag');
  const lists = await Promise.all(tags.map((tag) => index.getAllKeys(tag)));
  return [...new Set(lists.flat())].sort();
}

/** The ids of the cards in these decks, in id order. */
export async function loadCardIdsInDecks(db: AppDb, deckIds: readonly string[]): Promise<string[]> {
  const index = db.transaction('cards', 'readonly').store.index('by-deck');
  const lists = await Promise.all(deckIds.map((deckId) => index.getAllKeys(deckId)));
  return lists.flat().sort();
}

/** The ids of the cards with this flag (0: none is not indexed; use a full walk). */
export async function loadCardIdsWithFlag(db: AppDb, flag: number): Promise<string[]> {
  return db.getAllKeysFromIndex('cards', 'by-flag', flag);
}

/** The ids of the cards whose schedule falls due before `before`. */
export async function loadCardIdsDueBefore(db: AppDb, before: number): Promise<string[]> {
  return (await db.getAllKeysFromIndex('schedules', 'by-due', IDBKeyRange.upperBound(before, true))).sort();
}

/** Every tag in use, as written, each once, in index order: read from the `by-tag` index's unique keys. */
export async function loadTagNames(db: AppDb): Promise<string[]> {
  const tags: string[] = [];
  let cursor = await db.transaction('cards', 'readonly').store.index('by-tag').openKeyCursor(null, 'nextunique');
  while (cursor) {
    tags.push(cursor.key);
    cursor = await cursor.continue();
  }
  return tags;
}

/** Reading through an index pays when it names at most this share of the cards; above it, one walk is faster. */
const INDEX_SHARE = 0.5;

/**
 * The cards a search may match, with their schedules, a page at a time: read through the
 * indexes its hints name (deck, tag, flag, due) when they narrow it enough, else every card.
 * Every card a hint allows is visited; the caller's matcher decides. `visit` returns false to stop.
 */
export async function readSearchCandidates(
  db: AppDb,
  hints: SearchIndexHints,
  visit: (page: CardWithSchedule[]) => boolean | void,
): Promise<{ read: 'index' | 'all'; candidates: number }> {
  const lists: Promise<string[]>[] = [];
  if (hints.deckIds) lists.push(loadCardIdsInDecks(db, hints.deckIds));
  if (hints.tag !== undefined) {
    const family = hints.tag;
    lists.push(
      loadTagNames(db).then((tags) =>
        loadCardIdsWithTags(
          db,
          tags.filter((t) => isTagInFamily(t, family)),
        ),
      ),
    );
  }
  if (hints.flag !== undefined && hints.flag > 0) lists.push(loadCardIdsWithFlag(db, hints.flag));
  if (hints.dueBefore !== undefined) lists.push(loadCardIdsDueBefore(db, hints.dueBefore));
  const [total, ...found] = await Promise.all([countCards(db), ...lists]);
  let stopped = false;
  const guarded = (page: CardWithSchedule[]) => {
    if (!stopped && visit(page) === false) stopped = true;
  };
  if (found.length > 0) {
    let ids = found[0]!;
    for (const other of found.slice(1)) {
      const keep = new Set(other);
      ids = ids.filter((id) => keep.has(id));
    }
    if (ids.length <= total * INDEX_SHARE) {
      for (let start = 0; start < ids.length && !stopped; start += CARD_PAGE) {
        guarded(await loadCardsWithSchedules(db, ids.slice(start, start + CARD_PAGE)));
      }
      return { read: 'index', candidates: ids.length };
    }
  }
  await readCardsWithSchedules(db, (page) => {
    guarded(page);
    return !stopped;
  });
  return { read: 'all', candidates: total };
}
