/**
 * What the home screen shows for each deck: how many cards are due now, how many new cards
 * may be started today, the total, and when the next card is due if none is.
 */
import type { CardRecord, DeckRecord, ScheduleRecord } from './model';
import { slotFor, Lane } from './queue-slot';
import {
  addTallies,
  countStudy,
  EMPTY_TALLY,
  type DayRoom,
  type LaneBounds,
  type LaneTally,
  type StudyCounts,
} from './queue-window';

export interface DeckSummary {
  deck: DeckRecord;
  /** Learning cards due now plus reviews due today (within the daily limit). */
  due: number;
  newCards: number;
  total: number;
  nextDue: number | null;
  /** The counts behind `due` and `newCards`, as countStudy gives them. */
  counts: StudyCounts;
}

/** One deck's lane tally (from the indexes, or recounted) and how many cards it holds. */
export interface DeckTally {
  tally: LaneTally;
  /** Cards that are not retired (suspended ones included). */
  total: number;
}

/** The deck ids a deck covers: itself and every subdeck ("A" covers "A::B" and "A::B::C"). */
export function deckFamily(deck: DeckRecord, decks: readonly DeckRecord[]): Set<string> {
  const prefix = `${deck.name}::`;
  return new Set(decks.filter((d) => d.id === deck.id || d.name.startsWith(prefix)).map((d) => d.id));
}

/** The decks a user sees and studies (retired built-in decks are hidden). */
export const visibleDecks = (decks: readonly DeckRecord[]) => decks.filter((deck) => !deck.retired);

/** The tallies of some decks added up (a deck with its subdecks). */
export function sumTallies(ids: Iterable<string>, tallies: ReadonlyMap<string, DeckTally>): DeckTally {
  let sum: DeckTally = { tally: EMPTY_TALLY, total: 0 };
  for (const id of ids) {
    const one = tallies.get(id);
    if (one) sum = { tally: addTallies(sum.tally, one.tally), total: sum.total + one.total };
  }
  return sum;
}

/**
 * One summary per visible deck, sorted by name so subdecks ("A::B") follow their parent.
 * A parent's counts include its subdecks, as studying it does; the daily limits are shared.
 */
export function summarizeDecks(
  decks: readonly DeckRecord[],
  tallies: ReadonlyMap<string, DeckTally>,
  room: DayRoom,
  dayEnd: number,
): DeckSummary[] {
  const visible = visibleDecks(decks);
  return visible
    .map((deck) => {
      const { tally, total } = sumTallies(deckFamily(deck, visible), tallies);
      const counts = countStudy(tally, room, dayEnd);
      return {
        deck,
        due: counts.learning + counts.reviews,
        newCards: counts.newCards,
        total,
        nextDue: counts.nextDue,
        counts,
      };
    })
    .sort((a, b) => compareDeckNames(a.deck.name, b.deck.name));
}

/**
 * Every deck's tally recounted from all its cards: what the index reads must equal (the
 * property tests compare them). Reviews and new cards are counted in full, not capped.
 */
export function tallyCards(
  cards: readonly CardRecord[],
  schedules: ReadonlyMap<string, ScheduleRecord>,
  { now, soon, dayEnd }: LaneBounds,
): Map<string, DeckTally> {
  const tallies = new Map<string, DeckTally>();
  const earliest = (a: number | null, b: number) => (a === null ? b : Math.min(a, b));
  for (const card of cards) {
    const slot = slotFor(card, schedules.get(card.id));
    if (!slot) continue;
    const entry = tallies.get(card.deckId) ?? { tally: { ...EMPTY_TALLY }, total: 0 };
    tallies.set(card.deckId, entry);
    entry.total += 1;
    const t = entry.tally;
    if (slot.lane === Lane.New) t.fresh += 1;
    else if (slot.lane === Lane.Learning) {
      if (slot.due <= now) t.learningDue += 1;
      else {
        if (slot.due <= soon) t.learningSoon += 1;
        t.nextLearning = earliest(t.nextLearning, slot.due);
      }
    } else if (slot.lane === Lane.Review) {
      if (slot.due < dayEnd) t.reviewsDue += 1;
      else t.nextReview = earliest(t.nextReview, slot.due);
    }
  }
  return tallies;
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
