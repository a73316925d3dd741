/** What the import worker does with each message; kept apart from the worker global so tests can drive it. */
import { readBackupFile } from './backup-file';
import type { ImportRequest, ImportResponse } from './import-messages';
import { serializeError } from './worker-job';
import { previewTextFile } from './text-import';

/** Returns the function that handles one incoming message, posting progress and the result through `post`. */
export function createImportHandler(
  post: (message: ImportResponse) => void,
): (request: ImportRequest) => Promise<void> {
  let cancelled = false;
  return async (request) => {
    if (request.type === 'cancel') {
      cancelled = true;
      return;
    }
    try {
      if (request.type === 'backup') {
        const backup = await readBackupFile(request.file, request.fileName, {
          onProgress: (done, total) => post({ type: 'progress', done, total }),
          isCancelled: () => cancelled,
        });
        post(cancelled ? { type: 'cancelled' } : { type: 'result', backup });
        return;
      }
      const preview = await previewTextFile(request.fileName, request.input, request.options, {
        onProgress: (done, total) => post({ type: 'progress', done, total }),
        isCancelled: () => cancelled,
      });
      // The CSV's raw records stay here: the screen re-maps columns by asking again, and copying
      // 50,000 records to the page as well as the cards would double the page's pause.
      const lean = preview.csv ? { ...preview, csv: { ...preview.csv, records: [] } } : preview;
      post(cancelled ? { type: 'cancelled' } : { type: 'result', preview: lean });
    } catch (error) {
      if (error instanceof Error && error.name === 'AbortError') post({ type: 'cancelled' });
      else post({ type: 'error', error: serializeError(error) });
    }
  };
}
