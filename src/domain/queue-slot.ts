/**
 * A card's place in the study queue, as one small record per card: its lane (new, learning,
 * review), its due time and its position in its deck. The storage keeps these records under
 * two compound indexes ([deck, lane, due, order] and [lane, due, deck, order]) so the next
 * cards and the day's counts are read from index ranges, never from the whole collection.
 * A slot is derived from the card and its schedule and rewritten with either, in the same
 * transaction; retired cards have none, suspended and buried ones have no lane.
 */
import { CardState, type CardRecord, type ScheduleRecord } from './model';

export const Lane = { New: 0, Learning: 1, Review: 2 } as const;
export type Lane = (typeof Lane)[keyof typeof Lane];

export interface QueueSlot {
  cardId: string;
  deckId: string;
  /** Absent while the card is suspended or buried: it is then in no lane index. */
  lane?: Lane;
  /** The schedule's due time; 0 in the new lane, where cards follow their deck order. */
  due: number;
  order: number;
  /** Copied from the card while it is buried, so the cards to bring back are found by index. */
  buriedUntil?: number;
}

/** The slot a card has with this schedule; null for a retired card (it has none). */
export function slotFor(card: CardRecord, schedule: ScheduleRecord | null | undefined): QueueSlot | null {
  if (card.retired) return null;
  const slot: QueueSlot = { cardId: card.id, deckId: card.deckId, due: 0, order: card.order };
  if (card.suspended) return slot;
  if (card.buriedUntil !== undefined) return { ...slot, buriedUntil: card.buriedUntil };
  if (!schedule || schedule.state === CardState.New) return { ...slot, lane: Lane.New };
  const learning = schedule.state === CardState.Learning || schedule.state === CardState.Relearning;
  return { ...slot, lane: learning ? Lane.Learning : Lane.Review, due: schedule.due };
}

/** The queue kind of a slot's lane. */
export function kindOfLane(lane: Lane): 'new' | 'learning' | 'review' {
  return lane === Lane.New ? 'new' : lane === Lane.Learning ? 'learning' : 'review';
}

/** Queue order: due, then deck, then position in the deck, then id (the indexes' key order). */
export function compareSlots(a: QueueSlot, b: QueueSlot): number {
  return (
    a.due - b.due ||
    (a.deckId < b.deckId ? -1 : a.deckId > b.deckId ? 1 : 0) ||
    a.order - b.order ||
    (a.cardId < b.cardId ? -1 : a.cardId > b.cardId ? 1 : 0)
  );
}

/**
 * Whether `current` is still the schedule a grade was computed from: the same version (and,
 * for schedules written before versions existed, the same reps and due). A grade on a stale
 * schedule would overwrite what another tab has just written.
 */
export function isSameSchedule(current: ScheduleRecord | null | undefined, seen: ScheduleRecord | null): boolean {
  if (!current || !seen) return !current && !seen;
  return (current.version ?? 0) === (seen.version ?? 0) && current.reps === seen.reps && current.due === seen.due;
}

/** A grade refused because the card's schedule changed since it was shown (another tab graded it). */
export class StaleGradeError extends Error {
  constructor(readonly cardId: string) {
    super('This card was just studied in another tab: its new state is kept, and the next card is shown.');
    this.name = 'StaleGradeError';
  }
}
