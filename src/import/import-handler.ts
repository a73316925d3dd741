/** What the import worker does with each message; kept apart from the worker global so tests can drive it. */
import type { ImportBundle } from '../domain/import-bundle';
import { ImportError } from '../domain/import-error';
import type { ImportPlan } from '../domain/import-plan';
import { readBackupFile } from './backup-file';
import type { ImportRequest, ImportResponse } from './import-messages';
import { openTextImportSession, type TextImportSession } from './text-import-session';
import { serializeError } from './worker-job';

/** Writes a bundle into the named database (given by the worker entry that can reach storage). */
export type BundleWriter = (bundle: ImportBundle, now: number, dbName: string) => Promise<ImportPlan>;

/**
 * Returns the function that handles one incoming message, posting progress and the result
 * through `post`. A text file's session (its text and records) stays here between requests, so
 * a "remap" never reads the file again. Backups are read here too, off the page's thread. With
 * a `writer`, a "write" imports the last preview sent from here, where its records already are.
 */
export function createImportHandler(
  post: (message: ImportResponse) => void,
  writer?: BundleWriter,
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
        if (!writer) throw new Error('this import worker does not write imports');
        if (!shown)
          throw new ImportError(fileName || 'the file', null, 'there is nothing to import: no preview was made');
        post({ type: 'result', plan: await writer(shown, request.now, request.dbName) });
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
      if (isCancelled()) post({ type: 'cancelled' });
      else {
        shown = preview.bundle;
        post({ type: 'result', preview: lean });
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
