/** The messages between the page and the text-import worker. Errors travel as in worker-job.ts. */
import type { TextImportOptions, TextImportPreview } from './text-import';
import type { WorkerResponse } from './worker-job';

/**
 * Page -> worker. A "parse" reads the file; then any number of "remap"s make new previews with
 * other options from what the worker kept (the records, or the decoded text when the separator
 * or format changes). A "cancel" stops the request being handled and any sent before it.
 * Requests are handled one at a time, in order; each ends with one result, error or cancelled.
 */
export type ImportRequest =
  | { type: 'parse'; fileName: string; input: string | Blob; options: TextImportOptions }
  | { type: 'remap'; options: TextImportOptions }
  | { type: 'cancel' };

/** Worker -> page. `done`/`total` count characters read; a remap from kept records posts no progress. */
export type ImportResponse = WorkerResponse<{ done: number; total: number }, { preview: TextImportPreview }>;
