/**
 * The .apkg worker: reads an Anki package off the main thread, posting progress and the bundle.
 * Started by run-apkg-import.ts as `new Worker(new URL('./apkg-worker.ts', import.meta.url), { type: 'module' })`.
 */
// A same-origin asset URL (precached by the service worker), never a CDN.
import sqlWasmUrl from 'sql.js/dist/sql-wasm.wasm?url';
import { createApkgHandler } from './apkg-handler';
import type { ApkgRequest, ApkgResponse } from './apkg-messages';

// The project's tsconfig mixes DOM and WebWorker types, so name only what a worker scope offers.
const scope = globalThis as unknown as {
  postMessage(message: ApkgResponse): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<ApkgRequest>) => void): void;
};

const handle = createApkgHandler((message) => scope.postMessage(message), sqlWasmUrl);
scope.addEventListener('message', (event) => void handle(event.data));
