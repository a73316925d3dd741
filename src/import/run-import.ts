/** The page side of a text import: runs it in a worker (or in slices here), with progress and cancel. */
import { readTextFile } from './decode-text';
import type { ImportRequest, ImportResponse } from './import-messages';
import { deserializeError } from './import-messages';
import { createAbortError } from './read-records';
import { previewTextImportInSlices, type TextImportOptions, type TextImportPreview } from './text-import';

/** The part of a Worker this module uses, so tests can pass a stand-in. */
export interface ImportWorkerLike {
  postMessage(message: ImportRequest): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<ImportResponse>) => void): void;
  addEventListener(type: 'error', listener: (event: ErrorEvent) => void): void;
  terminate(): void;
}

export interface RunImportHooks {
  /** Characters read so far, of `total`. */
  onProgress?: (done: number, total: number) => void;
  /** Default: the Vite-bundled import worker, or undefined where Worker does not exist (tests). */
  createWorker?: () => ImportWorkerLike | undefined;
}

/** A running import: the preview when done; `cancel` rejects it with an AbortError. */
export interface RunningImport {
  promise: Promise<TextImportPreview>;
  cancel(): void;
}

function createDefaultWorker(): ImportWorkerLike | undefined {
  if (typeof Worker === 'undefined') return undefined;
  try {
    return new Worker(new URL('./import-worker.ts', import.meta.url), { type: 'module' }) as unknown as ImportWorkerLike;
  } catch {
    return undefined;
  }
}

function runInWorker(worker: ImportWorkerLike, fileName: string, input: string | Blob, options: TextImportOptions, hooks: RunImportHooks): RunningImport {
  let settle: { resolve(p: TextImportPreview): void; reject(e: Error): void } | undefined;
  const promise = new Promise<TextImportPreview>((resolve, reject) => {
    settle = { resolve, reject };
  });
  const finish = (outcome: { preview: TextImportPreview } | { error: Error }): void => {
    if (!settle) return;
    const { resolve, reject } = settle;
    settle = undefined;
    worker.terminate();
    if ('preview' in outcome) resolve(outcome.preview);
    else reject(outcome.error);
  };
  worker.addEventListener('message', (event) => {
    const message = event.data;
    if (message.type === 'progress') hooks.onProgress?.(message.done, message.total);
    else if (message.type === 'result') finish({ preview: message.preview });
    else if (message.type === 'cancelled') finish({ error: createAbortError() });
    else finish({ error: deserializeError(message.error) });
  });
  worker.addEventListener('error', (event) => finish({ error: new Error(`the import worker failed: ${event.message}`) }));
  worker.postMessage({ type: 'parse', fileName, input, options });
  return {
    promise,
    cancel() {
      worker.postMessage({ type: 'cancel' });
      // Terminating stops at once even mid-slice; the worker's own cancel covers a slow stop.
      finish({ error: createAbortError() });
    },
  };
}

function runHere(fileName: string, input: string | Blob, options: TextImportOptions, hooks: RunImportHooks): RunningImport {
  let cancelled = false;
  const promise = (async () => {
    const text = typeof input === 'string' ? input : await readTextFile(input);
    if (cancelled) throw createAbortError();
    return previewTextImportInSlices(fileName, text, options, { onProgress: hooks.onProgress, isCancelled: () => cancelled });
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
export function runTextImport(fileName: string, input: string | Blob, options: TextImportOptions = {}, hooks: RunImportHooks = {}): RunningImport {
  const worker = (hooks.createWorker ?? createDefaultWorker)();
  return worker ? runInWorker(worker, fileName, input, options, hooks) : runHere(fileName, input, options, hooks);
}
