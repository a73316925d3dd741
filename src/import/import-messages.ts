/** The messages between the page and the import worker. Errors travel as in worker-job.ts. */
import type { Backup } from '../domain/backup-format';
import type { TextImportOptions, TextImportPreview } from './text-import';
import type { WorkerResponse } from './worker-job';

/** Page -> worker. One worker runs one job: a "parse" or a "backup" read, then maybe a "cancel". */
export type ImportRequest =
  | { type: 'parse'; fileName: string; input: string | Blob; options: TextImportOptions }
  | { type: 'backup'; fileName: string; file: Blob }
  | { type: 'cancel' };

/** Worker -> page. `done`/`total` count characters (text) or bytes (backup) read. */
export type ImportResponse = WorkerResponse<
  { done: number; total: number },
  /** One of the two, by the request's type. */
  { preview?: TextImportPreview; backup?: Backup }
>;
