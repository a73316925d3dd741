/**
 * The study queue from what index ranges give (pure): per deck, how many cards each lane has
 * within the day's bounds and the first few in queue order; from those, the counts every
 * screen shows and the next cards. The rules are those of buildStudyQueue (queue.ts), which
 * reads every card and stays as the reference: the tests hold the two equal.
 */
import type { SchedulerSettings } from './model';
import { LEARN_AHEAD_MS, type DoneToday } from './queue';
import { compareSlots, type QueueSlot } from './queue-slot';

/** What the index reads give for one source (a deck, or every deck at once) at an instant. */
export interface LaneTally {
  /** Learning cards due now. */
  learningDue: number;
  /** Learning cards due within the learn-ahead window (shown when nothing else is left). */
  learningSoon: number;
  /** Reviews due before the day ends, counted up to the review room + 1. */
  reviewsDue: number;
  /** New cards, counted up to the new-card room + 1 (the interview plan's cards apart: `planFresh`). */
  fresh: number;
  /** New cards of the interview plan (the chosen roles' cards), read apart from the index; none without a plan. */
  planFresh?: number;
  /** The first learning card due after now, if any. */
  nextLearning: number | null;
  /** The first review due after the day ends, if any. */
  nextReview: number | null;
}

/** The first cards of each lane of one source, in queue order. */
export interface LaneHeads {
  learning: QueueSlot[];
  soon: QueueSlot[];
  reviews: QueueSlot[];
  fresh: QueueSlot[];
  /** The interview plan's new cards, which come before the other new cards. */
  planned?: QueueSlot[];
}

/** Where the lanes are cut at an instant. */
export interface LaneBounds {
  now: number;
  /** Learning cards due up to here may be shown early. */
  soon: number;
  dayEnd: number;
}

/** How many more reviews and new cards today's limits allow (shared by every deck). */
export interface DayRoom {
  reviews: number;
  newCards: number;
  /** How many of the interview plan's new cards may still be started today (within `newCards`); none without a plan. */
  plan?: number;
}

/** What a scope has to study now: the counts Home, the deck rows, "Study all" and the study header show. */
export interface StudyCounts {
  learning: number;
  reviews: number;
  newCards: number;
  /** When the next card becomes due if none is now; null when one is, or none is left at all. */
  nextDue: number | null;
  /** Of `newCards`, the interview plan's (they come first); set only with a plan. */
  plannedNew?: number;
}

/**
 * The interview plan's new cards at an instant: the chosen roles' cards not yet seen, read apart
 * from the index (through the cards' tag index), started before other new cards and up to
 * `room` today (see app/interview-guide.ts).
 */
export interface PlanLane {
  room: number;
  /** The plan's cards still new, as queue slots, in queue order. */
  slots: readonly QueueSlot[];
  /** Their card ids. */
  ids: ReadonlySet<string>;
}

/** The plan's new cards within some sources (deck ids, or null for every deck), in queue order. */
export function planSlotsIn(plan: PlanLane, sources: readonly (string | null)[]): QueueSlot[] {
  if (sources.includes(null)) return [...plan.slots];
  const decks = new Set(sources);
  return plan.slots.filter((slot) => decks.has(slot.deckId));
}

export const EMPTY_TALLY: LaneTally = {
  learningDue: 0,
  learningSoon: 0,
  reviewsDue: 0,
  fresh: 0,
  nextLearning: null,
  nextReview: null,
};

export function laneBounds(now: number, dayEnd: number): LaneBounds {
  return { now, soon: now + LEARN_AHEAD_MS, dayEnd };
}

/** The room left today under the shared daily limits. */
export function roomLeft(
  settings: Pick<SchedulerSettings, 'newPerDay' | 'maxReviewsPerDay'>,
  done: DoneToday,
): DayRoom {
  return {
    reviews: Math.max(0, settings.maxReviewsPerDay - done.reviews),
    newCards: Math.max(0, settings.newPerDay - done.newCards),
  };
}

const earliest = (a: number | null, b: number | null) => (a === null ? b : b === null ? a : Math.min(a, b));

/** Two sources' tallies as one (a deck with its subdecks). */
export function addTallies(a: LaneTally, b: LaneTally): LaneTally {
  return {
    learningDue: a.learningDue + b.learningDue,
    learningSoon: a.learningSoon + b.learningSoon,
    reviewsDue: a.reviewsDue + b.reviewsDue,
    fresh: a.fresh + b.fresh,
    ...(a.planFresh || b.planFresh ? { planFresh: (a.planFresh ?? 0) + (b.planFresh ?? 0) } : {}),
    nextLearning: earliest(a.nextLearning, b.nextLearning),
    nextReview: earliest(a.nextReview, b.nextReview),
  };
}

/** The one count of what there is to study; every screen shows these numbers. */
export function countStudy(tally: LaneTally, room: DayRoom, dayEnd: number): StudyCounts {
  const reviews = Math.min(tally.reviewsDue, room.reviews);
  // The plan's new cards first, up to the plan's room; then the others, within the shared room.
  const planFresh = tally.planFresh ?? 0;
  const plannedNew = Math.min(planFresh, room.plan ?? 0, room.newCards);
  const newCards = plannedNew + Math.min(tally.fresh, room.newCards - plannedNew);
  const planned = room.plan === undefined ? {} : { plannedNew };
  if (tally.learningDue + reviews + newCards > 0)
    return { learning: tally.learningDue, reviews, newCards, nextDue: null, ...planned };
  if (tally.learningSoon > 0) return { learning: tally.learningSoon, reviews: 0, newCards: 0, nextDue: null };
  // Cards held back by a daily limit come back when the next study day starts.
  const held = tally.reviewsDue > reviews || tally.fresh + planFresh > newCards ? dayEnd : null;
  return {
    learning: 0,
    reviews: 0,
    newCards: 0,
    nextDue: earliest(earliest(tally.nextReview, held), tally.nextLearning),
  };
}

/**
 * Whether a source has nothing to study now within the room (caps are the room + 1): only then
 * can the scope's learn-ahead cards and next due time matter, so only then are they read.
 */
export function isSourceIdle(
  tally: Pick<LaneTally, 'learningDue' | 'reviewsDue' | 'fresh'>,
  caps: { reviews: number; newCards: number },
): boolean {
  return (
    tally.learningDue + Math.min(tally.reviewsDue, caps.reviews - 1) + Math.min(tally.fresh, caps.newCards - 1) === 0
  );
}

/** The total of a count. */
export const countTotal = (counts: Pick<StudyCounts, 'learning' | 'reviews' | 'newCards'>) =>
  counts.learning + counts.reviews + counts.newCards;

function merged(lists: QueueSlot[][], limit: number): QueueSlot[] {
  return lists.flat().sort(compareSlots).slice(0, Math.max(0, limit));
}

/**
 * The first `size` cards to study, in queue order, from the heads of every source of a scope
 * (each read at least `size` deep): learning due now, then reviews, then new cards, each within
 * the counts; or the learning cards due soon when nothing else is left.
 */
export function pickNext(heads: LaneHeads[], counts: StudyCounts, size: number): QueueSlot[] {
  const learning = merged(
    heads.map((h) => h.learning),
    counts.learning,
  );
  if (learning.length === 0 && counts.reviews + counts.newCards === 0 && counts.learning > 0)
    return merged(
      heads.map((h) => h.soon),
      Math.min(size, counts.learning),
    );
  return [
    ...learning,
    ...merged(
      heads.map((h) => h.reviews),
      counts.reviews,
    ),
    ...merged(
      heads.map((h) => h.planned ?? []),
      counts.plannedNew ?? 0,
    ),
    ...merged(
      heads.map((h) => h.fresh),
      counts.newCards - (counts.plannedNew ?? 0),
    ),
  ].slice(0, size);
}
