import type { AnswerPoint } from './model';

/**
 * The JSON deck format (documented in decks/README.md): what the built-in decks are written in,
 * what a user writes to make a deck of their own, and what the app exports.
 */
export interface DeckFileCard {
  id: string;
  front: string;
  back: string;
  tags?: string[];
  notes?: string;
  /** Where the card comes from, e.g. the article section. */
  source?: string;
  /** An interview question's points of a strong answer (1 to 5, each one line with its key words). */
  points?: AnswerPoint[];
  /** A behavioural question ("Tell me about a time..."), answered with a STAR story. */
  behavioural?: boolean;
}

export interface DeckFile {
  /** Lower-case letters, digits and dashes; stable forever: progress is kept by it. */
  id: string;
  name: string;
  description?: string;
  /** "text" (default): shown as plain text. "html": sanitized HTML. */
  format?: 'text' | 'html';
  /** A deck of interview questions: rehearsal draws its questions from it. */
  interview?: boolean;
  cards: DeckFileCard[];
}
