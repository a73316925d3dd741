/**
 * Storage failures told honestly. A problem that stops the app (the database deleted or closed
 * under it, another tab's upgrade) is held here for the shell to show with what can be done;
 * a failed write is described in plain words where it happened. Nothing here ever says the
 * progress is saved: after a storage error it may not be.
 */
import { signal } from '@preact/signals';
import { classifyStorageError, describeStorageKind } from '../domain/storage-errors';

export type StorageProblemKind = 'removed' | 'closed' | 'updated' | 'blocked' | 'start-failed';

export interface StorageProblem {
  kind: StorageProblemKind;
  message: string;
  /** The latest automatic backup can put the data back (the database is gone or may be). */
  offerBackup: boolean;
}

const MESSAGES: Record<Exclude<StorageProblemKind, 'start-failed'>, string> = {
  removed:
    'The browser removed PrepDeck’s data on this device: its database was deleted (to free space, after a storage error, or because the site’s data was cleared). Nothing you do now can be kept until it is restored.',
  closed:
    'The browser closed PrepDeck’s database unexpectedly. That happens after a storage error, often when the device is out of space, and the browser may then remove the app’s data. Reload to go on; if your decks or progress are missing after that, restore the latest automatic backup.',
  updated: 'PrepDeck was updated in another tab. Reload this tab to go on.',
  blocked: 'PrepDeck is open in another tab with an older version. Close that tab (or reload it) to go on.',
};

/** The problem stopping the app now, if any. */
export const storageProblem = signal<StorageProblem | null>(null);

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** A failure's reason in plain words: out of space, a disk error, the database closed, or the error's own message. */
export function describeStorageFailure(error: unknown): string {
  return describeStorageKind(classifyStorageError(error), messageOf(error));
}

/** Records what happened to the database connection, for the shell to show. The first problem stays. */
export function reportDatabaseProblem(kind: Exclude<StorageProblemKind, 'start-failed'>): void {
  if (storageProblem.peek()?.kind === 'removed') return;
  storageProblem.value = { kind, message: MESSAGES[kind], offerBackup: kind === 'removed' || kind === 'closed' };
}

/** The app could not start: the database did not open (or something else failed on the way). */
export function reportStartFailure(error: unknown): void {
  const kind = classifyStorageError(error);
  storageProblem.value = {
    kind: 'start-failed',
    message: `PrepDeck could not start: ${describeStorageFailure(error)}`,
    offerBackup: kind !== 'other',
  };
}
