/**
 * A text file opened for previewing in the import worker (here, in slices, where there is
 * none): the first preview, then new previews with other options from what was already read.
 */
import type { ImportPlan } from '../domain/import-plan';
import type { ImportRequest, ImportResponse } from './import-messages';
import { createDefaultWorker, type ImportWorkerLike, type RunImportHooks, type RunningImport } from './run-import';
import type { TextImportOptions } from './text-import';
import { openTextImportSession } from './text-import-session';
import { createAbortError, deserializeError } from './worker-job';

/**
 * A file opened for previewing: the first preview, then new previews with other options that
 * re-use what was read (the records; the decoded text when the separator or format changes),
 * never reading the file again. The Import screen keeps one per file shown and closes it when
 * the user imports, cancels or picks another file.
 */
export interface TextImportSession {
  /** The first preview, as runTextImport gives it. */
  readonly first: RunningImport;
  /** A new preview with these options (the whole set, as for the first). A preview still running is cancelled. */
  update(options: TextImportOptions, hooks?: Pick<RunImportHooks, 'onProgress'>): RunningImport;
  /**
   * Imports the preview last shown, in the worker that read it, into the database `dbName`
   * (its records never cross to the page); absent where the session runs on this thread, and
   * only with a worker started with a writer (createWorker).
   */
  write?(now: number, dbName: string): Promise<ImportPlan>;
  /** Ends the worker and drops what it kept. Running previews reject with an AbortError. */
  close(): void;
}

type ResultMessage = Extract<ImportResponse, { type: 'result' }>;

interface PendingJob {
  resolve(result: ResultMessage): void;
  reject(error: Error): void;
  onProgress?: (done: number, total: number) => void;
  /** Cancelled here: its answer, when it comes, is dropped. */
  dropped: boolean;
}

/** A session over a worker: requests are answered in order, one final message each (import-messages.ts). */
function openInWorker(
  worker: ImportWorkerLike,
  fileName: string,
  input: string | Blob,
  options: TextImportOptions,
  hooks: RunImportHooks,
): TextImportSession {
  const pending: PendingJob[] = [];
  let closed = false;
  const settleHead = (outcome: { result: ResultMessage } | { error: Error }): void => {
    const job = pending.shift();
    if (!job || job.dropped) return;
    if ('result' in outcome) job.resolve(outcome.result);
    else job.reject(outcome.error);
  };
  worker.addEventListener('message', (event) => {
    const message = event.data;
    const head = pending[0];
    if (message.type === 'progress') {
      if (head && !head.dropped) head.onProgress?.(message.done, message.total);
    } else if (message.type === 'result') settleHead({ result: message });
    else if (message.type === 'cancelled') settleHead({ error: createAbortError() });
    else settleHead({ error: deserializeError(message.error) });
  });
  worker.addEventListener('error', (event) => {
    const error = new Error(`the import worker failed: ${event.message}`);
    for (const job of pending.splice(0)) if (!job.dropped) job.reject(error);
    closed = true;
    worker.terminate();
  });
  const send = (message: ImportRequest, onProgress?: (done: number, total: number) => void) => {
    let job!: PendingJob;
    const promise = new Promise<ResultMessage>((resolve, reject) => {
      job = { resolve, reject, onProgress, dropped: false };
    });
    pending.push(job);
    worker.postMessage(message);
    return { job, promise };
  };
  const request = (message: ImportRequest, onProgress?: (done: number, total: number) => void): RunningImport => {
    if (closed) return { promise: Promise.reject(createAbortError()), cancel() {} };
    // One preview at a time: a newer request makes the ones still running pointless.
    if (pending.some((job) => !job.dropped)) cancelAll();
    const { job, promise: answered } = send(message, onProgress);
    const promise = answered.then((result) => result.preview!);
    return {
      promise,
      cancel() {
        if (job.dropped || !pending.includes(job)) return;
        worker.postMessage({ type: 'cancel' });
        job.dropped = true;
        job.reject(createAbortError());
      },
    };
  };
  const cancelAll = (): void => {
    worker.postMessage({ type: 'cancel' });
    for (const job of pending) {
      if (job.dropped) continue;
      job.dropped = true;
      job.reject(createAbortError());
    }
  };
  return {
    first: request({ type: 'parse', fileName, input, options, dbName: hooks.dbName }, hooks.onProgress),
    update: (next, updateHooks = {}) =>
      request({ type: 'remap', options: next, dbName: hooks.dbName }, updateHooks.onProgress),
    async write(now, dbName) {
      if (closed) throw createAbortError();
      const { plan } = await send({ type: 'write', now, dbName }).promise;
      return plan!;
    },
    close() {
      if (closed) return;
      for (const job of pending.splice(0)) if (!job.dropped) job.reject(createAbortError());
      closed = true;
      worker.terminate();
    },
  };
}

/** The same session on this thread, in slices, where there is no Worker. */
function openHere(
  fileName: string,
  input: string | Blob,
  options: TextImportOptions,
  hooks: RunImportHooks,
): TextImportSession {
  let generation = 0;
  let closed = false;
  const session = openTextImportSession(fileName, input);
  // The first preview's errors reach its own promise; later calls must not report them again.
  session.catch(() => undefined);
  const run = (next: TextImportOptions, onProgress?: (done: number, total: number) => void): RunningImport => {
    const mine = ++generation;
    let cancelled = false;
    const isCancelled = () => cancelled || closed || mine !== generation;
    const promise = (async () => {
      const opened = await session;
      if (isCancelled()) throw createAbortError();
      const { preview } = await opened.preview(next, { onProgress, isCancelled });
      if (isCancelled()) throw createAbortError();
      return preview;
    })();
    return {
      promise,
      cancel() {
        cancelled = true;
      },
    };
  };
  return {
    first: run(options, hooks.onProgress),
    update: (next, updateHooks = {}) => run(next, updateHooks.onProgress),
    close() {
      closed = true;
    },
  };
}

/**
 * Opens a text file for previewing (see TextImportSession): in a worker when one can be
 * started, else in slices on this thread.
 */
export function openTextImport(
  fileName: string,
  input: string | Blob,
  options: TextImportOptions = {},
  hooks: RunImportHooks = {},
): TextImportSession {
  const worker = (hooks.createWorker ?? createDefaultWorker)();
  return worker ? openInWorker(worker, fileName, input, options, hooks) : openHere(fileName, input, options, hooks);
}
