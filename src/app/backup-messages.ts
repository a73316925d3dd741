/** The messages between the page and the backup worker. Errors travel as in import/worker-job.ts. */
import type { WorkerResponse } from '../import/worker-job';
import type { BackupJobRequest, BackupJobResult } from './backup-job';

/** Page -> worker: one backup, then maybe a "cancel". */
export type BackupRequest = ({ type: 'backup'; dbName: string } & BackupJobRequest) | { type: 'cancel' };

/** Worker -> page. */
export type BackupResponse = WorkerResponse<{ done: number; total: number }, { result: BackupJobResult }>;
