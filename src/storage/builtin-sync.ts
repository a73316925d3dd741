import { mergeShippedCard } from '../domain/card-edit';
import { deckFileToRecords } from '../domain/deck-records';
import type { DeckFile } from '../domain/deck-file';
import type { CardRecord, DeckRecord } from '../domain/model';
import { slotFor } from '../domain/queue-slot';
import type { AppDb } from './db';

export interface SyncReport {
  added: number;
  updated: number;
  retired: number;
}

/** Whether every shipped deck is stored with its content hash and no other built-in deck is left unretired. */
async function isInSync(db: AppDb, shipped: readonly { deck: DeckRecord }[]): Promise<boolean> {
  const stored = new Map((await db.getAll('decks')).map((d) => [d.id, d]));
  const shippedIds = new Set(shipped.map((s) => s.deck.id));
  return (
    shipped.every(({ deck }) => {
      const existing = stored.get(deck.id);
      return existing !== undefined && existing.contentHash === deck.contentHash && !existing.retired;
    }) && [...stored.values()].every((d) => d.source !== 'builtin' || d.retired || shippedIds.has(d.id))
  );
}

/**
 * Brings the built-in decks in the database up to the shipped version, in one transaction:
 * new cards are added, edited cards updated by id (their schedules and review log untouched),
 * and cards no longer shipped are retired, never deleted, so their history stays. What the user
 * set on a card (suspension, flag, burial, when it was added) is kept, a card the user edited
 * keeps the user's text with the app's new text set aside (card-edit.ts), and cards the user
 * added to a built-in deck are theirs: never retired.
 */
export async function syncBuiltinDecks(db: AppDb, files: readonly DeckFile[], now: number): Promise<SyncReport> {
  const report: SyncReport = { added: 0, updated: 0, retired: 0 };
  const shipped = files.map((file) => deckFileToRecords(file, 'builtin', now));
  // Most starts find every built-in deck as shipped: a read-only look first, so the start takes
  // no write lock (it would hold up the study screen's first read while the app opens).
  if (await isInSync(db, shipped)) return report;
  const tx = db.transaction(['decks', 'cards', 'schedules', 'queueSlots'], 'readwrite');
  const decks = tx.objectStore('decks');
  const cardStore = tx.objectStore('cards');
  // Every card written here keeps its queue slot in step (a retired card has none).
  const cards = {
    index: (name: 'by-deck') => cardStore.index(name),
    async put(card: CardRecord) {
      const slot = slotFor(card, await tx.objectStore('schedules').get(card.id));
      await Promise.all([
        cardStore.put(card),
        slot ? tx.objectStore('queueSlots').put(slot) : tx.objectStore('queueSlots').delete(card.id),
      ]);
    },
  };
  const shippedIds = new Set(shipped.map((s) => s.deck.id));

  for (const { deck, cards: incoming } of shipped) {
    const existing = await decks.get(deck.id);
    if (existing && existing.contentHash === deck.contentHash && !existing.retired) continue;
    await decks.put(existing ? { ...deck, createdAt: existing.createdAt } : deck);
    const stored = new Map((await cards.index('by-deck').getAll(deck.id)).map((c) => [c.id, c]));
    for (const card of incoming) {
      const before = stored.get(card.id);
      const merged = mergeShippedCard(before, card, now);
      if (!before) report.added += 1;
      else if (before.front !== merged.front || before.back !== merged.back || before.retired) report.updated += 1;
      await cards.put(merged);
      stored.delete(card.id);
    }
    for (const gone of stored.values()) {
      if (gone.retired || gone.note) continue;
      await cards.put({ ...gone, retired: true });
      report.retired += 1;
    }
  }
  // A built-in deck the app no longer ships: hide it and retire its cards, keeping history.
  for (const deck of await decks.getAll()) {
    if (deck.source !== 'builtin' || shippedIds.has(deck.id) || deck.retired) continue;
    await decks.put({ ...deck, retired: true, updatedAt: now });
    for (const card of await cards.index('by-deck').getAll(deck.id)) {
      if (!card.retired) {
        await cards.put({ ...card, retired: true });
        report.retired += 1;
      }
    }
  }
  await tx.done;
  return report;
}
