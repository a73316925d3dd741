/** What the backup worker does with each message; apart from the worker global so tests can drive it. */
import { serializeError } from '../import/worker-job';
import { openBackupFolder, type BackupFolder } from '../storage/backup-folder';
import { openAppDb } from '../storage/db';
import { runBackupJob } from './backup-job';
import type { BackupRequest, BackupResponse } from './backup-messages';

/** Opens the page's database from the worker; never creates one (the page's may have just been deleted). */
export function openExistingDb(dbName: string) {
  return openAppDb(dbName, { mustExist: true }).catch(() => {
    throw new Error('The app’s database is gone, so there is nothing to back up.');
  });
}

/** Returns the function that handles one incoming message, posting progress and the result through `post`. */
export function createBackupHandler(
  post: (message: BackupResponse) => void,
  openFolder: () => Promise<BackupFolder | null> = openBackupFolder,
): (request: BackupRequest) => Promise<void> {
  let cancelled = false;
  return async (request) => {
    if (request.type === 'cancel') {
      cancelled = true;
      return;
    }
    try {
      const result = await runBackupJob(
        { kind: request.kind, now: request.now, withoutRecordings: request.withoutRecordings === true },
        { openDb: () => openExistingDb(request.dbName), folder: await openFolder() },
        { onProgress: (done, total) => post({ type: 'progress', done, total }), isCancelled: () => cancelled },
      );
      post({ type: 'result', result });
    } catch (error) {
      if (error instanceof Error && error.name === 'AbortError') post({ type: 'cancelled' });
      else post({ type: 'error', error: serializeError(error) });
    }
  };
}
