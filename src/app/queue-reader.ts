/**
 * The study queue of a scope, read from the queue-slot indexes: the request for a scope at an
 * instant (bounds of the day, caps at the day's room), the pick of the next cards (pure rules in
 * domain/queue-window.ts) and the StudyQueue the session shows. Shared by the session's reads
 * and by the reads inside a grade's or an undo's transaction.
 */
import type { StudyQueue } from '../domain/queue';
import { kindOfLane, type QueueSlot } from '../domain/queue-slot';
import {
  addTallies,
  countStudy,
  EMPTY_TALLY,
  laneBounds,
  pickNext,
  planSlotsIn,
  type DayRoom,
  type PlanLane,
  type StudyCounts,
} from '../domain/queue-window';
import type { LoadedEntry, SlotSource, SourceWindow, WindowRequest } from '../storage/queue-read';
import type { NextWindow } from '../storage/review-writes';

/** Cards read ahead of the one on screen: the next card is in hand when a grade commits. */
export const AHEAD = 3;

/** The instant a queue is read at, with its day's end and the room the daily limits leave. */
export interface QueueMoment {
  at: number;
  dayEnd: number;
  room: DayRoom;
  /** The interview plan's new cards, counted and picked apart from the index (none without a plan). */
  plan?: PlanLane | null;
}

/** The window request for some sources at a moment; `ahead` slots of each lane are read. */
export function windowRequest(sources: readonly SlotSource[], moment: QueueMoment, ahead: number): WindowRequest {
  return {
    sources,
    bounds: laneBounds(moment.at, moment.dayEnd),
    // One more than the room: enough to know that a limit holds cards back until tomorrow.
    caps: { reviews: moment.room.reviews + 1, newCards: moment.room.newCards + 1 },
    ahead,
    ...(moment.plan ? { exclude: moment.plan.ids } : {}),
  };
}

/** A source's tally with the plan's new cards in it counted apart. */
export function withPlan(window: SourceWindow, plan: PlanLane | null | undefined): SourceWindow['tally'] {
  return plan ? { ...window.tally, planFresh: planSlotsIn(plan, [window.source]).length } : window.tally;
}

/** The counts of a scope from its sources' windows. */
export function scopeCounts(windows: readonly SourceWindow[], moment: QueueMoment): StudyCounts {
  const tally = windows.reduce((sum, w) => addTallies(sum, withPlan(w, moment.plan)), EMPTY_TALLY);
  return countStudy(tally, moment.room, moment.dayEnd);
}

/** Reads the scope's counts and its next `AHEAD` cards; with `watch`, also whether that card is queued at all. */
export function nextWindow(
  sources: readonly SlotSource[],
  moment: QueueMoment,
  watch?: { cardId: string; depth: number },
): NextWindow<{ counts: StudyCounts; queued: boolean }> {
  return {
    request: windowRequest(sources, moment, watch ? Math.max(AHEAD, watch.depth) : AHEAD),
    choose: (windows) => {
      const counts = scopeCounts(windows, moment);
      const heads = windows.map((w) => w.heads);
      if (moment.plan)
        heads.push({ learning: [], soon: [], reviews: [], fresh: [], planned: planSlotsIn(moment.plan, sources) });
      const next: QueueSlot[] = pickNext(heads, counts, watch ? Math.max(AHEAD, watch.depth) : AHEAD);
      const queued = watch ? next.some((slot) => slot.cardId === watch.cardId) : false;
      return { slots: next.slice(0, AHEAD), result: { counts, queued } };
    },
  };
}

/** The session's queue: the cards read ahead, and the counts of the whole scope. */
export function toStudyQueue(entries: readonly LoadedEntry[], counts: StudyCounts): StudyQueue {
  return {
    entries: entries.map(({ slot, card, schedule }) => ({ card, schedule, kind: kindOfLane(slot.lane!) })),
    learning: counts.learning,
    reviews: counts.reviews,
    newCards: counts.newCards,
    nextDue: counts.nextDue,
  };
}
