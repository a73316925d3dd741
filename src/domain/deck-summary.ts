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

/** The deck ids a deck covers: itself and every subdeck ("A" covers "A::B" and "A::B::C"). */
export function deckFamily(deck: DeckRecord, decks: readonly DeckRecord[]): Set<string> {
  const prefix = `${deck.name}::`;
  return new Set(decks.filter((d) => d.id === deck.id || d.name.startsWith(prefix)).map((d) => d.id));
}

/**
 * One summary per visible deck, sorted by name so subdecks ("A::B") follow their parent.
 * A parent's counts include its subdecks, as studying it does.
 */
export function summarizeDecks(
  decks: readonly DeckRecord[],
  cards: readonly CardRecord[],
  context: Omit<QueueInput, 'cards'>,
): DeckSummary[] {
  const visible = decks.filter((deck) => !deck.retired);
  const byDeck = groupCardsByDeck(cards);
  return visible
    .map((deck) => {
      const familyCards = [...deckFamily(deck, visible)].flatMap((id) => byDeck.get(id) ?? []);
      const queue = buildStudyQueue({ ...context, cards: familyCards });
      return {
        deck,
        due: queue.learning + queue.reviews,
        newCards: queue.newCards,
        total: familyCards.filter((c) => !c.retired).length,
        nextDue: queue.nextDue,
      };
    })
    .sort((a, b) => compareDeckNames(a.deck.name, b.deck.name));
}

/** Orders deck names part by part, so "A::B" follows "A" and precedes "A B". */
function compareDeckNames(a: string, b: string): number {
  const pa = a.split('::');
  const pb = b.split('::');
  for (let i = 0; i < Math.min(pa.length, pb.length); i++) {
    const order = pa[i]!.localeCompare(pb[i]!, undefined, { sensitivity: 'base', numeric: true });
    if (order !== 0) return order;
  }
  return pa.length - pb.length;
}

/** How a deck row reads in the list: its indent level and the part of its name to show. */
export function deckRowLabel(name: string, allNames: ReadonlySet<string>): { depth: number; label: string } {
  const parts = name.split('::');
  // Indent under the nearest ancestor that is itself in the list; show the rest of the path.
  for (let cut = parts.length - 1; cut > 0; cut--) {
    if (allNames.has(parts.slice(0, cut).join('::'))) {
      const depth = parts.slice(0, cut).filter((_, i) => allNames.has(parts.slice(0, i + 1).join('::'))).length;
      return { depth, label: parts.slice(cut).join(' › ') };
    }
  }
  return { depth: 0, label: parts.join(' › ') };
}
