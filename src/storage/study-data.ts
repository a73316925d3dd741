import type { CardRecord, DeckRecord, ScheduleRecord } from '../domain/model';
import { slotFor } from '../domain/queue-slot';
import type { AppDb } from './db';

export interface StudyData {
  decks: DeckRecord[];
  cards: CardRecord[];
  schedules: Map<string, ScheduleRecord>;
}

/**
 * Every deck, card and schedule, read in one transaction so they agree with each other. The app
 * never does this at start or while studying (costs would grow with the collection); full
 * recounts in tests, and whole-collection work such as exports, use it.
 */
export async function loadStudyData(db: AppDb): Promise<StudyData> {
  const tx = db.transaction(['decks', 'cards', 'schedules'], 'readonly');
  const [decks, cards, schedules] = await Promise.all([
    tx.objectStore('decks').getAll(),
    tx.objectStore('cards').getAll(),
    tx.objectStore('schedules').getAll(),
    tx.done,
  ]);
  return { decks, cards, schedules: new Map(schedules.map((s) => [s.cardId, s])) };
}

/** Every deck record (a few dozen at most: decks, not cards). */
export async function loadDecks(db: AppDb): Promise<DeckRecord[]> {
  return db.getAll('decks');
}

/** How many cards (not retired) each deck holds, from the queue-slot index. */
export async function countDeckCards(db: AppDb, deckIds: readonly string[]): Promise<number[]> {
  const index = db.transaction('queueSlots').store.index('by-deck');
  return Promise.all(deckIds.map((id) => index.count(id)));
}

/** Whether any card has been studied (a schedule exists). */
export async function hasSchedules(db: AppDb): Promise<boolean> {
  return (await db.getAllKeys('schedules', null, 1)).length > 0;
}

/**
 * Brings back the cards buried until `now` or earlier: clears their `buriedUntil` and puts
 * their queue slots back in a lane, in one transaction. Returns how many came back.
 */
export async function releaseBuriedCards(db: AppDb, now: number): Promise<number> {
  // Most days nothing is buried: a read-only look first, so start-up takes no write lock.
  if ((await db.getAllKeysFromIndex('queueSlots', 'by-buried', IDBKeyRange.upperBound(now), 1)).length === 0) return 0;
  const tx = db.transaction(['cards', 'schedules', 'queueSlots'], 'readwrite');
  const slots = tx.objectStore('queueSlots');
  const ids = await slots.index('by-buried').getAllKeys(IDBKeyRange.upperBound(now));
  await Promise.all(
    ids.map(async (id) => {
      const [card, schedule] = await Promise.all([
        tx.objectStore('cards').get(id),
        tx.objectStore('schedules').get(id),
      ]);
      if (!card) return slots.delete(id);
      const { buriedUntil: _released, ...back } = card;
      const slot = slotFor(back, schedule);
      await Promise.all([tx.objectStore('cards').put(back), slot ? slots.put(slot) : slots.delete(id)]);
    }),
  );
  await tx.done;
  return ids.length;
}
