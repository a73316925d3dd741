/** The queue slots an import's writes change (pure): each written card or schedule with its counterpart. */
import type { ExistingData, ImportWrites } from './import-plan';
import { slotFor, type QueueSlot } from './queue-slot';

/** Slots to put, and card ids whose slot goes (a retired card has none). */
export function slotsForImport(
  writes: Pick<ImportWrites, 'cards' | 'schedules'>,
  existing: Pick<ExistingData, 'cards' | 'schedules'>,
): { put: QueueSlot[]; remove: string[] } {
  const cards = new Map(writes.cards.map((c) => [c.id, c]));
  const schedules = new Map(writes.schedules.map((s) => [s.cardId, s]));
  const put: QueueSlot[] = [];
  const remove: string[] = [];
  for (const id of new Set([...cards.keys(), ...schedules.keys()])) {
    const card = cards.get(id) ?? existing.cards.get(id);
    if (!card) continue;
    const slot = slotFor(card, schedules.get(id) ?? existing.schedules.get(id));
    if (slot) put.push(slot);
    else remove.push(id);
  }
  return { put, remove };
}
