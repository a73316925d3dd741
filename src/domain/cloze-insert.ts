/**
 * The editor's Cloze button (Alt+Shift+C): wraps the selected text in the next cloze number,
 * `{{cN::…}}`, as Anki's does; with nothing selected it inserts an empty one for the user to fill.
 */
import { findClozeNumbers } from './anki-cloze';

export interface ClozeInsertion {
  text: string;
  /** Where the caret goes (inside the new cloze, after its answer). */
  caret: number;
}

/** Wraps `text[start, end)` in the next cloze number. */
export function insertCloze(text: string, start: number, end: number): ClozeInsertion {
  const from = Math.max(0, Math.min(start, end, text.length));
  const to = Math.min(text.length, Math.max(start, end));
  const next = Math.max(0, ...findClozeNumbers([text])) + 1;
  const open = `{{c${next}::`;
  const selected = text.slice(from, to);
  return {
    text: `${text.slice(0, from)}${open}${selected}}}${text.slice(to)}`,
    caret: from + open.length + selected.length,
  };
}
