/** The messages between the page and the import worker. Errors travel as in worker-job.ts. */
import type { Backup } from '../domain/backup-format';
import type { ImportPlan } from '../domain/import-plan';
import type { TextImportOptions, TextImportPreview } from './text-import';
import type { WorkerResponse } from './worker-job';

/**
 * Page -> worker. A "parse" reads a text file; then any number of "remap"s make new previews
 * with other options from what the worker kept (the records, or the decoded text when the
 * separator or format changes). A "write" imports the last preview sent (a worker started with
 * a writer only: the 50,000 records never cross to the page). A "backup" reads a backup file. A "cancel" stops the request
 * being handled and any sent before it. Requests are handled one at a time, in order; each ends
 * with one result, error or cancelled.
 */
export type ImportRequest =
  /** `dbName`: plan the preview against this database here (a worker with a store only). */
  | { type: 'parse'; fileName: string; input: string | Blob; options: TextImportOptions; dbName?: string }
  | { type: 'remap'; options: TextImportOptions; dbName?: string }
  /** `now`: epoch ms from the page; `dbName`: the database to write into. */
  | { type: 'write'; now: number; dbName: string }
  | { type: 'backup'; fileName: string; file: Blob }
  | { type: 'cancel' };

/**
 * Worker -> page. `done`/`total` count characters (text) or bytes (backup) read; a remap from
 * kept records posts no progress.
 */
export type ImportResponse = WorkerResponse<
  { done: number; total: number },
  /** One of the two, by the request's type. */
  { preview?: TextImportPreview; backup?: Backup; plan?: ImportPlan }
>;
