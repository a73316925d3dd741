/**
 * The automatic backups, page side: the list Your data shows, and the moments a backup is made
 * (the end of the day's first study session, just before an import or a restore, and "Back up
 * everything"). Each backup runs in the backup worker (backup-worker.ts); where there is no
 * Worker (tests) it runs here, on the same database.
 */
import { batch, signal } from '@preact/signals';
import { backupInfosOf, isDailyBackupDue, type AutoBackupInfo, type AutoBackupKind } from '../domain/auto-backups';
import { runWorkerJob, type RunningJob, type WorkerLike } from '../import/worker-job';
import type { BackupFolder } from '../storage/backup-folder';
import { openBackupFolderLater } from './lazy-backup-folder';
import type { AppDb } from '../storage/db';
import type { AppState } from './app-state';
import type { BackupJobRequest, BackupJobResult } from './backup-job';
import type { BackupRequest, BackupResponse } from './backup-messages';
import type { Clock } from './clock';
import { describeStorageFailure } from './storage-health';

export type BackupRunner = (
  request: BackupJobRequest,
  onProgress: (fraction: number | null) => void,
) => RunningJob<BackupJobResult>;

export interface AutoBackupDeps {
  db: AppDb;
  clock: Clock;
  state: Pick<AppState, 'dayStart' | 'gradedToday'>;
  /** Default: the browser's private file system. */
  openFolder?: () => Promise<BackupFolder | null>;
  /** Default: the backup worker, or this thread where there is no Worker. */
  runBackup?: BackupRunner;
}

export type AutoBackups = ReturnType<typeof createAutoBackups>;

function workerRunner(dbName: string, openFolder: () => Promise<BackupFolder | null>): BackupRunner {
  return (request, onProgress) => {
    if (typeof Worker !== 'undefined') {
      const worker = new Worker(new URL('./backup-worker.ts', import.meta.url), { type: 'module' });
      return runWorkerJob<BackupRequest, { done: number; total: number }, { result: BackupJobResult }, BackupJobResult>(
        worker as unknown as WorkerLike<BackupRequest, BackupResponse>,
        { type: 'backup', dbName, ...request },
        {
          label: 'backup worker',
          onProgress: ({ done, total }) => onProgress(total > 0 ? done / total : null),
          result: ({ result }) => result,
        },
      );
    }
    let cancelled = false;
    return {
      // Where there is no Worker (tests); loaded when used, so the backup writer stays out of the first paint.
      promise: Promise.all([openFolder(), import('./backup-job'), import('./backup-handler')]).then(
        ([folder, { runBackupJob }, { openExistingDb }]) =>
          runBackupJob(
            request,
            { openDb: () => openExistingDb(dbName), folder },
            { onProgress: (done, total) => onProgress(done / total), isCancelled: () => cancelled },
          ),
      ),
      cancel: () => (cancelled = true),
    };
  };
}

/** Builds the automatic backups over the app's database. */
export function createAutoBackups({ db, clock, state, openFolder = openBackupFolderLater, runBackup }: AutoBackupDeps) {
  const run = runBackup ?? workerRunner(db.name, openFolder);
  /** The backups in the folder, newest first; null until read, or where the browser has no folder. */
  const list = signal<AutoBackupInfo[] | null>(null);
  /** Whether this browser keeps automatic backups at all (null: not known yet). */
  const available = signal<boolean | null>(null);
  /** The backup being made, with its progress. */
  const running = signal<{ kind: AutoBackupKind; fraction: number | null } | null>(null);
  /** Why the last automatic backup failed, in plain words; null once one succeeds. */
  const failure = signal<string | null>(null);
  let folder: Promise<BackupFolder | null> | null = null;
  let dailyStarted = false;
  let current: Promise<BackupJobResult | null> = Promise.resolve(null);

  const theFolder = () => (folder ??= openFolder().catch(() => null));

  async function refresh(): Promise<AutoBackupInfo[]> {
    const found = await theFolder();
    if (!found) {
      batch(() => {
        available.value = false;
        list.value = null;
      });
      return [];
    }
    const files = await found.list().catch(() => []);
    const infos = backupInfosOf(files);
    batch(() => {
      available.value = true;
      list.value = infos;
    });
    return infos;
  }

  /** Makes a backup of `kind` now (one at a time); resolves with its result, or null when it failed (said in `failure`). */
  function make(kind: AutoBackupKind, options: { withoutRecordings?: boolean } = {}): Promise<BackupJobResult | null> {
    current = current.then(async () => {
      running.value = { kind, fraction: null };
      try {
        const request = { kind, now: clock.now(), ...options };
        const job = run(request, (fraction) => (running.value = { kind, fraction }));
        const result = await job.promise;
        failure.value = null;
        return result;
      } catch (error) {
        failure.value = `The ${kind === 'daily' ? 'daily' : 'automatic'} backup was not saved: ${describeStorageFailure(error)}`;
        return null;
      } finally {
        running.value = null;
        await refresh();
      }
    });
    return current;
  }

  return {
    list,
    available,
    running,
    failure,
    refresh,
    make,

    /** After a study session: the day's backup, if there were grades today and it has not been made yet. */
    async afterSession(): Promise<void> {
      if (state.gradedToday.value === 0 || dailyStarted) return;
      dailyStarted = true;
      try {
        const infos = list.value ?? (await refresh());
        if (available.value && isDailyBackupDue(infos, state.dayStart.value)) await make('daily');
      } finally {
        dailyStarted = false;
      }
    },

    /** Just before an import or a restore replaces data: a backup of what is here now. */
    async beforeChange(kind: 'import' | 'restore'): Promise<BackupJobResult | null> {
      if (!(await theFolder())) return null;
      return make(kind);
    },

    /** The file of a backup in the folder. */
    async open(name: string): Promise<File> {
      const found = await theFolder();
      if (!found) throw new Error('This browser keeps no automatic backups.');
      return found.open(name);
    },
  };
}
