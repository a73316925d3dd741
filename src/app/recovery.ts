/**
 * Getting the data back when the database is gone: the latest automatic backup, read in the
 * import worker and restored into a fresh database through a connection of its own (the app's
 * was closed when the database went). The page reloads afterwards.
 */
import { signal } from '@preact/signals';
import { backupInfosOf, type AutoBackupInfo } from '../domain/auto-backups';
import type { DeckFile } from '../domain/deck-file';
import type { BackupFolder } from '../storage/backup-folder';
import { openBackupFolderLater } from './lazy-backup-folder';
import { openAppDb } from '../storage/db';
import type { Clock } from './clock';
import { describeStorageFailure } from './storage-health';

export type RecoveryStep =
  | { name: 'idle' }
  | { name: 'reading'; fraction: number | null }
  | { name: 'writing' }
  | { name: 'done' }
  | { name: 'failed'; message: string };

export interface RecoveryDeps {
  dbName: string;
  clock: Clock;
  loadBuiltinDecks: () => Promise<DeckFile[]>;
  openFolder?: () => Promise<BackupFolder | null>;
}

export type Recovery = ReturnType<typeof createRecovery>;

/** Builds the recovery actions for the app's database name. */
export function createRecovery({ dbName, clock, loadBuiltinDecks, openFolder = openBackupFolderLater }: RecoveryDeps) {
  /** The newest complete automatic backup; undefined until looked for, null when there is none. */
  const latest = signal<AutoBackupInfo | null | undefined>(undefined);
  const step = signal<RecoveryStep>({ name: 'idle' });

  return {
    latest,
    step,

    /** Looks for the newest automatic backup. */
    async findLatest(): Promise<AutoBackupInfo | null> {
      const folder = await openFolder().catch(() => null);
      const files = folder ? await folder.list().catch(() => []) : [];
      latest.value = backupInfosOf(files)[0] ?? null;
      return latest.value;
    },

    /** Restores the newest automatic backup into the app's database (created afresh if it is gone). */
    async restoreLatest(): Promise<boolean> {
      const info = latest.value;
      const folder = await openFolder().catch(() => null);
      if (!info || !folder) return false;
      try {
        step.value = { name: 'reading', fraction: null };
        const file = await folder.open(info.name);
        const { runBackupRead } = await import('../import/run-import');
        const backup = await runBackupRead(info.name, file, {
          onProgress: (done, total) => (step.value = { name: 'reading', fraction: total > 0 ? done / total : null }),
        }).promise;
        step.value = { name: 'writing' };
        // Only a recovery needs the restore code: it stays out of the first paint.
        const { restoreEverything } = await import('./restore');
        const db = await openAppDb(dbName);
        try {
          await restoreEverything(db, backup, await loadBuiltinDecks(), clock.now());
        } finally {
          db.close();
        }
        step.value = { name: 'done' };
        return true;
      } catch (error) {
        step.value = { name: 'failed', message: `Nothing was restored: ${describeStorageFailure(error)}` };
        return false;
      }
    },
  };
}
