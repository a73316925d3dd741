/**
 * The end of a study session, as data: what was answered in it (kept by the session, taken back
 * by undo), the recap the end screen shows (cards studied, how many were Again, time spent), the
 * cards to review again (those graded Again) and the next deck with work. Pure: times are given.
 */
import { Grade } from './model';

/** One answer given in this session. */
export interface SessionAnswer {
  /** The review's id in the log, so an undo takes back exactly this answer. */
  reviewId: number;
  cardId: string;
  deckId: string;
  grade: Grade;
  /** When the card came on screen, and when it was graded. */
  shownAt: number;
  at: number;
}

export interface SessionRecap {
  /** Different cards answered (a card answered twice, Again then Good, counts once). */
  cards: number;
  /** Answers given (a card seen again after Again counts each time). */
  answers: number;
  /** Different cards graded Again at least once. */
  again: number;
  /** The cards graded Again, in the order they were first missed. */
  missed: string[];
  /** Time spent on the cards: each answer's time from the card showing to its grade, capped. */
  timeMs: number;
}

/**
 * An answer counts at most this long: a card left on screen while the candidate was away
 * (a call, a meeting) would otherwise count hours. Long enough to think through a spoken answer.
 */
export const MAX_ANSWER_MS = 3 * 60_000;

/** The time one answer took, as the recap counts it. */
export function answerTime(answer: Pick<SessionAnswer, 'shownAt' | 'at'>): number {
  return Math.min(MAX_ANSWER_MS, Math.max(0, answer.at - answer.shownAt));
}

/** The session's answers with the one of review `reviewId` taken back (an undo). */
export function withoutAnswer(answers: readonly SessionAnswer[], reviewId: number): SessionAnswer[] {
  return answers.filter((a) => a.reviewId !== reviewId);
}

/** The recap of a session's answers. */
export function recapSession(answers: readonly SessionAnswer[]): SessionRecap {
  const cards = new Set<string>();
  const missed: string[] = [];
  let timeMs = 0;
  for (const answer of answers) {
    cards.add(answer.cardId);
    if (answer.grade === Grade.Again && !missed.includes(answer.cardId)) missed.push(answer.cardId);
    timeMs += answerTime(answer);
  }
  return { cards: cards.size, answers: answers.length, again: missed.length, missed, timeMs };
}

/** "45 s", "3 min", "1 h 05 min": the recap's time, rounded to what a person would say. */
export function formatSpent(ms: number): string {
  const seconds = Math.round(ms / 1000);
  if (seconds < 60) return `${seconds} s`;
  const minutes = Math.round(seconds / 60);
  if (minutes < 60) return `${minutes} min`;
  return `${Math.floor(minutes / 60)} h ${String(minutes % 60).padStart(2, '0')} min`;
}

/** A deck row as the end screen weighs it: its name and what it has to study now. */
export interface DeckWork {
  id: string;
  name: string;
  work: number;
}

/**
 * The deck to continue with: the first deck with work after the one just studied, in the list's
 * order (wrapping round), leaving out that deck and its subdecks (they were in the session).
 * A session of every deck, or a list (missed cards, a drill), continues from the top.
 */
export function nextDeckWithWork(rows: readonly DeckWork[], studied: { id: string; name: string } | null) {
  const start = studied ? rows.findIndex((row) => row.id === studied.id) + 1 : 0;
  const inStudied = (row: DeckWork) =>
    studied !== null && (row.id === studied.id || row.name.startsWith(`${studied.name}::`));
  for (let i = 0; i < rows.length; i++) {
    const row = rows[(start + i) % rows.length]!;
    if (row.work > 0 && !inStudied(row)) return row;
  }
  return null;
}
