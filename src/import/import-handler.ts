/** What the import worker does with each message; kept apart from the worker global so tests can drive it. */
import type { ImportBundle } from '../domain/import-bundle';
import { ImportError } from '../domain/import-error';
import type { ImportPlan } from '../domain/import-plan';
import { estimateImportBytes } from '../domain/storage-space';
import { readBackupFile } from './backup-file';
import type { ImportRequest, ImportResponse } from './import-messages';
import type { TextImportPreview } from './text-import';
import { openTextImportSession, type TextImportSession } from './text-import-session';
import { serializeError } from './worker-job';

/** The database side of an import, given by the worker entry that can reach storage (src/app/text-import-worker.ts). */
export interface ImportStore {
  /** What importing `bundle` into the database `dbName` would do (reads only). */
  plan(bundle: ImportBundle, dbName: string): Promise<ImportPlan>;
  /** Imports `bundle` into the database `dbName`, all or nothing. */
  write(bundle: ImportBundle, now: number, dbName: string): Promise<ImportPlan>;
}

/** Cards of each deck a planned preview carries to the page (the screen shows the first five). */
export const SAMPLE_CARDS = 20;

/** The preview the page is sent once planned here: the plan, the size estimate and only the first cards of each deck. */
function plannedPreview(preview: TextImportPreview, plan: ImportPlan): TextImportPreview {
  const { bundle } = preview;
  return {
    ...preview,
    bundle: { ...bundle, decks: bundle.decks.map((deck) => ({ ...deck, cards: deck.cards.slice(0, SAMPLE_CARDS) })) },
    planned: { plan, estimatedBytes: estimateImportBytes(bundle) },
  };
}

/**
 * Returns the function that handles one incoming message, posting progress and the result
 * through `post`. A text file's session (its text and records) stays here between requests, so
 * a "remap" never reads the file again. Backups are read here too, off the page's thread. With
 * a `store`, a preview asked for with a database name is planned here and sent with only its
 * first cards, and a "write" imports the last preview sent, where its records already are: a
 * 50,000-row file's cards never cross to the page.
 */
export function createImportHandler(
  post: (message: ImportResponse) => void,
  store?: ImportStore,
): (request: ImportRequest) => Promise<void> {
  let session: TextImportSession | null = null;
  /** The bundle of the last preview the page was sent: the one it shows, and the one a "write" imports. */
  let shown: ImportBundle | null = null;
  let fileName = '';
  let issued = 0;
  let cancelledUpTo = 0;
  let queue: Promise<void> = Promise.resolve();

  const run = async (request: Exclude<ImportRequest, { type: 'cancel' }>, id: number): Promise<void> => {
    const isCancelled = () => id <= cancelledUpTo;
    try {
      if (isCancelled()) throw Object.assign(new Error('cancelled'), { name: 'AbortError' });
      if (request.type === 'backup') {
        const backup = await readBackupFile(request.file, request.fileName, {
          onProgress: (done, total) => post({ type: 'progress', done, total }),
          isCancelled,
        });
        post(isCancelled() ? { type: 'cancelled' } : { type: 'result', backup });
        return;
      }
      if (request.type === 'write') {
        if (!store) throw new Error('this import worker does not write imports');
        if (!shown)
          throw new ImportError(fileName || 'the file', null, 'there is nothing to import: no preview was made');
        post({ type: 'result', plan: await store.write(shown, request.now, request.dbName) });
        return;
      }
      if (request.type === 'parse') {
        fileName = request.fileName;
        session = await openTextImportSession(request.fileName, request.input, isCancelled);
      } else if (!session) {
        throw new ImportError(fileName || 'the file', null, 'there is nothing to re-map: the file was not read');
      }
      const { preview } = await session.preview(request.options, {
        onProgress: (done, total) => post({ type: 'progress', done, total }),
        isCancelled,
      });
      // The CSV's raw records stay here: the screen re-maps columns with a "remap", and copying
      // 50,000 records to the page as well as the cards would double the page's pause.
      const lean = preview.csv ? { ...preview, csv: { ...preview.csv, records: [] } } : preview;
      const plan = store && request.dbName ? await store.plan(preview.bundle, request.dbName) : null;
      if (isCancelled()) post({ type: 'cancelled' });
      else {
        shown = preview.bundle;
        post({ type: 'result', preview: plan ? plannedPreview(lean, plan) : lean });
      }
    } catch (error) {
      if (error instanceof Error && error.name === 'AbortError') post({ type: 'cancelled' });
      else post({ type: 'error', error: serializeError(error) });
    }
  };

  return (request) => {
    if (request.type === 'cancel') {
      cancelledUpTo = issued;
      return Promise.resolve();
    }
    const id = ++issued;
    queue = queue.then(() => run(request, id));
    return queue;
  };
}
