/**
 * Custom study, as Anki's: a one-off session outside the day's queue and its limits. Four kinds:
 * one tag or role (its due cards, then its new ones, then the rest soonest first), review ahead
 * (review cards due within the next N days), the cards failed today (answered Again), and a
 * preview of new cards that schedules nothing. Pure: what was read from the indexes, the
 * instant and the day's bounds are parameters; the app reads, this picks and orders.
 */
import { compareSlots, Lane, type QueueSlot } from './queue-slot';
import { CardState, type CardRecord, type ReviewRecord, type ScheduleRecord } from './model';
import { roleOfTag, ROLES } from './roles';
import { studyDayNumber, studyDayNumberStart, type UtcOffset } from './study-day';

export type CustomStudyKind = 'tag' | 'ahead' | 'failed' | 'preview';

export interface CustomStudyRequest {
  kind: CustomStudyKind;
  /** A deck id (with its subdecks) or 'all'. */
  deckId: string;
  /** For 'tag': the tag (a role's tag studies that role). */
  tag: string;
  /** For 'ahead': how many days past today. */
  days: number;
  /** At most this many cards. */
  limit: number;
}

export const CUSTOM_STUDY_KINDS: readonly { id: CustomStudyKind; label: string; hint: string }[] = [
  {
    id: 'tag',
    label: 'Study one tag or role',
    hint: 'Its due cards first, then its new cards, then the rest soonest due. Grades count as normal reviews.',
  },
  {
    id: 'ahead',
    label: 'Review ahead',
    hint: 'Review cards due in the next days, before they are due. Grades count as normal reviews.',
  },
  {
    id: 'failed',
    label: 'Cards failed today',
    hint: 'Every card you answered Again today, once more. Grades count as normal reviews.',
  },
  {
    id: 'preview',
    label: 'Preview new cards',
    hint: 'See new cards and their answers without studying them: nothing is scheduled or logged.',
  },
];

export const MAX_AHEAD_DAYS = 365;
export const MAX_LIMIT = 9999;

export const DEFAULT_REQUEST: CustomStudyRequest = { kind: 'tag', deckId: 'all', tag: '', days: 1, limit: 50 };

/** A card to study with its schedule (null: new). */
export interface CustomEntry {
  card: CardRecord;
  schedule: ScheduleRecord | null;
}

/** What is wrong with a request, field by field (none: it can start). */
export function requestProblems(request: CustomStudyRequest): { field: 'tag' | 'days' | 'limit'; message: string }[] {
  const problems: { field: 'tag' | 'days' | 'limit'; message: string }[] = [];
  if (request.kind === 'tag' && request.tag.trim() === '')
    problems.push({ field: 'tag', message: 'Choose a tag or a role.' });
  if (
    request.kind === 'ahead' &&
    !(Number.isInteger(request.days) && request.days >= 1 && request.days <= MAX_AHEAD_DAYS)
  )
    problems.push({ field: 'days', message: `Days ahead: a whole number from 1 to ${MAX_AHEAD_DAYS}.` });
  if (!(Number.isInteger(request.limit) && request.limit >= 1 && request.limit <= MAX_LIMIT))
    problems.push({ field: 'limit', message: `At most: a whole number from 1 to ${MAX_LIMIT}.` });
  return problems;
}

/** The session's title: "Role: Product data analyst", "Review ahead 3 days", ... */
export function describeRequest(request: CustomStudyRequest): string {
  switch (request.kind) {
    case 'tag': {
      const role = roleOfTag(request.tag);
      return role ? `Role: ${ROLES.find((r) => r.id === role)!.label}` : `Tag: ${request.tag}`;
    }
    case 'ahead':
      return `Review ahead ${request.days} ${request.days === 1 ? 'day' : 'days'}`;
    case 'failed':
      return 'Cards failed today';
    case 'preview':
      return 'Preview new cards';
  }
}

/** Review ahead: cards due before the start of the study day `days` after today's. */
export function aheadBound(at: number, days: number, dayStartHour: number, offset: UtcOffset): number {
  return studyDayNumberStart(studyDayNumber(at, dayStartHour, offset) + 1 + days, dayStartHour, offset);
}

/**
 * A tag's cards in study order: due ones (learning due now, reviews due today) by due time,
 * then new ones in deck order, then the ones not due yet, soonest first (ties as the queue's index); suspended, buried and
 * retired cards (no lane) left out; at most `limit`.
 */
export function orderTagSlots(slots: readonly QueueSlot[], at: number, dayEnd: number, limit: number): QueueSlot[] {
  const rank = (slot: QueueSlot) =>
    slot.lane === Lane.New ? 1 : (slot.lane === Lane.Learning ? slot.due <= at : slot.due < dayEnd) ? 0 : 2;
  return slots
    .filter((slot) => slot.lane !== undefined)
    .map((slot) => ({ slot, rank: rank(slot) }))
    .sort((a, b) => a.rank - b.rank || compareSlots(a.slot, b.slot))
    .slice(0, limit)
    .map(({ slot }) => slot);
}

/** The cards answered Again in the app since `dayStart`, in the order first failed, each once. */
export function failedCardIds(reviews: readonly ReviewRecord[], dayStart: number): string[] {
  const ids = new Set<string>();
  for (const review of [...reviews].sort((a, b) => a.review - b.review)) {
    if (review.review >= dayStart && review.rating === 1 && review.origin !== 'anki') ids.add(review.cardId);
  }
  return [...ids];
}

/** Cards that may be studied: not suspended, buried or retired. */
export function isStudyable(card: CardRecord, at: number): boolean {
  return !card.retired && !card.suspended && !(card.buriedUntil !== undefined && card.buriedUntil > at);
}

/**
 * The queue after a grade: the graded card leaves; one still in (re)learning comes back after
 * the others, as a filtered deck's learning cards do, so a failed card is seen again.
 */
export function queueAfterGrade(queue: readonly CustomEntry[], graded: ScheduleRecord): CustomEntry[] {
  const [head, ...rest] = queue;
  if (!head) return [];
  const learning = graded.state === CardState.Learning || graded.state === CardState.Relearning;
  return learning ? [...rest, { card: head.card, schedule: graded }] : rest;
}
