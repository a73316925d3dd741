/**
 * What a storage failure means, in words a user can act on. The browser reports a full disk, a
 * disk error or a database that went away with a handful of error names and messages (a
 * QuotaExceededError; an UnknownError or "Failed to write blobs (IOError)"; an AbortError whose
 * cause is one of those; an InvalidStateError once the connection is closed). Pure: the error is
 * read as plain fields.
 */

export type StorageFailureKind = 'quota' | 'io' | 'closed' | 'other';

interface ErrorLike {
  name?: unknown;
  message?: unknown;
  cause?: unknown;
}

const text = (value: unknown) => (typeof value === 'string' ? value : '');

/** Which kind of failure an error from IndexedDB (or the file system) is. */
export function classifyStorageError(error: unknown): StorageFailureKind {
  if (typeof error !== 'object' || error === null) return 'other';
  const { name, message, cause } = error as ErrorLike;
  const n = text(name);
  const m = text(message);
  if (n === 'QuotaExceededError' || /quota|disk full|full disk|no space/i.test(m)) return 'quota';
  if (cause !== undefined && cause !== error) {
    const inner = classifyStorageError(cause);
    if (inner !== 'other') return inner;
  }
  if (
    n === 'UnknownError' ||
    n === 'NotReadableError' ||
    /IOError|I\/O error|Internal error|Failed to write blobs/i.test(m)
  )
    return 'io';
  if (n === 'InvalidStateError' && /clos|connection/i.test(m)) return 'closed';
  return 'other';
}

/** The plain-words reason for a failure of `kind`; `fallback` is said for anything else. */
export function describeStorageKind(kind: StorageFailureKind, fallback: string): string {
  switch (kind) {
    case 'quota':
      return 'the device is out of space (the browser refused to store more). Free some space on the device, then try again.';
    case 'io':
      return 'the browser could not write to its storage (a disk error, which often means the device is nearly full). Free some space and reload the app; if your decks or progress are missing then, restore the latest automatic backup in Your data.';
    case 'closed':
      return 'the browser closed the app’s database (after a storage error, or because the site’s data was cleared). Reload the app; if your decks or progress are missing then, restore the latest automatic backup in Your data.';
    case 'other':
      return fallback;
  }
}
