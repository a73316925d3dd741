/**
 * The Import screen's state machine: choose a file (or paste), read it off the main thread with
 * progress and cancel, preview it with the plan of what it will write, change the CSV options,
 * confirm, and write it all or nothing. A backup chosen here is handed to the Your data screen,
 * which restores. The screen renders `step` and calls these actions; nothing here touches the DOM.
 */
import { signal } from '@preact/signals';
import type { ImportBundle } from '../domain/import-bundle';
import { describeImported } from '../domain/data-messages';
import type { ImportPlan } from '../domain/import-plan';
import type { TextImportSession } from '../import/open-text-import';
import type { ImportWorkerLike } from '../import/run-import';
import type { TextImportOptions, TextImportPreview } from '../import/text-import';
import { planImport, writeImport } from '../storage/import-write';
import { describeShortfall, estimateImportBytes, findShortfall } from '../domain/storage-space';
import { fileKindOf } from './file-kind';
import { describeStorageFailure } from './storage-health';
import { askAgainIfSpaceTight } from './storage-persistence';
import { pendingBackup, pendingFiles } from './pending-files';
import type { AppServices } from './services';
import { measured } from './timing';

export type { TextImportOptions } from '../import/text-import';

export interface Progress {
  label: string;
  /** 0..1, or null when unknown. */
  fraction: number | null;
}

/** What the preview shows: the bundle to write, its plan, and the text reader's details. */
export interface ImportPreview {
  /** The whole bundle; only its first cards when the import worker planned it (`text.planned`, and it writes it). */
  bundle: ImportBundle;
  plan: ImportPlan;
  text?: TextImportPreview;
}

/** A text file or pasted text, with the options it was read with (so a change can re-read it). */
export interface TextSource {
  name: string;
  input: string | Blob;
  options: TextImportOptions;
}

export type ImportStep =
  | { name: 'idle' }
  | { name: 'reading'; progress: Progress }
  | { name: 'preview'; preview: ImportPreview; source: TextSource | null }
  /** `label`: "Making a safety backup", then "Saving". */
  | { name: 'writing'; label: string }
  | { name: 'done'; message: string; deckId: string | null }
  | { name: 'backup-found'; file: File };

interface Running<T> {
  promise: Promise<T>;
  cancel(): void;
}

const PHASES = {
  unzip: 'Unpacking',
  collection: 'Reading the collection',
  cards: 'Rendering cards',
  media: 'Reading media',
} as const;

const isAbort = (error: unknown) => error instanceof Error && error.name === 'AbortError';
const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

export type ImportFlow = ReturnType<typeof createImportFlow>;

/** The import worker that also writes (text-import-worker.ts); undefined where Worker does not exist (tests). */
function createWritingWorker(): ImportWorkerLike | undefined {
  if (typeof Worker === 'undefined') return undefined;
  try {
    return new Worker(new URL('./text-import-worker.ts', import.meta.url), {
      type: 'module',
    }) as unknown as ImportWorkerLike;
  } catch {
    return undefined;
  }
}

/** Builds the import flow over the app's database and shared state. */
export function createImportFlow({
  db,
  clock,
  state,
  autoBackups,
  storage = typeof navigator !== 'undefined' ? navigator.storage : undefined,
  createWorker = createWritingWorker,
}: Pick<AppServices, 'db' | 'clock' | 'state' | 'autoBackups'> & {
  storage?: StorageManager;
  /** The worker that reads and writes text imports (tests pass a stand-in); undefined: this thread. */
  createWorker?: () => ImportWorkerLike | undefined;
}) {
  const step = signal<ImportStep>({ name: 'idle' });
  const error = signal<string | null>(null);
  /** The options the user set before choosing a file (format, deck name, Quizlet separators). */
  const textOptions = signal<TextImportOptions>({});
  let running: Running<unknown> | null = null;

  async function withPlan(bundle: ImportBundle, text?: TextImportPreview): Promise<ImportPreview> {
    return { bundle, plan: await measured('import-plan', () => planImport(db, bundle)), ...(text ? { text } : {}) };
  }

  /** Runs a read with progress; the preview when it succeeds, undefined when it failed or was cancelled. */
  async function read<T>(label: string, start: (onProgress: (p: Progress) => void) => Promise<Running<T>>) {
    error.value = null;
    // The step changes at once, before the reader's code loads: a second change to the options
    // must start from the new preview, never from the one on screen a moment ago.
    step.value = { name: 'reading', progress: { label, fraction: null } };
    let cancelled = false;
    running = { promise: Promise.resolve(), cancel: () => (cancelled = true) };
    try {
      const job = await start((progress) => {
        if (step.peek().name === 'reading') step.value = { name: 'reading', progress };
      });
      if (cancelled) job.cancel();
      running = job;
      return await job.promise;
    } catch (cause) {
      step.value = { name: 'idle' };
      if (!isAbort(cause)) error.value = messageOf(cause);
      return undefined;
    } finally {
      running = null;
    }
  }

  /** The text file on show, kept open so a change of options re-uses what was read (no second read). */
  let textSession: TextImportSession | null = null;
  function closeTextSession(): void {
    textSession?.close();
    textSession = null;
  }

  /** Previews a text source: the first read of a new source, or new options over the one open. */
  async function previewText(source: TextSource, reuse = false): Promise<void> {
    const preview = await read('Reading', async (onProgress) => {
      const progress = (done: number, total: number) =>
        onProgress({ label: 'Reading', fraction: total > 0 ? done / total : null });
      let job;
      if (reuse && textSession) job = textSession.update(source.options, { onProgress: progress });
      else {
        closeTextSession();
        const { openTextImport } = await import('../import/open-text-import');
        textSession = openTextImport(source.name, source.input, source.options, {
          onProgress: progress,
          createWorker,
          dbName: db.name,
        });
        job = textSession.first;
      }
      // Planned in the worker (its cards stay there), or here.
      const planned = (p: TextImportPreview) =>
        p.planned ? { bundle: p.bundle, plan: p.planned.plan, text: p } : withPlan(p.bundle, p);
      return { promise: job.promise.then(planned), cancel: job.cancel };
    });
    if (preview) step.value = { name: 'preview', preview, source };
    else if (step.peek().name === 'idle') closeTextSession();
  }

  async function previewPackage(file: File): Promise<void> {
    const preview = await read('Opening the package', async (onProgress) => {
      const { runApkgImport } = await import('../import/apkg/run-apkg-import');
      const job = runApkgImport(file.name, file, {
        now: clock.now(),
        onProgress: (p) => onProgress({ label: PHASES[p.phase], fraction: p.total > 0 ? p.done / p.total : null }),
      });
      let cancelled = false;
      return {
        // Cancel tapped just as the worker finished: no preview after all.
        promise: job.promise.then((bundle) => {
          if (cancelled) throw new DOMException('The import was cancelled.', 'AbortError');
          return withPlan(bundle);
        }),
        cancel: () => {
          cancelled = true;
          job.cancel();
        },
      };
    });
    if (preview) step.value = { name: 'preview', preview, source: null };
  }

  async function openFile(file: File): Promise<void> {
    error.value = null;
    closeTextSession();
    const kind = await fileKindOf(file);
    if (kind === 'backup') step.value = { name: 'backup-found', file };
    else if (kind === 'package') await previewPackage(file);
    else await previewText({ name: file.name, input: file, options: textOptions.value });
  }

  return {
    step,
    error,
    textOptions,
    openFile,

    /** Opens a file handed over by the operating system ("Open with PrepDeck"); the screen calls this when it shows. */
    takePendingFile(): void {
      const [first] = pendingFiles.value;
      if (!first) return;
      pendingFiles.value = [];
      void openFile(first);
    },

    /** Reads pasted text with the options set on the screen. */
    previewPasted(text: string): Promise<void> {
      closeTextSession();
      return previewText({ name: 'Pasted text', input: text, options: textOptions.value });
    },

    /** Reads the previewed text again with changed options (separator, header row, columns). */
    retry(options: TextImportOptions): Promise<void> {
      const current = step.value;
      if (current.name !== 'preview' || !current.source) return Promise.resolve();
      return previewText({ ...current.source, options }, true);
    },

    /** Stops a read in progress. */
    cancelReading(): void {
      running?.cancel();
    },

    /** Back to choosing a file. */
    reset(): void {
      closeTextSession();
      step.value = { name: 'idle' };
    },

    /** Hands a backup chosen here to the Your data screen, which restores it. */
    handOverBackup(file: File): void {
      pendingBackup.value = file;
      step.value = { name: 'idle' };
    },

    /**
     * Writes the previewed import in one transaction, then shows the new decks. First: will it
     * fit (refused with the numbers if not), and a safety backup of what is here now.
     */
    async confirm(): Promise<void> {
      const current = step.value;
      if (current.name !== 'preview') return;
      error.value = null;
      step.value = { name: 'writing', label: 'Checking the space left' };
      try {
        const backups = autoBackups.list.value ?? (await autoBackups.refresh());
        const safetyBackup = backups[0]?.size ?? 0;
        const need =
          (current.preview.text?.planned?.estimatedBytes ?? estimateImportBytes(current.preview.bundle)) + safetyBackup;
        const estimate = await storage?.estimate?.().catch(() => undefined);
        const shortfall = findShortfall(need, estimate);
        if (shortfall) {
          step.value = current;
          error.value = describeShortfall(shortfall, safetyBackup > 0);
          void askAgainIfSpaceTight(storage);
          return;
        }
        step.value = { name: 'writing', label: 'Making a safety backup' };
        await measured('import-safety-backup', () => autoBackups.beforeChange('import'));
        step.value = { name: 'writing', label: 'Saving' };
        // A text file is written by the worker that read it (its records stay there); else here.
        const session = current.source ? textSession : null;
        // A preview planned in the worker holds only its first cards: only that worker can write it.
        if (current.preview.text?.planned && !session?.write)
          throw new Error('the file is no longer open here; choose it again');
        const plan = await measured('import-write', () =>
          session?.write ? session.write(clock.now(), db.name) : writeImport(db, current.preview.bundle, clock.now()),
        );
        closeTextSession();
        await measured('import-reload', () => state.reload());
        void askAgainIfSpaceTight(storage);
        step.value = {
          name: 'done',
          message: describeImported(plan),
          deckId: plan.decks.length === 1 ? plan.decks[0]!.id : null,
        };
      } catch (cause) {
        step.value = current;
        error.value = `Nothing was imported: ${describeStorageFailure(cause)}`;
      }
    },
  };
}
