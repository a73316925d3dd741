/** The messages between the page and the .apkg worker. Errors travel as in import-messages.ts. */
import type { ImportBundle } from '../bundle';
import type { SerializedError } from '../import-messages';
import type { ApkgProgress } from './read-anki-package';

/** Page -> worker. One worker runs one import: a "read", then maybe a "cancel". */
export type ApkgRequest =
  | { type: 'read'; fileName: string; input: Blob | Uint8Array; now: number }
  | { type: 'cancel' };

/** Worker -> page. */
export type ApkgResponse =
  | { type: 'progress'; progress: ApkgProgress }
  | { type: 'result'; bundle: ImportBundle }
  | { type: 'error'; error: SerializedError }
  | { type: 'cancelled' };
