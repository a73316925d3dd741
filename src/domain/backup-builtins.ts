/**
 * The decks that come with the app are restored from the app, never from the backup: a backup
 * keeps their progress, but their content (and its format) is this version's own. A tampered
 * backup could otherwise turn a built-in card into HTML. The rules follow the start-up sync
 * (storage/builtin-sync.ts): shipped cards replace the backup's by id, keeping a suspension;
 * cards and decks the app no longer ships are retired, shown as plain text if ever shown.
 */
import type { DeckFile } from './deck-file';
import { deckFileToRecords } from './deck-records';
import type { CardRecord, DeckRecord } from './model';

export interface DecksAndCards {
  decks: DeckRecord[];
  cards: CardRecord[];
}

/** The backup's decks and cards with every built-in one taken from `shipped` (the app's decks). */
export function adoptShippedBuiltins<T extends DecksAndCards>(backup: T, shipped: readonly DeckFile[], now: number): T {
  const records = shipped.map((file) => deckFileToRecords(file, 'builtin', now));
  const shippedDecks = new Map(records.map((r) => [r.deck.id, r.deck]));
  const shippedCards = new Map(records.flatMap((r) => r.cards).map((c) => [c.id, c]));
  const backupDecks = new Map(backup.decks.map((d) => [d.id, d]));
  const builtinDeckIds = new Set([
    ...shippedDecks.keys(),
    ...backup.decks.filter((d) => d.source === 'builtin').map((d) => d.id),
  ]);

  const decks = backup.decks.map((deck): DeckRecord => {
    const own = shippedDecks.get(deck.id);
    if (own) return { ...own, createdAt: deck.createdAt };
    if (deck.source === 'builtin') return { ...deck, retired: true };
    return deck;
  });
  for (const [id, own] of shippedDecks) if (!backupDecks.has(id)) decks.push(own);

  const seen = new Set<string>();
  const cards = backup.cards.map((card): CardRecord => {
    seen.add(card.id);
    const own = shippedCards.get(card.id);
    if (own) return card.suspended ? { ...own, suspended: true } : own;
    if (builtinDeckIds.has(card.deckId)) return { ...card, format: 'text', retired: true };
    return card;
  });
  for (const [id, own] of shippedCards) if (!seen.has(id)) cards.push(own);
  return { ...backup, decks, cards };
}
