/**
 * The Your data screen's state and actions: export a deck (Anki text, JSON), back up
 * everything, restore a backup (read in the import worker with progress and cancel, then
 * confirmed), delete an imported deck. Each action leaves a message saying what it saved,
 * restored or deleted.
 */
import { signal } from '@preact/signals';
import type { Backup } from '../domain/backup-format';
import { backupFileName, type BackupContents } from '../domain/backup-format';
import { measureBackup, withoutRecordings, type BackupSize } from '../domain/backup-size';
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
import { encodeBackup } from '../import/backup-file';
import { loadBackupContents, restoreBackup } from '../storage/backup';
import { deleteDeck } from '../storage/deck-delete';
import { loadDeckForExport } from '../storage/deck-export';
import { loadStoriesAndAttempts } from '../storage/rehearsal-data';
import type { Progress } from './import-flow';
import { pendingBackup } from './pending-files';
import type { AppServices } from './services';

export type { Backup } from '../domain/backup-format';

/** A file the screen hands to the browser to save, and what to say once it has. */
export interface SavedFile {
  name: string;
  data: Blob;
  message: string;
}

/** Making a backup: its size is shown before it is made (recordings may be left out). */
export type BackupStep =
  | { name: 'idle' }
  | { name: 'measuring' }
  | { name: 'confirm'; contents: BackupContents; size: BackupSize; at: number };

export type RestoreStep =
  | { name: 'idle' }
  | { name: 'reading'; progress: Progress }
  | { name: 'confirm'; backup: Backup }
  | { name: 'writing' };

const isAbort = (error: unknown) => error instanceof Error && error.name === 'AbortError';
const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

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
export function createDataFlow({ db, clock, state }: Pick<AppServices, 'db' | 'clock' | 'state'>) {
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
      error.value = messageOf(cause);
      return undefined;
    }
  }

  async function openBackup(file: Blob, fileName: string): Promise<void> {
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
      restoreStep.value = { name: 'confirm', backup: await job.promise };
    } catch (cause) {
      restoreStep.value = { name: 'idle' };
      if (!isAbort(cause)) error.value = messageOf(cause);
    } finally {
      cancelReading = null;
    }
  }

  /** The backup file of `contents`, made at `at`, and what to say once saved. */
  async function encode(contents: BackupContents, at: number): Promise<SavedFile> {
    const bytes = await encodeBackup(contents, at);
    const name = backupFileName(at);
    const counts = {
      decks: contents.decks.length,
      cards: contents.cards.length,
      schedules: contents.schedules.length,
      reviews: contents.reviews.length,
      settings: contents.settings.length,
      styles: contents.styles.length,
      media: contents.media.length,
    };
    const data = new Blob([bytes as Uint8Array<ArrayBuffer>], { type: 'application/zip' });
    return { name, data, message: describeBackupSaved(name, counts, contents) };
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
      restoreStep.value = { name: 'writing' };
      try {
        await restoreBackup(db, current.backup, 'replace');
        await state.reload();
        status.value = describeRestored(current.backup.counts);
      } catch (cause) {
        error.value = `Nothing was restored: ${messageOf(cause)}`;
      } finally {
        restoreStep.value = { name: 'idle' };
      }
    },

    /** The whole app's data as one file, at once. */
    backup(): Promise<SavedFile | undefined> {
      return attempt(async () => encode(await loadBackupContents(db), clock.now()));
    },

    /** Reads everything and says how big the backup will be; `saveBackup` then makes it. */
    async prepareBackup(): Promise<void> {
      status.value = null;
      backupStep.value = { name: 'measuring' };
      const contents = await attempt(() => loadBackupContents(db));
      backupStep.value = contents
        ? { name: 'confirm', contents, size: measureBackup(contents), at: clock.now() }
        : { name: 'idle' };
    },

    /** Makes the backup measured by `prepareBackup`, with or without the recordings. */
    saveBackup(includeRecordings: boolean): Promise<SavedFile | undefined> {
      const step = backupStep.value;
      backupStep.value = { name: 'idle' };
      if (step.name !== 'confirm') return Promise.resolve(undefined);
      const contents = includeRecordings ? step.contents : withoutRecordings(step.contents);
      return attempt(() => encode(contents, step.at));
    },

    cancelBackup(): void {
      backupStep.value = { name: 'idle' };
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
