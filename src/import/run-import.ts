/** The page side of a text import: runs it in a worker (or in slices here), with progress and cancel. */
import { readTextFile } from './decode-text';
import type { ImportRequest, ImportResponse } from './import-messages';
import { previewTextImportInSlices, type TextImportOptions, type TextImportPreview } from './text-import';
import { createAbortError, runWorkerJob, type RunningJob, type WorkerLike } from './worker-job';

/** The part of a Worker this module uses, so tests can pass a stand-in. */
export type ImportWorkerLike = WorkerLike<ImportRequest, ImportResponse>;

export interface RunImportHooks {
  /** Characters read so far, of `total`. */
  onProgress?: (done: number, total: number) => void;
  /** Default: the Vite-bundled import worker, or undefined where Worker does not exist (tests). */
  createWorker?: () => ImportWorkerLike | undefined;
}

/** A running import: the preview when done; `cancel` rejects it with an AbortError. */
export type RunningImport = RunningJob<TextImportPreview>;

function createDefaultWorker(): ImportWorkerLike | undefined {
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
      result: ({ preview }) => preview,
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
  const promise = (async () => {
    const text = typeof input === 'string' ? input : await readTextFile(input);
    if (cancelled) throw createAbortError();
    return previewTextImportInSlices(fileName, text, options, {
      onProgress: hooks.onProgress,
      isCancelled: () => cancelled,
    });
  })();
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
