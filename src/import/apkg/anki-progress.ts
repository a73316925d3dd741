/**
 * Turns Anki's scheduling columns and revlog rows into the inputs of
 * scheduleFromAnkiHistory (domain/scheduler.ts): which entries are grades, which reset the
 * card, and when Anki would show the card next.
 */
import { CardState, type Grade } from '../../domain/model';
import type { AnkiCardSnapshot, AnkiHistoryEvent } from '../../domain/scheduler';

/** One revlog row (rslib/src/revlog/mod.rs). */
export interface RevlogRow {
  /** Review time, epoch ms. */
  id: number;
  ease: number;
  ivl: number;
  factor: number;
  /** 0 learn, 1 review, 2 relearn, 3 filtered/cram, 4 manual, 5 rescheduled. */
  type: number;
}

/** The scheduling columns of one cards row. */
export interface CardRow {
  type: number;
  queue: number;
  due: number;
  ivl: number;
  factor: number;
  reps: number;
  lapses: number;
  odid: number;
  odue: number;
  data: string;
}

const DAY_SECONDS = 86_400;

/**
 * The grades and resets in a card's revlog, oldest first. Manual rescheduling (ease 0) moves
 * only the due date and is skipped, except "Forget" (manual, factor 0), which starts the
 * memory over; filtered-deck reviews that did not reschedule (factor 0) are skipped, as
 * Anki's own FSRS does.
 */
export function historyFromRevlog(rows: readonly RevlogRow[], schedVer: number): AnkiHistoryEvent[] {
  const events: AnkiHistoryEvent[] = [];
  const sorted = [...rows].sort((a, b) => a.id - b.id);
  for (const row of sorted) {
    if (!(row.id > 0)) continue;
    if (row.ease === 0 || row.type === 4 || row.type === 5) {
      if (row.type === 4 && row.factor === 0 && row.ivl === 0) events.push({ at: row.id, reset: true });
      continue;
    }
    if (row.ease < 1 || row.ease > 4) continue;
    if (row.type === 3 && row.factor === 0) continue;
    let ease = row.ease;
    // The v1 scheduler showed learning cards three buttons: Again, Good, Easy.
    if (schedVer < 2 && (row.type === 0 || row.type === 2) && ease >= 2) ease = Math.min(4, ease + 1);
    events.push({ at: row.id, grade: ease as Grade });
  }
  return events;
}

const STATES: Record<number, CardState> = {
  0: CardState.New,
  1: CardState.Learning,
  2: CardState.Review,
  3: CardState.Relearning,
};

function readMemory(data: string): AnkiCardSnapshot['memory'] {
  if (!data || data[0] !== '{') return null;
  try {
    const parsed = JSON.parse(data) as { s?: unknown; d?: unknown };
    if (
      typeof parsed.s === 'number' &&
      typeof parsed.d === 'number' &&
      parsed.s > 0 &&
      parsed.d >= 1 &&
      parsed.d <= 10
    ) {
      return { stability: parsed.s, difficulty: parsed.d };
    }
  } catch {
    // Add-ons write all sorts of things here; no memory state then.
  }
  return null;
}

/** Anki's view of the card now: state, due instant (ms), interval, ease and FSRS memory if any. */
export function snapshotFromCard(card: CardRow, crt: number): AnkiCardSnapshot {
  const state = STATES[card.type] ?? CardState.New;
  // In a filtered deck the home schedule sits in odue.
  const due = card.odid !== 0 && card.odue !== 0 ? card.odue : card.due;
  let dueMs: number | null = null;
  if (state !== CardState.New && due !== 0) {
    // Learning steps are stored as epoch seconds, day-based dues as days since crt; a
    // suspended or buried card keeps its due but not its queue, so tell them apart by size.
    dueMs = due > 1_000_000_000 ? due * 1000 : (crt + due * DAY_SECONDS) * 1000;
  }
  return {
    state,
    due: dueMs,
    intervalDays: Math.max(0, card.ivl),
    ease: card.factor > 0 ? card.factor / 1000 : 0,
    reps: Math.max(0, card.reps),
    lapses: Math.max(0, card.lapses),
    memory: readMemory(card.data),
  };
}
