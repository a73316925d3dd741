/**
 * One field of a card may hold at most 1 MB of text, wherever the card comes from (a CSV, an
 * Anki export, a JSON deck, a package, a backup). A card that large is never a flashcard: it
 * is a file pasted into a cell, or a quote never closed that swallowed the rest of a file, and
 * one such card froze the page for seconds each time it showed.
 */
import { formatBytes, formatCount } from './format-bytes';

/** Characters one field may hold: about 1 MB of text. */
export const MAX_FIELD_CHARS = 1_000_000;

/** The reason given for a field over the limit, in words a user can act on. */
export function describeOversizedField(length: number, quoted = false): string {
  return (
    `one field holds ${formatCount(length)} characters (${formatBytes(length)}); a field may hold at most ` +
    `${formatCount(MAX_FIELD_CHARS)} (${formatBytes(MAX_FIELD_CHARS)})` +
    (quoted ? '. Is a closing quote (") missing?' : '')
  );
}
