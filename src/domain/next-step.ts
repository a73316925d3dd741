/**
 * The one thing Home suggests doing next: today's cards while there are any, then a short
 * rehearsal of interview questions, then "all done" with when the next card comes.
 */

/** Questions a day's rehearsal suggests. */
export const REHEARSE_PER_DAY = 3;

export interface NextStepInput {
  /** The stored data is loaded. */
  ready: boolean;
  /** Decks the user can study (visible ones). */
  decks: number;
  /** Cards "Study all" would show now (the daily limits applied). */
  dueNow: number;
  /** Answers given in the app today. */
  gradedToday: number;
  /** When the next card is due if none is now; null when no card is left at all. */
  nextDue: number | null;
  /** When the current study day ends. */
  dayEnd: number;
  /** Interview questions there are to rehearse (cards of interview decks). */
  interviewQuestions: number;
  /** A rehearsal was started today already. */
  rehearsedToday: boolean;
}

export type NextStep =
  | { kind: 'loading' }
  | { kind: 'import' }
  | { kind: 'study'; cards: number; started: boolean }
  | { kind: 'rehearse'; questions: number }
  /** `later`: the next card is due after today (null: none is left at all). */
  | { kind: 'done'; nextDue: number | null; later: boolean };

/** What to do next. */
export function chooseNextStep(input: NextStepInput): NextStep {
  if (!input.ready) return { kind: 'loading' };
  if (input.decks === 0) return { kind: 'import' };
  if (input.dueNow > 0) return { kind: 'study', cards: input.dueNow, started: input.gradedToday > 0 };
  if (input.interviewQuestions > 0 && !input.rehearsedToday)
    return { kind: 'rehearse', questions: Math.min(input.interviewQuestions, REHEARSE_PER_DAY) };
  return {
    kind: 'done',
    nextDue: input.nextDue,
    later: input.nextDue === null || input.nextDue >= input.dayEnd,
  };
}
