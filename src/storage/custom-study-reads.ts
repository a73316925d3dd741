/**
 * What custom study reads, through indexes only: a tag's queue slots (cards by tag, then each
 * card's slot) and the first slots of one lane below a due time (the lane indexes, for every
 * deck or for each deck of a family). Its cost follows the cards a session can show, never the
 * size of the collection.
 */
import { compareSlots, Lane, type QueueSlot } from '../domain/queue-slot';
import type { AppDb } from './db';

/** One deck (by id) or every deck (null), as the study queue reads them. */
export type LaneSource = string | null;

/** The queue slots of the cards carrying `tag` (retired cards have none). */
export async function loadTagSlots(db: AppDb, tag: string): Promise<QueueSlot[]> {
  const tx = db.transaction(['cards', 'queueSlots'], 'readonly');
  const ids = await tx.objectStore('cards').index('by-tag').getAllKeys(tag);
  const slots = tx.objectStore('queueSlots');
  const [found] = await Promise.all([Promise.all(ids.map((id) => slots.get(id))), tx.done]);
  return found.filter((slot): slot is QueueSlot => slot !== undefined);
}

/**
 * The first `limit` slots of `lane` due before `below` (in the new lane, due is 0: all of them),
 * across the sources, in queue order (due, deck, place in deck).
 */
export async function loadLaneSlots(
  db: AppDb,
  sources: readonly LaneSource[],
  lane: Lane,
  below: number,
  limit: number,
): Promise<QueueSlot[]> {
  const tx = db.transaction('queueSlots', 'readonly');
  const store = tx.objectStore('queueSlots');
  const [lists] = await Promise.all([
    Promise.all(
      sources.map((source) =>
        source === null
          ? store.index('by-lane').getAll(IDBKeyRange.bound([lane, -Infinity], [lane, below], false, true), limit)
          : store
              .index('by-deck-lane')
              .getAll(IDBKeyRange.bound([source, lane, -Infinity], [source, lane, below], false, true), limit),
      ),
    ),
    tx.done,
  ]);
  return lists.flat().sort(compareSlots).slice(0, limit);
}

/** Every slot of the new lane's first `limit`, across the sources (new cards have due 0). */
export function loadNewSlots(db: AppDb, sources: readonly LaneSource[], limit: number): Promise<QueueSlot[]> {
  return loadLaneSlots(db, sources, Lane.New, 1, limit);
}
