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
    const batch = await cards.getAll(after === undefined ? null : IDBKeyRange.lowerBound(after, true), BATCH);
    if (batch.length === 0) return;
    const found = await Promise.all(batch.map((card) => schedules.get(card.id)));
    await Promise.all(
      batch.map((card, i) => {
        const slot = slotFor(card, found[i]);
        return slot ? slots.put(slot) : undefined;
      }),
    );
    after = batch[batch.length - 1]!.id;
  }
}
