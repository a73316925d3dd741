/**
 * Schema step "queue slots" (v2 -> v3; the number may change when branches merge): one small
 * record per card in `queueSlots`, indexed so the study queue and the day's counts are read
 * from index ranges; and a multiEntry `by-tag` index on cards, so a role's cards (issues 9
 * and 10) are read without loading the collection. Existing cards get their slots here, in
 * the upgrade transaction, read in batches so a large collection is never in memory at once.
 */
import type { IDBPDatabase, IDBPTransaction, StoreNames } from 'idb';
import { slotFor } from '../domain/queue-slot';
import type { AppSchema } from './db';

const BATCH = 2_000;

/** Creates the stores and indexes; then fills the slots from the cards and schedules already stored. */
export function addQueueSlots(
  database: IDBPDatabase<AppSchema>,
  tx: IDBPTransaction<AppSchema, StoreNames<AppSchema>[], 'versionchange'>,
): Promise<void> {
  const slots = database.createObjectStore('queueSlots', { keyPath: 'cardId' });
  slots.createIndex('by-deck', 'deckId');
  slots.createIndex('by-deck-lane', ['deckId', 'lane', 'due', 'order']);
  slots.createIndex('by-lane', ['lane', 'due', 'deckId', 'order']);
  slots.createIndex('by-buried', 'buriedUntil');
  tx.objectStore('cards').createIndex('by-tag', 'tags', { multiEntry: true });
  return fillSlots(tx);
}

async function fillSlots(tx: IDBPTransaction<AppSchema, StoreNames<AppSchema>[], 'versionchange'>): Promise<void> {
  const cards = tx.objectStore('cards');
  const schedules = tx.objectStore('schedules');
  const slots = tx.objectStore('queueSlots');
  let after: string | undefined;
  for (;;) {
    const range = after === undefined ? null : IDBKeyRange.lowerBound(after, true);
    const batch = await cards.getAll(range, BATCH);
    if (batch.length === 0) return;
    const last = batch[batch.length - 1]!.id;
    // Both stores are keyed by card id: one range read brings this batch's schedules.
    const found = await schedules.getAll(
      after === undefined ? IDBKeyRange.upperBound(last) : IDBKeyRange.bound(after, last, true),
    );
    const byCard = new Map(found.map((s) => [s.cardId, s]));
    await Promise.all(
      batch.map((card) => {
        const slot = slotFor(card, byCard.get(card.id));
        return slot ? slots.put(slot) : undefined;
      }),
    );
    after = last;
  }
}
