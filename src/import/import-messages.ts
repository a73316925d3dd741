/** The messages between the page and the text-import worker. Errors travel as in worker-job.ts. */
import type { TextImportOptions, TextImportPreview } from './text-import';
import type { WorkerResponse } from './worker-job';

/** Page -> worker. One worker runs one import: a "parse", then maybe a "cancel". */
export type ImportRequest =
  { type: 'parse'; fileName: string; input: string | Blob; options: TextImportOptions } | { type: 'cancel' };

/** Worker -> page. `done`/`total` count characters read. */
export type ImportResponse = WorkerResponse<{ done: number; total: number }, { preview: TextImportPreview }>;
