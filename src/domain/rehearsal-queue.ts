/**
 * Which questions a rehearsal asks: interview-question cards of the chosen role (or all), the
 * ones due for review first (soonest due first), then the least practised (fewest rehearsal
 * attempts, then the longest since the last one), ties in deck order, so the same data always
 * gives the same questions.
 */
import { CardState, type CardRecord, type ScheduleRecord } from './model';
import { rolesOfTags, type RoleId } from './roles';

export const DEFAULT_QUESTION_COUNT = 5;

export type RehearsalCard = Pick<
  CardRecord,
  'id' | 'deckId' | 'order' | 'tags' | 'retired' | 'suspended' | 'points' | 'behavioural'
>;

/** How often a question was rehearsed, and when last. */
export interface PracticeStats {
  count: number;
  lastAt: number;
}

export interface RehearsalQueueInput {
  cards: Iterable<RehearsalCard>;
  schedules: ReadonlyMap<string, ScheduleRecord>;
  /** Decks marked as interview questions (DeckRecord.interview). */
  interviewDeckIds: ReadonlySet<string>;
  /** Rehearsal attempts per card id (tallyPractice). */
  practice: ReadonlyMap<string, PracticeStats>;
  /** A role, or 'all'. */
  role: RoleId | 'all';
  count?: number;
  now: number;
  /** A review due before this instant counts as due (the study day's end); defaults to `now`. */
  dueBy?: number;
}

export interface RehearsalQuestion {
  card: RehearsalCard;
  schedule: ScheduleRecord | null;
  /** Due for review: rating the answer counts as that review. */
  due: boolean;
  attempts: number;
}

export interface RehearsalQueue {
  questions: RehearsalQuestion[];
  /** How many questions the role has in all (for "5 of 38"). */
  available: number;
}

/**
 * A rehearsal question: a card of a deck marked as interview questions, or one that lists the
 * points of a strong answer (an imported JSON deck may carry them without the deck mark).
 */
export function isRehearsalQuestion(card: RehearsalCard, interviewDeckIds: ReadonlySet<string>): boolean {
  if (card.retired || card.suspended) return false;
  return interviewDeckIds.has(card.deckId) || (card.points?.length ?? 0) > 0;
}

/** A question fits a role when tagged for it; a question tagged for no role fits every role. */
export function fitsRole(card: Pick<RehearsalCard, 'tags'>, role: RoleId | 'all'): boolean {
  if (role === 'all') return true;
  const roles = rolesOfTags(card.tags);
  return roles.length === 0 || roles.includes(role);
}

/** Attempts per card, from rehearsal attempt records in any order. */
export function tallyPractice(attempts: Iterable<{ cardId: string; at: number }>): Map<string, PracticeStats> {
  const stats = new Map<string, PracticeStats>();
  for (const { cardId, at } of attempts) {
    const seen = stats.get(cardId);
    stats.set(cardId, seen ? { count: seen.count + 1, lastAt: Math.max(seen.lastAt, at) } : { count: 1, lastAt: at });
  }
  return stats;
}

const deckOrder = (a: RehearsalCard, b: RehearsalCard) =>
  a.deckId < b.deckId ? -1 : a.deckId > b.deckId ? 1 : a.order - b.order || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** The questions for one rehearsal, in the order to ask them. */
export function pickRehearsalQuestions(input: RehearsalQueueInput): RehearsalQueue {
  const { schedules, interviewDeckIds, practice, role, now } = input;
  const dueBy = Math.max(input.dueBy ?? now, now);
  const count = Math.max(0, Math.floor(input.count ?? DEFAULT_QUESTION_COUNT));
  const due: RehearsalQuestion[] = [];
  const rest: Array<RehearsalQuestion & { lastAt: number }> = [];
  for (const card of input.cards) {
    if (!isRehearsalQuestion(card, interviewDeckIds) || !fitsRole(card, role)) continue;
    const schedule = schedules.get(card.id) ?? null;
    const stats = practice.get(card.id);
    const isDue = schedule !== null && schedule.state !== CardState.New && schedule.due <= dueBy;
    const question = { card, schedule, due: isDue, attempts: stats?.count ?? 0 };
    if (isDue) due.push(question);
    else rest.push({ ...question, lastAt: stats?.lastAt ?? -Infinity });
  }
  due.sort((a, b) => a.schedule!.due - b.schedule!.due || deckOrder(a.card, b.card));
  rest.sort((a, b) => a.attempts - b.attempts || a.lastAt - b.lastAt || deckOrder(a.card, b.card));
  const questions = [...due, ...rest.map(({ lastAt: _lastAt, ...q }) => q)].slice(0, count);
  return { questions, available: due.length + rest.length };
}
