import type { CardRecord, DeckRecord, ScheduleRecord } from '../domain/model';
import type { AppDb } from './db';

/** What the exporters (domain/export-*.ts) turn into a file. */
export interface DeckForExport {
  deck: DeckRecord;
  /** The deck's cards in study order; retired cards (no longer shipped) are left out. */
  cards: CardRecord[];
  /** Progress of those cards, by card id (a card without one is new). */
  schedules: Map<string, ScheduleRecord>;
}

/** Reads one deck, its cards and their schedules in one transaction; undefined if there is no such deck. */
export async function loadDeckForExport(db: AppDb, deckId: string): Promise<DeckForExport | undefined> {
  const tx = db.transaction(['decks', 'cards', 'schedules'], 'readonly');
  const [deck, cards, schedules] = await Promise.all([
    tx.objectStore('decks').get(deckId),
    tx.objectStore('cards').index('by-deck').getAll(deckId),
    tx.objectStore('schedules').index('by-deck').getAll(deckId),
    tx.done,
  ]);
  if (!deck) return undefined;
  const kept = cards.filter((c) => !c.retired).sort((a, b) => a.order - b.order || (a.id < b.id ? -1 : 1));
  const ids = new Set(kept.map((c) => c.id));
  return {
    deck,
    cards: kept,
    schedules: new Map(schedules.filter((s) => ids.has(s.cardId)).map((s) => [s.cardId, s])),
  };
}
