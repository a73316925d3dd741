/** The page side of an .apkg/.colpkg import: runs it in a worker, with progress and cancel. */
import type { ImportBundle } from '../../domain/import-bundle';
import { createAbortError, deserializeError, runWorkerJob, type RunningJob, type WorkerLike } from '../worker-job';
import type { ApkgRequest, ApkgResponse } from './apkg-messages';
import type { ApkgProgress } from './read-anki-package';
import type { SqlWasmSource } from './sql-loader';

// This module is on the page's path, so it imports nothing heavy: the reader, sql.js and fzstd
// load in the worker (or, without one, by dynamic import).

/** The part of a Worker this module uses, so tests can pass a stand-in. */
export type ApkgWorkerLike = WorkerLike<ApkgRequest, ApkgResponse>;

export interface RunApkgImportOptions {
  /** Epoch ms, from the app layer (the one place that reads the clock). */
  now: number;
  onProgress?: (progress: ApkgProgress) => void;
  /** Default: the Vite-bundled worker, or undefined where Worker does not exist (tests). */
  createWorker?: () => ApkgWorkerLike | undefined;
  /** Only for the no-worker path (Node): where sql.js finds its WASM. */
  sqlWasm?: SqlWasmSource;
}

/** A running import: the bundle when done; `cancel` rejects it with an AbortError. */
export type RunningApkgImport = RunningJob<ImportBundle>;

function createDefaultWorker(): ApkgWorkerLike | undefined {
  if (typeof Worker === 'undefined') return undefined;
  try {
    return new Worker(new URL('./apkg-worker.ts', import.meta.url), { type: 'module' }) as unknown as ApkgWorkerLike;
  } catch {
    return undefined;
  }
}

function runInWorker(
  worker: ApkgWorkerLike,
  fileName: string,
  input: Blob | Uint8Array,
  options: RunApkgImportOptions,
): RunningApkgImport {
  return runWorkerJob(
    worker,
    { type: 'read', fileName, input, now: options.now },
    {
      label: 'Anki import worker',
      onProgress: ({ progress }) => options.onProgress?.(progress),
      result: ({ bundle }) => bundle,
    },
  );
}

function runHere(fileName: string, input: Blob | Uint8Array, options: RunApkgImportOptions): RunningApkgImport {
  let settle: { resolve(b: ImportBundle): void; reject(e: Error): void } | undefined;
  const promise = new Promise<ImportBundle>((resolve, reject) => {
    settle = { resolve, reject };
  });
  const onMessage = (message: ApkgResponse): void => {
    if (!settle) return;
    if (message.type === 'progress') {
      options.onProgress?.(message.progress);
      return;
    }
    const { resolve, reject } = settle;
    settle = undefined;
    if (message.type === 'result') resolve(message.bundle);
    else reject(message.type === 'cancelled' ? createAbortError() : deserializeError(message.error));
  };
  let cancelled = false;
  let cancelHandler: (() => void) | null = null;
  void (async () => {
    const { createApkgHandler } = await import('./apkg-handler');
    const handle = createApkgHandler(onMessage, options.sqlWasm);
    cancelHandler = () => void handle({ type: 'cancel' });
    if (cancelled) cancelHandler();
    await handle({ type: 'read', fileName, input, now: options.now });
  })().catch((error: unknown) => onMessage({ type: 'error', error: { name: 'Error', message: String(error) } }));
  return {
    promise,
    cancel() {
      cancelled = true;
      cancelHandler?.();
    },
  };
}

/**
 * Reads an Anki package (a File/Blob or bytes) into an ImportBundle off the main thread.
 * Rejects with ImportError, or with an AbortError after `cancel()`.
 */
export function runApkgImport(
  fileName: string,
  input: Blob | Uint8Array,
  options: RunApkgImportOptions,
): RunningApkgImport {
  const worker = (options.createWorker ?? createDefaultWorker)();
  return worker ? runInWorker(worker, fileName, input, options) : runHere(fileName, input, options);
}
