/**
 * The Your data screen's state and actions: export a deck (Anki text, JSON), back up
 * everything, restore a backup (read in the import worker with progress and cancel, then
 * confirmed) or an automatic one (one tap: what is here is backed up first), delete an
 * imported deck. Each action leaves a message saying what it saved, restored or deleted.
 */
import { signal } from '@preact/signals';
import { KIND_LABELS, type AutoBackupInfo } from '../domain/auto-backups';
import type { Backup } from '../domain/backup-format';
import { backupFileName } from '../domain/backup-format';
import { measureBackup, type BackupSize } from '../domain/backup-size';
import {
  describeBackupSaved,
  describeDeleted,
  describeExported,
  describeRestored,
  describeStoriesExported,
} from '../domain/data-messages';
import { exportAnkiText } from '../domain/export-anki-text';
import { exportDeckJson } from '../domain/export-json';
import { exportRehearsalJson, rehearsalExportFileName } from '../domain/export-rehearsal';
import { loadBackupContents } from '../storage/backup';
import { deleteDeck } from '../storage/deck-delete';
import { loadDeckForExport } from '../storage/deck-export';
import { loadStoriesAndAttempts } from '../storage/rehearsal-data';
import type { Progress } from './import-flow';
import { pendingBackup } from './pending-files';
import { restoreEverything } from './restore';
import type { AppServices } from './services';
import { describeStorageFailure } from './storage-health';

export type { Backup } from '../domain/backup-format';

/** A file the screen hands to the browser to save, and what to say once it has. */
export interface SavedFile {
  name: string;
  data: Blob;
  message: string;
}

/** Making a backup: its size is shown before it is made (recordings may be left out). */
export type BackupStep = { name: 'idle' } | { name: 'measuring' } | { name: 'confirm'; size: BackupSize };

export type RestoreStep =
  | { name: 'idle' }
  | { name: 'reading'; progress: Progress }
  | { name: 'confirm'; backup: Backup }
  /** `label`: "Making a safety backup", then "Restoring". */
  | { name: 'writing'; label: string };

const isAbort = (error: unknown) => error instanceof Error && error.name === 'AbortError';

/** A name for an exported deck's file: "Parent - Child" with anything unsafe for a file name dropped. */
function exportBaseName(deckName: string): string {
  return (
    deckName
      .replace(/::/g, ' - ')
      .replace(/[^\p{L}\p{N} ._-]+/gu, '')
      .trim() || 'deck'
  );
}

export type DataFlow = ReturnType<typeof createDataFlow>;

/** Builds the Your data actions over the app's database and shared state. */
export function createDataFlow({
  db,
  clock,
  state,
  autoBackups,
  loadBuiltinDecks,
}: Pick<AppServices, 'db' | 'clock' | 'state' | 'autoBackups' | 'loadBuiltinDecks'>) {
  const restoreStep = signal<RestoreStep>({ name: 'idle' });
  const backupStep = signal<BackupStep>({ name: 'idle' });
  /** What the last action did ("Saved …", "Restored …"), or null. */
  const status = signal<string | null>(null);
  const error = signal<string | null>(null);
  let cancelReading: (() => void) | null = null;

  async function attempt<T>(action: () => Promise<T>): Promise<T | undefined> {
    error.value = null;
    try {
      return await action();
    } catch (cause) {
      error.value = describeStorageFailure(cause);
      return undefined;
    }
  }

  /** Reads a backup file in the import worker, with progress; undefined when it failed (said) or was cancelled. */
  async function readBackup(file: Blob, fileName: string): Promise<Backup | undefined> {
    status.value = null;
    error.value = null;
    const { runBackupRead } = await import('../import/run-import');
    restoreStep.value = { name: 'reading', progress: { label: 'Reading the backup', fraction: null } };
    const job = runBackupRead(fileName, file, {
      onProgress: (done, total) => {
        if (restoreStep.peek().name === 'reading')
          restoreStep.value = {
            name: 'reading',
            progress: { label: 'Reading the backup', fraction: total > 0 ? done / total : null },
          };
      },
    });
    cancelReading = job.cancel;
    try {
      return await job.promise;
    } catch (cause) {
      restoreStep.value = { name: 'idle' };
      if (!isAbort(cause)) error.value = describeStorageFailure(cause);
      return undefined;
    } finally {
      cancelReading = null;
    }
  }

  async function openBackup(file: Blob, fileName: string): Promise<void> {
    const backup = await readBackup(file, fileName);
    if (backup) restoreStep.value = { name: 'confirm', backup };
  }

  /** Backs up what is here, then replaces it with `backup`; says what happened, and where the data from before went. */
  async function restore(backup: Backup, from: string): Promise<void> {
    try {
      restoreStep.value = { name: 'writing', label: 'Making a safety backup of what is here now' };
      const safety = await autoBackups.beforeChange('restore');
      restoreStep.value = { name: 'writing', label: 'Restoring' };
      await restoreEverything(db, backup, await loadBuiltinDecks(), clock.now());
      await state.reload();
      const kept =
        safety?.outcome === 'saved' ? ' What was here before is kept in the automatic backup “Before a restore”.' : '';
      status.value = `${describeRestored(backup.counts)}${from}${kept}`;
    } catch (cause) {
      error.value = `Nothing was restored: ${describeStorageFailure(cause)}`;
    } finally {
      restoreStep.value = { name: 'idle' };
    }
  }

  return {
    restoreStep,
    backupStep,
    status,
    error,
    openBackup,

    /** Opens the backup the Import screen handed over, if there is one (the screen calls this when it shows). */
    takePendingBackup(): void {
      const file = pendingBackup.value;
      if (!file) return;
      pendingBackup.value = null;
      void openBackup(file, file.name);
    },

    cancelRestore(): void {
      cancelReading?.();
      restoreStep.value = { name: 'idle' };
    },

    /** Replaces everything with the backup (after the user confirmed), in one transaction. */
    async confirmRestore(): Promise<void> {
      const current = restoreStep.value;
      if (current.name !== 'confirm') return;
      await restore(current.backup, '');
    },

    /** Restores an automatic backup in one tap: what is here now is backed up first, so nothing is lost. */
    async restoreAutomatic(info: AutoBackupInfo): Promise<void> {
      let file: File;
      try {
        file = await autoBackups.open(info.name);
      } catch (cause) {
        error.value = `Nothing was restored: ${describeStorageFailure(cause)}`;
        return;
      }
      const backup = await readBackup(file, info.name);
      if (backup) await restore(backup, ` It came from the automatic backup “${KIND_LABELS[info.kind]}”.`);
    },

    /** Reads everything and says how big the backup will be; `saveBackup` then makes it. */
    async prepareBackup(): Promise<void> {
      status.value = null;
      backupStep.value = { name: 'measuring' };
      const contents = await attempt(() => loadBackupContents(db));
      backupStep.value = contents ? { name: 'confirm', size: measureBackup(contents) } : { name: 'idle' };
    },

    cancelBackup(): void {
      backupStep.value = { name: 'idle' };
    },

    /**
     * The whole app's data as one file, with or without the recordings: made in the backup
     * worker, kept as the latest "Back up everything" among the automatic backups, and handed
     * over to save.
     */
    saveBackup(includeRecordings = true): Promise<SavedFile | undefined> {
      backupStep.value = { name: 'idle' };
      return attempt(async () => {
        const result = await autoBackups.make('manual', { withoutRecordings: !includeRecordings });
        if (!result) throw new Error(autoBackups.failure.value ?? 'The backup could not be made.');
        const name = backupFileName(clock.now());
        if (result.outcome === 'blob')
          return { name, data: result.blob, message: describeBackupSaved(name, result.counts) };
        if (result.outcome !== 'saved') throw new Error('The backup could not be made.');
        const data = await autoBackups.open(result.backup.name);
        return { name, data, message: describeBackupSaved(name, result.counts) };
      });
    },

    /** One deck as Anki "Notes in Plain Text" or as the app's JSON format. */
    exportDeck(deckId: string, format: 'anki-text' | 'json'): Promise<SavedFile | undefined> {
      return attempt(async () => {
        const found = await loadDeckForExport(db, deckId);
        if (!found) throw new Error('That deck no longer exists.');
        const base = exportBaseName(found.deck.name);
        const file =
          format === 'json'
            ? { name: `${base}.json`, data: new Blob([exportDeckJson(found)], { type: 'application/json' }) }
            : {
                name: `${base}.txt`,
                data: new Blob([exportAnkiText([found])], { type: 'text/plain;charset=utf-8' }),
              };
        return { ...file, message: describeExported(file.name, found.deck.name, found.cards.length) };
      });
    },

    /** The candidate's stories and rehearsal attempts as one JSON file. */
    exportStories(): Promise<SavedFile | undefined> {
      return attempt(async () => {
        const at = clock.now();
        const { stories, attempts, cards } = await loadStoriesAndAttempts(db);
        const cardsById = new Map(cards.map((c) => [c.id, c]));
        const name = rehearsalExportFileName(at);
        const data = new Blob([exportRehearsalJson({ stories, attempts, cardsById, now: at })], {
          type: 'application/json',
        });
        return { name, data, message: describeStoriesExported(name, stories.length, attempts.length) };
      });
    },

    /** Deletes an imported deck with its progress (after the user confirmed), in one transaction. */
    async deleteDeck(deckId: string, deckName: string): Promise<void> {
      const deleted = await attempt(() => deleteDeck(db, deckId));
      if (!deleted) return;
      await state.reload();
      status.value = describeDeleted(deckName, deleted.cards);
    },

    /** Says what a save did, once the browser has the file. */
    saved(file: SavedFile): void {
      status.value = file.message;
    },
  };
}
