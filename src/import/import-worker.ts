/**
 * The import worker: parses a text file off the main thread, posting progress and the preview.
 * Started by run-import.ts as `new Worker(new URL('./import-worker.ts', import.meta.url), { type: 'module' })`.
 */
import { createImportHandler } from './import-handler';
import type { ImportRequest, ImportResponse } from './import-messages';

// The project's tsconfig mixes DOM and WebWorker types, so name only what a worker scope offers.
const scope = globalThis as unknown as {
  postMessage(message: ImportResponse): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<ImportRequest>) => void): void;
};

const handle = createImportHandler((message) => scope.postMessage(message));
scope.addEventListener('message', (event) => void handle(event.data));
