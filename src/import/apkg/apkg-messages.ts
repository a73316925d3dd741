/** The messages between the page and the .apkg worker. Errors travel as in worker-job.ts. */
import type { ImportBundle } from '../../domain/import-bundle';
import type { WorkerResponse } from '../worker-job';
import type { ApkgProgress } from './read-anki-package';

/** Page -> worker. One worker runs one import: a "read", then maybe a "cancel". */
export type ApkgRequest =
  { type: 'read'; fileName: string; input: Blob | Uint8Array; now: number } | { type: 'cancel' };

/** Worker -> page. */
export type ApkgResponse = WorkerResponse<{ progress: ApkgProgress }, { bundle: ImportBundle }>;
