/**
 * What the home screen shows for each deck: how many cards are due now, how many new cards
 * may be started today, the total, and when the next card is due if none is.
 */
import type { CardRecord, DeckRecord } from './model';
import { buildStudyQueue, type QueueInput } from './queue';

export interface DeckSummary {
  deck: DeckRecord;
  /** Learning cards due now plus reviews due today (within the daily limit). */
  due: number;
  newCards: number;
  total: number;
  nextDue: number | null;
}

/** Groups cards by deck id. */
export function groupCardsByDeck(cards: readonly CardRecord[]): Map<string, CardRecord[]> {
  const groups = new Map<string, CardRecord[]>();
  for (const card of cards) {
    const group = groups.get(card.deckId);
    if (group) group.push(card);
    else groups.set(card.deckId, [card]);
  }
  return groups;
}

/** One summary per visible deck, sorted by name so subdecks ("A::B") follow their parent. */
export function summarizeDecks(
  decks: readonly DeckRecord[],
  cards: readonly CardRecord[],
  context: Omit<QueueInput, 'cards'>,
): DeckSummary[] {
  const byDeck = groupCardsByDeck(cards);
  return decks
    .filter((deck) => !deck.retired)
    .map((deck) => {
      const deckCards = byDeck.get(deck.id) ?? [];
      const queue = buildStudyQueue({ ...context, cards: deckCards });
      return {
        deck,
        due: queue.learning + queue.reviews,
        newCards: queue.newCards,
        total: deckCards.filter((c) => !c.retired).length,
        nextDue: queue.nextDue,
      };
    })
    .sort((a, b) => a.deck.name.localeCompare(b.deck.name, undefined, { sensitivity: 'base', numeric: true }));
}
