/**
 * The page side of an import worker, shared by the text and the .apkg imports: send one
 * request, relay progress, settle once with the result, an ImportError rebuilt from the
 * message, or an AbortError after cancel. Light on purpose (it is on the page's path): it
 * imports nothing but the error type.
 */
import { ImportError } from '../domain/import-error';

/** Structured clone drops an Error's class, so ImportError travels as plain fields. */
export interface SerializedError {
  name: string;
  message: string;
  file?: string;
  location?: string | null;
  reason?: string;
}

/** What every import worker posts back; `P` and `R` carry the progress and the result. */
export type WorkerResponse<P extends object, R extends object> =
  | ({ type: 'progress' } & P)
  | ({ type: 'result' } & R)
  | { type: 'error'; error: SerializedError }
  | { type: 'cancelled' };

/** The part of a Worker an import uses, so tests can pass a stand-in. */
export interface WorkerLike<Request, Response> {
  postMessage(message: Request): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<Response>) => void): void;
  addEventListener(type: 'error', listener: (event: ErrorEvent) => void): void;
  terminate(): void;
}

/** A running job: its result when done; `cancel` rejects it with an AbortError. */
export interface RunningJob<T> {
  promise: Promise<T>;
  cancel(): void;
}

/** The error an import rejects with when the user cancels it. */
export function createAbortError(): Error {
  const error = new Error('The import was cancelled');
  error.name = 'AbortError';
  return error;
}

/** Flattens an error for postMessage. */
export function serializeError(error: unknown): SerializedError {
  if (error instanceof ImportError)
    return {
      name: error.name,
      message: error.message,
      file: error.file,
      location: error.location,
      reason: error.reason,
    };
  if (error instanceof Error) return { name: error.name, message: error.message };
  return { name: 'Error', message: String(error) };
}

/** Rebuilds an ImportError (or AbortError, or plain Error) on the page. */
export function deserializeError(data: SerializedError): Error {
  if (data.name === 'ImportError' && data.file !== undefined && data.reason !== undefined)
    return new ImportError(data.file, data.location ?? null, data.reason);
  if (data.name === 'AbortError') return createAbortError();
  const error = new Error(data.message);
  error.name = data.name;
  return error;
}

/**
 * Posts `request` to `worker` and settles once: `result` picks the value out of the result
 * message. The worker is terminated when the job settles; cancel also terminates it at once,
 * since a parser in the middle of synchronous work (papaparse, sql.js) cannot stop sooner.
 */
export function runWorkerJob<Request, P extends object, R extends object, T>(
  worker: WorkerLike<Request | { type: 'cancel' }, WorkerResponse<P, R>>,
  request: Request,
  handlers: { label: string; onProgress?: (message: P) => void; result: (message: R) => T },
): RunningJob<T> {
  let settle: { resolve(value: T): void; reject(error: Error): void } | undefined;
  const promise = new Promise<T>((resolve, reject) => {
    settle = { resolve, reject };
  });
  const finish = (outcome: { value: T } | { error: Error }): void => {
    if (!settle) return;
    const { resolve, reject } = settle;
    settle = undefined;
    worker.terminate();
    if ('value' in outcome) resolve(outcome.value);
    else reject(outcome.error);
  };
  worker.addEventListener('message', (event) => {
    const message = event.data;
    if (message.type === 'progress') handlers.onProgress?.(message);
    else if (message.type === 'result') finish({ value: handlers.result(message) });
    else if (message.type === 'cancelled') finish({ error: createAbortError() });
    else finish({ error: deserializeError(message.error) });
  });
  worker.addEventListener('error', (event) =>
    finish({ error: new Error(`the ${handlers.label} failed: ${event.message}`) }),
  );
  worker.postMessage(request);
  return {
    promise,
    cancel() {
      worker.postMessage({ type: 'cancel' });
      finish({ error: createAbortError() });
    },
  };
}
