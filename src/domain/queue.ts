/**
 * Builds the study queue from cards and their schedules: learning cards when due, then
 * reviews due today, then new cards up to the day's limit, each group in a stable order.
 * Pure: the instant, the study day's end and the counts already done today are parameters.
 */
import { isBuried } from './card-status';
import { CardState, type CardRecord, type ScheduleRecord, type SchedulerSettings } from './model';

/** Anki shows learning cards up to 20 minutes early when nothing else is left. */
export const LEARN_AHEAD_MS = 20 * 60_000;

export interface DoneToday {
  /** New cards introduced since the study day began. */
  newCards: number;
  /** Reviews of cards in the review state since the study day began. */
  reviews: number;
}

export interface QueueInput {
  cards: readonly CardRecord[];
  schedules: ReadonlyMap<string, ScheduleRecord>;
  now: number;
  /** When the current study day ends (the next one starts). */
  dayEnd: number;
  settings: Pick<SchedulerSettings, 'newPerDay' | 'maxReviewsPerDay'>;
  done: DoneToday;
  /** The interview plan's share of today's new cards, within the shared limit. */
  newCardCap?: NewCardCap | null;
}

/**
 * New cards carrying one of `tags` (the chosen roles' cards) may be started today up to `room`
 * more; they come before other new cards, so the plan's share is never crowded out. The shared
 * limit still caps all new cards together.
 */
export interface NewCardCap {
  tags: ReadonlySet<string>;
  room: number;
}

export interface QueueEntry {
  card: CardRecord;
  schedule: ScheduleRecord | null;
  kind: 'learning' | 'review' | 'new';
}

export interface StudyQueue {
  /** The cards to study, in order (from the indexes: only the first few; the counts say how many in all). */
  entries: QueueEntry[];
  learning: number;
  reviews: number;
  newCards: number;
  /** When the next card becomes due if the queue is empty now; null when there is none at all. */
  nextDue: number | null;
}

const isLearning = (s: ScheduleRecord) => s.state === CardState.Learning || s.state === CardState.Relearning;

function byDueThenOrder(a: QueueEntry, b: QueueEntry): number {
  return a.schedule!.due - b.schedule!.due || compareCards(a.card, b.card);
}

function compareCards(a: CardRecord, b: CardRecord): number {
  return a.deckId < b.deckId
    ? -1
    : a.deckId > b.deckId
      ? 1
      : a.order - b.order || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** The new cards the shared room allows: the capped ones first, up to their own room, then the others. */
function takeNewCards(fresh: readonly QueueEntry[], room: number, cap: NewCardCap | null): QueueEntry[] {
  if (!cap) return fresh.slice(0, room);
  const capped = (entry: QueueEntry) => entry.card.tags.some((tag) => cap.tags.has(tag));
  const planned = fresh.filter(capped).slice(0, Math.min(room, Math.max(0, cap.room)));
  const others = fresh.filter((entry) => !capped(entry)).slice(0, room - planned.length);
  return [...planned, ...others];
}

/** The cards to study now, in order, and when the next one is due if none is. */
export function buildStudyQueue(input: QueueInput): StudyQueue {
  const { cards, schedules, now, dayEnd, settings, done } = input;
  const learningDue: QueueEntry[] = [];
  const learningLater: QueueEntry[] = [];
  const reviewsDue: QueueEntry[] = [];
  const fresh: QueueEntry[] = [];
  let nextDue: number | null = null;
  const consider = (instant: number) => {
    nextDue = nextDue === null ? instant : Math.min(nextDue, instant);
  };

  for (const card of cards) {
    if (card.retired || card.suspended || isBuried(card, now)) continue;
    const schedule = schedules.get(card.id) ?? null;
    if (!schedule || schedule.state === CardState.New) {
      fresh.push({ card, schedule, kind: 'new' });
    } else if (isLearning(schedule)) {
      (schedule.due <= now ? learningDue : learningLater).push({ card, schedule, kind: 'learning' });
    } else if (schedule.due < dayEnd) {
      reviewsDue.push({ card, schedule, kind: 'review' });
    } else {
      consider(schedule.due);
    }
  }

  learningDue.sort(byDueThenOrder);
  learningLater.sort(byDueThenOrder);
  reviewsDue.sort(byDueThenOrder);
  fresh.sort((a, b) => compareCards(a.card, b.card));

  const reviewRoom = Math.max(0, settings.maxReviewsPerDay - done.reviews);
  const newRoom = Math.max(0, settings.newPerDay - done.newCards);
  const reviews = reviewsDue.slice(0, reviewRoom);
  const newCards = takeNewCards(fresh, newRoom, input.newCardCap ?? null);
  // Cards held back by a daily limit come back when the next study day starts.
  if (reviewsDue.length > reviews.length || fresh.length > newCards.length) consider(dayEnd);

  const entries = [...learningDue, ...reviews, ...newCards];
  const soon = learningLater.filter((e) => e.schedule!.due <= now + LEARN_AHEAD_MS);
  if (entries.length === 0 && soon.length > 0) entries.push(...soon);
  for (const e of learningLater) if (!entries.includes(e)) consider(e.schedule!.due);

  return {
    entries,
    learning: entries.filter((e) => e.kind === 'learning').length,
    reviews: reviews.length,
    newCards: newCards.length,
    nextDue: entries.length > 0 ? null : nextDue,
  };
}
