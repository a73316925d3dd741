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
}

export interface DeckFile {
  /** Lower-case letters, digits and dashes; stable forever: progress is kept by it. */
  id: string;
  name: string;
  description?: string;
  /** "text" (default): shown as plain text. "html": sanitized HTML. */
  format?: 'text' | 'html';
  cards: DeckFileCard[];
}
