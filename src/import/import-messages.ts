/** The messages between the page and the import worker, and how an error crosses between them. */
import { ImportError } from '../domain/import-error';
import { createAbortError } from './read-records';
import type { TextImportOptions, TextImportPreview } from './text-import';

/** Page -> worker. One worker runs one import: a "parse", then maybe a "cancel". */
export type ImportRequest =
  | { type: 'parse'; fileName: string; input: string | Blob; options: TextImportOptions }
  | { type: 'cancel' };

/** Worker -> page. `done`/`total` count characters read. */
export type ImportResponse =
  | { type: 'progress'; done: number; total: number }
  | { type: 'result'; preview: TextImportPreview }
  | { type: 'error'; error: SerializedError }
  | { type: 'cancelled' };

/** Structured clone drops an Error's class, so ImportError travels as plain fields. */
export interface SerializedError {
  name: string;
  message: string;
  file?: string;
  location?: string | null;
  reason?: string;
}

/** Flattens an error for postMessage. */
export function serializeError(error: unknown): SerializedError {
  if (error instanceof ImportError) return { name: error.name, message: error.message, file: error.file, location: error.location, reason: error.reason };
  if (error instanceof Error) return { name: error.name, message: error.message };
  return { name: 'Error', message: String(error) };
}

/** Rebuilds an ImportError (or AbortError, or plain Error) on the page. */
export function deserializeError(data: SerializedError): Error {
  if (data.name === 'ImportError' && data.file !== undefined && data.reason !== undefined) return new ImportError(data.file, data.location ?? null, data.reason);
  if (data.name === 'AbortError') return createAbortError();
  const error = new Error(data.message);
  error.name = data.name;
  return error;
}
