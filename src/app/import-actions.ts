/**
 * The import, export and backup actions: they pick the reader for a file, run it off the main
 * thread with progress and cancel, plan the write for the preview, and write it all or nothing.
 */
import { exportAnkiText } from '../domain/export-anki-text';
import { exportDeckJson } from '../domain/export-json';
import type { ImportBundle } from '../domain/import-bundle';
import { runTextImport } from '../import/run-import';
import type { TextImportOptions, TextImportPreview } from '../import/text-import';
import { createBackup, isBackupFile, readBackup, restoreBackup, type Backup } from '../storage/backup';
import type { AppDb } from '../storage/db';
import { deleteDeck, type DeletedDeck } from '../storage/deck-delete';
import { loadDeckForExport } from '../storage/deck-export';
import { planImport, writeImport, type ImportPlan } from '../storage/import-write';
import type { AppModel } from './app-model';
import type { Clock } from './clock';

export type FileKind = 'package' | 'backup' | 'text';

// The screens describe imports and backups with these types; they reach the UI through this layer.
export type { TextImportOptions } from '../import/text-import';
export type { Backup } from '../storage/backup';

export interface Progress {
  label: string;
  /** 0..1, or null when unknown. */
  fraction: number | null;
}

export interface Running<T> {
  promise: Promise<T>;
  cancel(): void;
}

/** What the preview shows: the bundle to write, its plan, and the text reader's details. */
export interface ImportPreview {
  bundle: ImportBundle;
  plan: ImportPlan;
  text?: TextImportPreview;
}

const PHASES = {
  unzip: 'Unpacking',
  collection: 'Reading the collection',
  cards: 'Rendering cards',
  media: 'Reading media',
} as const;
const PACKAGE = /\.(apkg|colpkg)$/i;
const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];

async function startsWithZip(file: Blob): Promise<Uint8Array | null> {
  const head = new Uint8Array(await file.slice(0, 4).arrayBuffer());
  return ZIP_MAGIC.every((b, i) => head[i] === b) ? head : null;
}

/** Builds the import/export actions over the app's database and model. */
export function createImportActions(db: AppDb, clock: Clock, model: AppModel) {
  async function kindOf(file: File): Promise<FileKind> {
    if (PACKAGE.test(file.name)) return 'package';
    if (await startsWithZip(file)) {
      const bytes = new Uint8Array(await file.arrayBuffer());
      return isBackupFile(bytes) ? 'backup' : 'package';
    }
    return 'text';
  }

  async function withPlan(bundle: ImportBundle, text?: TextImportPreview): Promise<ImportPreview> {
    return { bundle, plan: await planImport(db, bundle), ...(text ? { text } : {}) };
  }

  return {
    kindOf,

    /** Reads a text file or pasted text into a preview, in a worker, with progress and cancel. */
    previewText(
      fileName: string,
      input: string | Blob,
      options: TextImportOptions,
      onProgress: (p: Progress) => void,
    ): Running<ImportPreview> {
      const running = runTextImport(fileName, input, options, {
        onProgress: (done, total) => onProgress({ label: 'Reading', fraction: total > 0 ? done / total : null }),
      });
      return { promise: running.promise.then((preview) => withPlan(preview.bundle, preview)), cancel: running.cancel };
    },

    /** Reads an Anki package; sql.js and the zstd decoder load only now, in a worker. */
    previewPackage(file: Blob, fileName: string, onProgress: (p: Progress) => void): Running<ImportPreview> {
      let cancelled = false;
      let inner: { cancel(): void } | undefined;
      const promise = import('../import/apkg/run-apkg-import').then(({ runApkgImport }) => {
        if (cancelled) throw new DOMException('The import was cancelled.', 'AbortError');
        const running = runApkgImport(fileName, file, {
          now: clock.now(),
          onProgress: (p) => onProgress({ label: PHASES[p.phase], fraction: p.total > 0 ? p.done / p.total : null }),
        });
        inner = running;
        return running.promise.then((bundle) => {
          // Cancel tapped just as the worker finished: no preview after all.
          if (cancelled) throw new DOMException('The import was cancelled.', 'AbortError');
          return withPlan(bundle);
        });
      });
      return {
        promise,
        cancel: () => {
          cancelled = true;
          inner?.cancel();
        },
      };
    },

    /** Writes the previewed import in one transaction, then shows the new decks. */
    async confirmImport(bundle: ImportBundle): Promise<ImportPlan> {
      const plan = await writeImport(db, bundle, clock.now());
      await model.reload();
      return plan;
    },

    async readBackupFile(file: Blob, fileName: string): Promise<Backup> {
      return readBackup(new Uint8Array(await file.arrayBuffer()), fileName);
    },

    /** Replaces everything with the backup (after the user confirmed), in one transaction. */
    async restore(backup: Backup): Promise<void> {
      await restoreBackup(db, backup, 'replace');
      await model.reload();
    },

    /** The whole app's data as one file. */
    async backup(): Promise<{ name: string; data: Blob }> {
      const at = clock.now();
      const bytes = await createBackup(db, at);
      return {
        name: `prepdeck-backup-${new Date(at).toISOString().slice(0, 10)}.zip`,
        data: new Blob([bytes as BlobPart], { type: 'application/zip' }),
      };
    },

    /** Deletes an imported deck with its progress (after the user confirmed), in one transaction. */
    async deleteDeck(deckId: string): Promise<DeletedDeck> {
      const deleted = await deleteDeck(db, deckId);
      await model.reload();
      return deleted;
    },

    /** One deck as Anki "Notes in Plain Text" or as the app's JSON format. */
    async exportDeck(deckId: string, format: 'anki-text' | 'json'): Promise<{ name: string; data: Blob }> {
      const found = await loadDeckForExport(db, deckId);
      if (!found) throw new Error('That deck no longer exists.');
      const base =
        found.deck.name
          .replace(/::/g, ' - ')
          .replace(/[^\p{L}\p{N} ._-]+/gu, '')
          .trim() || 'deck';
      return format === 'json'
        ? { name: `${base}.json`, data: new Blob([exportDeckJson(found)], { type: 'application/json' }) }
        : { name: `${base}.txt`, data: new Blob([exportAnkiText([found])], { type: 'text/plain;charset=utf-8' }) };
    },
  };
}

export type ImportActions = ReturnType<typeof createImportActions>;
