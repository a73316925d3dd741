/**
 * The import worker of the Import screen: the text import worker (src/import/import-worker.ts)
 * with the write step added. It parses and previews a text file, then imports the preview it
 * sent into the database through its own connection, so the records are built and written
 * where they already are: a 50,000-row file never crosses to the page, and the page keeps
 * painting while it is written. Started by import-flow.ts.
 */
import { createImportHandler } from '../import/import-handler';
import type { ImportRequest, ImportResponse } from '../import/import-messages';
import { openAppDb } from '../storage/db';
import { writeImport } from '../storage/import-write';

// The project's tsconfig mixes DOM and WebWorker types, so name only what a worker scope offers.
const scope = globalThis as unknown as {
  postMessage(message: ImportResponse): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<ImportRequest>) => void): void;
};

const handle = createImportHandler(
  (message) => scope.postMessage(message),
  async (bundle, now, dbName) => {
    // Its own connection, closed at once: a later schema upgrade in the page is never blocked by it.
    const db = await openAppDb(dbName, { mustExist: true });
    try {
      return await writeImport(db, bundle, now);
    } finally {
      db.close();
    }
  },
);
scope.addEventListener('message', (event) => void handle(event.data));
