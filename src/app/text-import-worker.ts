/**
 * The import worker of the Import screen: the text import worker (src/import/import-worker.ts)
 * with the database steps added. It parses a text file, plans the preview against the database
 * and sends the page the plan with the first cards only; then it imports the preview it sent,
 * through its own connection to the database, so the records are built, planned and written
 * where they already are: a 50,000-row file never crosses to the page, and the page keeps
 * painting while it is written. Started by import-flow.ts.
 */
import { createImportHandler } from '../import/import-handler';
import type { ImportRequest, ImportResponse } from '../import/import-messages';
import { openAppDb, type AppDb } from '../storage/db';
import { planImport, writeImport } from '../storage/import-write';

// The project's tsconfig mixes DOM and WebWorker types, so name only what a worker scope offers.
const scope = globalThis as unknown as {
  postMessage(message: ImportResponse): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<ImportRequest>) => void): void;
};

/** Runs `work` on a connection of its own, closed at once: a later schema upgrade in the page is never blocked by it. */
async function withDb<T>(dbName: string, work: (db: AppDb) => Promise<T>): Promise<T> {
  const db = await openAppDb(dbName, { mustExist: true });
  try {
    return await work(db);
  } finally {
    db.close();
  }
}

const handle = createImportHandler((message) => scope.postMessage(message), {
  plan: (bundle, dbName) => withDb(dbName, (db) => planImport(db, bundle)),
  write: (bundle, now, dbName) => withDb(dbName, (db) => writeImport(db, bundle, now)),
});
scope.addEventListener('message', (event) => void handle(event.data));
