/**
 * Writing cards the user changed: their marks (suspend, bury, flag), deck, tags and text, their
 * progress reset, cards created, and cards deleted with their history and brought back. Each
 * operation is one transaction, resolved once it has committed; the app keeps what it needs to
 * undo (the records as they were) and writes them back with the same functions. Every write
 * keeps the cards' queue slots (domain/queue-slot.ts) in the same transaction, so the study
 * queue and the counts follow at once.
 */
import type { CardRecord, DeckRecord, ReviewRecord, ScheduleRecord } from '../domain/model';
import { slotFor, type QueueSlot } from '../domain/queue-slot';
import type { AppDb } from './db';
import { runWriteTransaction, type WriteTx } from './write-transaction';

const CHUNK = 500;

type Write = (request: Promise<unknown>) => Promise<unknown> | undefined;
/** What writeSlot needs of a transaction: its queue slots store (any transaction that has it). */
interface SlotTx {
  objectStore(name: 'queueSlots'): { put(slot: QueueSlot): Promise<unknown>; delete(id: string): Promise<unknown> };
}

/** Puts (or removes, for a retired card) the queue slot of a card with this schedule. */
async function writeSlot(
  tx: SlotTx,
  write: Write,
  card: CardRecord,
  schedule: ScheduleRecord | null | undefined,
): Promise<void> {
  const slot = slotFor(card, schedule);
  const slots = tx.objectStore('queueSlots');
  await write(slot ? slots.put(slot) : slots.delete(card.id));
}

/**
 * Rewrites one card (suspended, buried, flagged, edited) and its queue slot in one transaction.
 * The study screen's "bury" and "suspend" use this.
 */
export async function updateCard(db: AppDb, card: CardRecord): Promise<void> {
  await runWriteTransaction(db, ['cards', 'schedules', 'queueSlots'], async (tx, write) => {
    const schedule = await tx.objectStore('schedules').get(card.id);
    await write(tx.objectStore('cards').put(card));
    await writeSlot(tx, write, card, schedule);
  });
}

/** Cards with their schedules and whole review history: what a delete removes and its undo puts back. */
export interface CardsSnapshot {
  cards: CardRecord[];
  schedules: ScheduleRecord[];
  /** With their ids, so the log comes back exactly as it was. */
  reviews: ReviewRecord[];
}

/** Cards and schedules to write, and schedules to remove (a card whose progress is reset has none). */
export interface CardWrites {
  cards?: readonly CardRecord[];
  schedules?: readonly ScheduleRecord[];
  removeSchedules?: readonly string[];
}

/** Writes cards and schedules (and removes schedules) in one transaction. */
export async function writeCardChanges(db: AppDb, writes: CardWrites): Promise<void> {
  await runWriteTransaction(db, ['cards', 'schedules', 'queueSlots'], async (tx, write) => {
    const cards = tx.objectStore('cards');
    const schedules = tx.objectStore('schedules');
    for (const card of writes.cards ?? []) await write(cards.put(card));
    for (const schedule of writes.schedules ?? []) await write(schedules.put(schedule));
    for (const id of writes.removeSchedules ?? []) await write(schedules.delete(id));
    // Then every touched card's slot, from what the transaction now holds.
    const touched = new Set([
      ...(writes.cards ?? []).map((c) => c.id),
      ...(writes.schedules ?? []).map((x) => x.cardId),
      ...(writes.removeSchedules ?? []),
    ]);
    for (const id of touched) {
      const [card, schedule] = await Promise.all([cards.get(id), schedules.get(id)]);
      if (card) await writeSlot(tx, write, card, schedule);
    }
  });
}

/**
 * Rewrites the named cards in one transaction: `update` (pure, synchronous) gets each stored
 * card and returns its new version, or null to leave it. A card that moves deck takes its
 * schedule and review history with it: they are labelled with the new deck too (deck counts
 * and per-deck stats read those labels), each review's `before` included. Returns how many
 * cards changed.
 */
export async function updateCards(
  db: AppDb,
  ids: readonly string[],
  update: (card: CardRecord) => CardRecord | null,
): Promise<number> {
  return runWriteTransaction(db, ['cards', 'schedules', 'reviews', 'queueSlots'], async (tx, write) => {
    const cards = tx.objectStore('cards');
    const schedules = tx.objectStore('schedules');
    let changed = 0;
    for (let start = 0; start < ids.length; start += CHUNK) {
      const found = await Promise.all(
        ids.slice(start, start + CHUNK).map((id) => Promise.all([cards.get(id), schedules.get(id)] as const)),
      );
      const moved: CardRecord[] = [];
      for (const [card, schedule] of found) {
        const next = card ? update(card) : null;
        if (!card || !next) continue;
        changed += 1;
        await write(cards.put(next));
        await writeSlot(tx, write, next, schedule);
        if (next.deckId !== card.deckId) moved.push(next);
      }
      await relabelHistory(tx, write, moved);
    }
    return changed;
  });
}

type HistoryTx = WriteTx<['cards', 'schedules', 'reviews', 'queueSlots']>;

/** Labels the schedules and review history of cards that moved deck with their new deck. */
async function relabelHistory(tx: HistoryTx, write: Write, moved: readonly CardRecord[]): Promise<void> {
  const schedules = tx.objectStore('schedules');
  const reviews = tx.objectStore('reviews');
  const history = await Promise.all(
    moved.map((card) => Promise.all([schedules.get(card.id), reviews.index('by-card').getAll(card.id)])),
  );
  for (const [i, [schedule, log]] of history.entries()) {
    const { deckId } = moved[i]!;
    if (schedule && schedule.deckId !== deckId) await write(schedules.put({ ...schedule, deckId }));
    for (const review of log) {
      if (review.deckId === deckId) continue;
      await write(reviews.put({ ...review, deckId, before: review.before ? { ...review.before, deckId } : null }));
    }
  }
}

/** Resets cards to new: removes their schedules (the review history stays) and returns them, for undo. */
export async function removeSchedules(db: AppDb, ids: readonly string[]): Promise<ScheduleRecord[]> {
  return runWriteTransaction(db, ['cards', 'schedules', 'queueSlots'], async (tx, write) => {
    const store = tx.objectStore('schedules');
    const cards = tx.objectStore('cards');
    const removed: ScheduleRecord[] = [];
    for (let start = 0; start < ids.length; start += CHUNK) {
      const found = await Promise.all(
        ids.slice(start, start + CHUNK).map((id) => Promise.all([store.get(id), cards.get(id)] as const)),
      );
      for (const [schedule, card] of found) {
        if (!schedule) continue;
        removed.push(schedule);
        await write(store.delete(schedule.cardId));
        // Back in the new lane, at its place in the deck.
        if (card) await writeSlot(tx, write, card, null);
      }
    }
    return removed;
  });
}

/**
 * Adds new cards (and the new deck they go in, if any) in one transaction. Fails, writing
 * nothing, if a card id or the deck id is already taken.
 */
export async function addCards(db: AppDb, cards: readonly CardRecord[], deck?: DeckRecord): Promise<void> {
  await runWriteTransaction(db, ['decks', 'cards', 'schedules', 'queueSlots'], async (tx, write) => {
    if (deck) await write(tx.objectStore('decks').add(deck));
    for (const card of cards) {
      await write(tx.objectStore('cards').add(card));
      await writeSlot(tx, write, card, null);
    }
  });
}

/** Adds a new deck; fails if its id is taken. */
export async function addDeck(db: AppDb, deck: DeckRecord): Promise<void> {
  await runWriteTransaction(db, ['decks'], async (tx, write) => {
    await write(tx.objectStore('decks').add(deck));
  });
}

/** The cards of one note made in the app (ids `anki:<guid>:<ord>`), by ord. */
export async function loadNoteCards(db: AppDb, guid: string): Promise<CardRecord[]> {
  return db.getAll('cards', IDBKeyRange.bound(`anki:${guid}:`, `anki:${guid}:\uffff`));
}

/**
 * Writes an edited note's cards (updated and added) and deletes the cards the edit removed,
 * with their schedules and history, in one transaction. Cards that moved deck take their
 * history with them, as in updateCards.
 */
export async function writeNoteEdit(
  db: AppDb,
  edit: { update: readonly CardRecord[]; add: readonly CardRecord[]; remove: readonly string[] },
): Promise<void> {
  await runWriteTransaction(db, ['cards', 'schedules', 'reviews', 'queueSlots'], async (tx, write) => {
    const stored = await Promise.all(edit.update.map((card) => tx.objectStore('cards').get(card.id)));
    const schedules = await Promise.all(edit.update.map((card) => tx.objectStore('schedules').get(card.id)));
    for (const [i, card] of edit.update.entries()) {
      await write(tx.objectStore('cards').put(card));
      await writeSlot(tx, write, card, schedules[i]);
    }
    await relabelHistory(
      tx,
      write,
      edit.update.filter((card, i) => stored[i] !== undefined && stored[i]!.deckId !== card.deckId),
    );
    for (const card of edit.add) {
      await write(tx.objectStore('cards').add(card));
      await writeSlot(tx, write, card, null);
    }
    for (const id of edit.remove) {
      await write(tx.objectStore('queueSlots').delete(id));
      const reviewKeys = await tx.objectStore('reviews').index('by-card').getAllKeys(id);
      for (const key of reviewKeys) await write(tx.objectStore('reviews').delete(key));
      await write(tx.objectStore('schedules').delete(id));
      await write(tx.objectStore('cards').delete(id));
    }
  });
}

/**
 * Deletes cards with their schedules and review history in one transaction, and returns all of
 * it as it was, for undo.
 */
export async function deleteCardsWithHistory(db: AppDb, ids: readonly string[]): Promise<CardsSnapshot> {
  return runWriteTransaction(db, ['cards', 'schedules', 'reviews', 'queueSlots'], async (tx, write) => {
    const snapshot: CardsSnapshot = { cards: [], schedules: [], reviews: [] };
    const cards = tx.objectStore('cards');
    const schedules = tx.objectStore('schedules');
    const reviews = tx.objectStore('reviews');
    // Read a chunk of cards at once (one round trip, not one per card), then queue its deletes.
    for (let start = 0; start < ids.length; start += CHUNK) {
      const found = await Promise.all(
        ids
          .slice(start, start + CHUNK)
          .map((id) => Promise.all([cards.get(id), schedules.get(id), reviews.index('by-card').getAll(id)] as const)),
      );
      for (const [card, schedule, history] of found) {
        if (!card) continue;
        snapshot.cards.push(card);
        if (schedule) snapshot.schedules.push(schedule);
        snapshot.reviews.push(...history);
        for (const review of history) await write(reviews.delete(review.id!));
        if (schedule) await write(schedules.delete(card.id));
        await write(cards.delete(card.id));
        await write(tx.objectStore('queueSlots').delete(card.id));
      }
    }
    return snapshot;
  });
}

/** Puts deleted cards back with their schedules and review history (same ids), in one transaction. */
export async function restoreCards(db: AppDb, snapshot: CardsSnapshot): Promise<void> {
  await runWriteTransaction(db, ['cards', 'schedules', 'reviews', 'queueSlots'], async (tx, write) => {
    const schedules = new Map(snapshot.schedules.map((s) => [s.cardId, s]));
    for (const card of snapshot.cards) {
      await write(tx.objectStore('cards').put(card));
      await writeSlot(tx, write, card, schedules.get(card.id));
    }
    for (const schedule of snapshot.schedules) await write(tx.objectStore('schedules').put(schedule));
    for (const review of snapshot.reviews) await write(tx.objectStore('reviews').put(review));
  });
}
