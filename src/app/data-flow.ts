/**
 * The Your data screen's state and actions: export a deck (Anki text, JSON), back up
 * everything, restore a backup (read in the import worker with progress and cancel, then
 * confirmed), delete an imported deck. Each action leaves a message saying what it saved,
 * restored or deleted.
 */
import { signal } from '@preact/signals';
import type { Backup } from '../domain/backup-format';
import { backupFileName } from '../domain/backup-format';
import { describeBackupSaved, describeDeleted, describeExported, describeRestored } from '../domain/data-messages';
import { exportAnkiText } from '../domain/export-anki-text';
import { exportDeckJson } from '../domain/export-json';
import { encodeBackup } from '../import/backup-write';
import { loadBackupContents, restoreBackup } from '../storage/backup';
import { deleteDeck } from '../storage/deck-delete';
import { loadDeckForExport } from '../storage/deck-export';
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

  return {
    restoreStep,
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

    /** The whole app's data as one file. */
    backup(): Promise<SavedFile | undefined> {
      return attempt(async () => {
        const at = clock.now();
        const contents = await loadBackupContents(db);
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
        return { name, data, message: describeBackupSaved(name, counts) };
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
