/** The page side of a text import or a backup read: runs it in the import worker (or here), with progress and cancel. */
import type { Backup } from '../domain/backup-format';
import { readBackupFile } from './backup-file';
import type { ImportRequest, ImportResponse } from './import-messages';
import type { TextImportOptions, TextImportPreview } from './text-import';
import { previewTextFile } from './text-import-session';
import { runWorkerJob, type RunningJob, type WorkerLike } from './worker-job';

/** The part of a Worker this module uses, so tests can pass a stand-in. */
export type ImportWorkerLike = WorkerLike<ImportRequest, ImportResponse>;

export interface RunImportHooks {
  /** Characters read so far, of `total`. */
  onProgress?: (done: number, total: number) => void;
  /** Default: the Vite-bundled import worker, or undefined where Worker does not exist (tests). */
  createWorker?: () => ImportWorkerLike | undefined;
  /** A worker with a store plans each preview against this database (TextImportPreview.planned). */
  dbName?: string;
}

/** A running import: the preview when done; `cancel` rejects it with an AbortError. */
export type RunningImport = RunningJob<TextImportPreview>;

/** The Vite-bundled import worker, or undefined where Worker does not exist (tests) or cannot start. */
export function createDefaultWorker(): ImportWorkerLike | undefined {
  if (typeof Worker === 'undefined') return undefined;
  try {
    return new Worker(new URL('./import-worker.ts', import.meta.url), {
      type: 'module',
    }) as unknown as ImportWorkerLike;
  } catch {
    return undefined;
  }
}

function runInWorker(
  worker: ImportWorkerLike,
  fileName: string,
  input: string | Blob,
  options: TextImportOptions,
  hooks: RunImportHooks,
): RunningImport {
  return runWorkerJob(
    worker,
    { type: 'parse', fileName, input, options },
    {
      label: 'import worker',
      onProgress: ({ done, total }) => hooks.onProgress?.(done, total),
      result: ({ preview }) => preview!,
    },
  );
}

function runHere(
  fileName: string,
  input: string | Blob,
  options: TextImportOptions,
  hooks: RunImportHooks,
): RunningImport {
  let cancelled = false;
  const promise = previewTextFile(fileName, input, options, {
    onProgress: hooks.onProgress,
    isCancelled: () => cancelled,
  });
  return {
    promise,
    cancel() {
      cancelled = true;
    },
  };
}

/**
 * Parses a text file (or its Blob) into a preview off the main thread when a Worker is
 * available, else in slices on this thread. Rejects with ImportError, or AbortError on cancel.
 */
export function runTextImport(
  fileName: string,
  input: string | Blob,
  options: TextImportOptions = {},
  hooks: RunImportHooks = {},
): RunningImport {
  const worker = (hooks.createWorker ?? createDefaultWorker)();
  return worker ? runInWorker(worker, fileName, input, options, hooks) : runHere(fileName, input, options, hooks);
}

/**
 * Reads and validates a backup file in the import worker (here where there is none), reading the
 * file once, with progress in bytes and cancel. Rejects with ImportError, or AbortError on cancel.
 */
export function runBackupRead(fileName: string, file: Blob, hooks: RunImportHooks = {}): RunningJob<Backup> {
  const worker = (hooks.createWorker ?? createDefaultWorker)();
  if (worker)
    return runWorkerJob(
      worker,
      { type: 'backup', fileName, file },
      {
        label: 'import worker',
        onProgress: ({ done, total }) => hooks.onProgress?.(done, total),
        result: ({ backup }) => backup!,
      },
    );
  let cancelled = false;
  return {
    promise: readBackupFile(file, fileName, { onProgress: hooks.onProgress, isCancelled: () => cancelled }),
    cancel() {
      cancelled = true;
    },
  };
}
