import type { CardRecord } from '../domain/model';
import { slotFor } from '../domain/queue-slot';
import type { AppDb } from './db';

/**
 * Rewrites one card (suspended, buried, flagged, edited) and its queue slot in one transaction,
 * so the queue and the counts follow at once. Browse and the study screen's "bury" use this.
 */
export async function updateCard(db: AppDb, card: CardRecord): Promise<void> {
  const tx = db.transaction(['cards', 'schedules', 'queueSlots'], 'readwrite');
  const slot = slotFor(card, await tx.objectStore('schedules').get(card.id));
  const slots = tx.objectStore('queueSlots');
  await Promise.all([tx.objectStore('cards').put(card), slot ? slots.put(slot) : slots.delete(card.id), tx.done]);
}
