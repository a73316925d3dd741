/**
 * The backup worker: makes one backup off the main thread, reading the database through its
 * own connection and writing the file with a synchronous access handle. Started by
 * auto-backups.ts as `new Worker(new URL('./backup-worker.ts', import.meta.url), { type: 'module' })`.
 */
import { createBackupHandler } from './backup-handler';
import type { BackupRequest, BackupResponse } from './backup-messages';

// The project's tsconfig mixes DOM and WebWorker types, so name only what a worker scope offers.
const scope = globalThis as unknown as {
  postMessage(message: BackupResponse): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<BackupRequest>) => void): void;
};

const handle = createBackupHandler((message) => scope.postMessage(message));
scope.addEventListener('message', (event) => void handle(event.data));
