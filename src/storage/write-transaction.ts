import type { IDBPTransaction, StoreNames } from 'idb';
import type { AppDb, AppSchema } from './db';

export type WriteTx<S extends StoreNames<AppSchema>[]> = IDBPTransaction<AppSchema, S, 'readwrite'>;

/** Requests queued before a bulk write lets the page paint (see `write`). */
const WRITE_BATCH = 500;

/**
 * Runs `body` on one readwrite transaction over `stores` and resolves once it has committed.
 * `body` may await idb requests only (awaiting anything else would let the transaction
 * auto-commit half-done); it queues its writes with `await write(request)`. Every 500th
 * write waits for its request, so the transaction stays open (a request is always pending)
 * while the page paints between batches: 50,000 records do not freeze the screen. If anything
 * throws, the transaction is aborted, so nothing at all is written, and the first error is rethrown.
 */
export async function runWriteTransaction<const S extends StoreNames<AppSchema>[], R>(
  db: AppDb,
  stores: S,
  body: (tx: WriteTx<S>, write: (request: Promise<unknown>) => Promise<unknown> | undefined) => Promise<R>,
): Promise<R> {
  const tx = db.transaction(stores, 'readwrite');
  // The first failure is the one to report (a full disk, a constraint): once it aborts the
  // transaction, every other request fails with a bland AbortError. Each promise gets its
  // handler as it is queued, so none of those rejections goes unhandled.
  let firstError: unknown;
  const watch = (request: Promise<unknown>) => {
    request.catch((error: unknown) => {
      if (firstError === undefined && !(error instanceof DOMException && error.name === 'AbortError'))
        firstError = error;
    });
    return request;
  };
  const pending: Promise<unknown>[] = [watch(tx.done)];
  let queued = 0;
  const write = (request: Promise<unknown>) => {
    if (firstError !== undefined) throw firstError;
    pending.push(watch(request));
    queued += 1;
    return queued % WRITE_BATCH === 0 ? request : undefined;
  };
  try {
    const result = await body(tx, write);
    await Promise.all(pending);
    return result;
  } catch (error) {
    try {
      tx.abort();
    } catch {
      // Already finished or aborted (a failed request aborts it by itself).
    }
    await Promise.allSettled(pending);
    throw firstError ?? error;
  }
}
