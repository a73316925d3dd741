/**
 * The one error type that importers and the deck validator throw: it names the file,
 * where in it (a line, row, record or card), and why, so a user can fix the file.
 */
export class ImportError extends Error {
  override readonly name = 'ImportError';
  constructor(
    readonly file: string,
    /** e.g. "line 14", "card 3 (id \"q-1\")", "collection.anki21b" */
    readonly location: string | null,
    readonly reason: string,
  ) {
    super(`${file}${location ? `, ${location}` : ''}: ${reason}`);
  }
}

/** A problem that does not stop the import (a skipped row, a missing media file). */
export interface ImportWarning {
  location: string;
  message: string;
}
