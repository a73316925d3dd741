/** The page side of an .apkg/.colpkg import: runs it in a worker, with progress and cancel. */
import { ImportError } from '../../domain/import-error';
import type { ImportBundle } from '../bundle';
import type { SerializedError } from '../import-messages';
import type { ApkgRequest, ApkgResponse } from './apkg-messages';
import type { ApkgProgress } from './read-anki-package';
import type { SqlWasmSource } from './sql-loader';

// This module is on the page's path, so it imports nothing heavy: the reader, sql.js and fzstd
// load in the worker (or, without one, by dynamic import).

function createAbortError(): Error {
  return new DOMException('The import was cancelled.', 'AbortError');
}

function deserializeError(data: SerializedError): Error {
  if (data.name === 'ImportError' && data.file !== undefined && data.reason !== undefined) return new ImportError(data.file, data.location ?? null, data.reason);
  if (data.name === 'AbortError') return createAbortError();
  const error = new Error(data.message);
  error.name = data.name;
  return error;
}

/** The part of a Worker this module uses, so tests can pass a stand-in. */
export interface ApkgWorkerLike {
  postMessage(message: ApkgRequest): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<ApkgResponse>) => void): void;
  addEventListener(type: 'error', listener: (event: ErrorEvent) => void): void;
  terminate(): void;
}

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
export interface RunningApkgImport {
  promise: Promise<ImportBundle>;
  cancel(): void;
}

function createDefaultWorker(): ApkgWorkerLike | undefined {
  if (typeof Worker === 'undefined') return undefined;
  try {
    return new Worker(new URL('./apkg-worker.ts', import.meta.url), { type: 'module' }) as unknown as ApkgWorkerLike;
  } catch {
    return undefined;
  }
}

function runInWorker(worker: ApkgWorkerLike, fileName: string, input: Blob | Uint8Array, options: RunApkgImportOptions): RunningApkgImport {
  let settle: { resolve(b: ImportBundle): void; reject(e: Error): void } | undefined;
  const promise = new Promise<ImportBundle>((resolve, reject) => {
    settle = { resolve, reject };
  });
  const finish = (outcome: { bundle: ImportBundle } | { error: Error }): void => {
    if (!settle) return;
    const { resolve, reject } = settle;
    settle = undefined;
    worker.terminate();
    if ('bundle' in outcome) resolve(outcome.bundle);
    else reject(outcome.error);
  };
  worker.addEventListener('message', (event) => {
    const message = event.data;
    if (message.type === 'progress') options.onProgress?.(message.progress);
    else if (message.type === 'result') finish({ bundle: message.bundle });
    else if (message.type === 'cancelled') finish({ error: createAbortError() });
    else finish({ error: deserializeError(message.error) });
  });
  worker.addEventListener('error', (event) => finish({ error: new Error(`the Anki import worker failed: ${event.message}`) }));
  worker.postMessage({ type: 'read', fileName, input, now: options.now });
  return {
    promise,
    cancel() {
      worker.postMessage({ type: 'cancel' });
      // sql.js work is synchronous and cannot be interrupted: terminating stops it at once.
      finish({ error: createAbortError() });
    },
  };
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
export function runApkgImport(fileName: string, input: Blob | Uint8Array, options: RunApkgImportOptions): RunningApkgImport {
  const worker = (options.createWorker ?? createDefaultWorker)();
  return worker ? runInWorker(worker, fileName, input, options) : runHere(fileName, input, options);
}
