/**
 * A study session as data: the card on screen, whether its answer shows, the outcomes each
 * grade would have, and what is left. Pure: the queue and the instant are parameters, so the
 * next-card and undo rules are tested without a database or a clock.
 */
import { deckFamily, visibleDecks } from './deck-summary';
import { CardState, type CardRecord, type DeckRecord, type ScheduleRecord } from './model';
import type { QueueEntry, StudyQueue } from './queue';
import type { GradePreview } from './scheduler';

/** 'all' studies every deck's due cards together; otherwise a deck id (with its subdecks). */
export type StudyScope = string;
export const ALL_DECKS: StudyScope = 'all';

export interface StudySession {
  scope: StudyScope;
  current: QueueEntry | null;
  revealed: boolean;
  /** Outcomes of each grade, computed when the answer was revealed; grading applies exactly these. */
  preview: GradePreview | null;
  previewAt: number;
  /** When the current card came on screen (the recap counts the time from here to its grade). */
  shownAt: number;
  remaining: number;
  nextDue: number | null;
  /** Cards graded in this session. */
  graded: number;
}

/** The session showing the head of `queue`, unrevealed. */
export function sessionAt(scope: StudyScope, queue: StudyQueue, graded: number, at: number): StudySession {
  return {
    scope,
    current: queue.entries[0] ?? null,
    revealed: false,
    preview: null,
    previewAt: at,
    shownAt: at,
    remaining: queue.learning + queue.reviews + queue.newCards,
    nextDue: queue.nextDue,
    graded,
  };
}

/** An empty session whose next card has fallen due: time to build the queue again. */
export function isWaitingPastDue(session: StudySession | null, at: number): boolean {
  return !!session && !session.current && session.nextDue !== null && session.nextDue <= at;
}

/** The queue kind a card had before a grade, from the schedule it had then. */
export function kindBefore(before: ScheduleRecord | null): QueueEntry['kind'] {
  if (!before || before.state === CardState.New) return 'new';
  return before.state === CardState.Review ? 'review' : 'learning';
}

/**
 * The session after an undo: the undone card is on screen again at once, unrevealed, whatever
 * the queue order, and counted in what is left if the queue did not already hold it (`queued`:
 * by default, whether `queue.entries` holds it; a queue read from the indexes holds only its head).
 */
export function sessionAfterUndo(
  scope: StudyScope,
  queue: StudyQueue,
  graded: number,
  card: CardRecord,
  before: ScheduleRecord | null,
  at: number,
  queued = queue.entries.some((e) => e.card.id === card.id),
): StudySession {
  const base = sessionAt(scope, queue, Math.max(0, graded - 1), at);
  return {
    ...base,
    current: { card, schedule: before, kind: kindBefore(before) },
    remaining: base.remaining + (queued ? 0 : 1),
    nextDue: null,
  };
}

/** A drill: a session over a given list of cards (a role's weakest), named "drill:<name>". */
export const DRILL_PREFIX = 'drill:';

/** The scope of a drill named `name` (a role id, or 'all'). */
export function drillScope(name: string): StudyScope {
  return `${DRILL_PREFIX}${name}`;
}

/** The queue of a session over a given list: the cards not yet graded, in the list's order, whatever their due dates. */
export function listQueue(entries: readonly QueueEntry[]): StudyQueue {
  return {
    entries: [...entries],
    learning: entries.filter((e) => e.kind === 'learning').length,
    reviews: entries.filter((e) => e.kind === 'review').length,
    newCards: entries.filter((e) => e.kind === 'new').length,
    nextDue: null,
  };
}

/**
 * The queue sources a scope reads: null (the lane index over every deck) for all decks, or a
 * deck and its visible subdecks; none for a deck that is gone.
 */
export function scopeSources(scope: StudyScope, decks: readonly DeckRecord[]): (string | null)[] {
  if (scope === ALL_DECKS) return [null];
  const deck = decks.find((d) => d.id === scope);
  return deck ? [...deckFamily(deck, visibleDecks(decks))] : [];
}
