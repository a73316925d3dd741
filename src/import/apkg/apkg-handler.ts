/** What the .apkg worker does with each message; apart from the worker global so tests can drive it. */
import { serializeError } from '../worker-job';
import type { ApkgRequest, ApkgResponse } from './apkg-messages';
import type { SqlWasmSource } from './sql-loader';

/** Returns the function that handles one incoming message, posting progress and the bundle through `post`. */
export function createApkgHandler(
  post: (message: ApkgResponse) => void,
  sqlWasm?: SqlWasmSource,
): (request: ApkgRequest) => Promise<void> {
  const controller = new AbortController();
  return async (request) => {
    if (request.type === 'cancel') {
      controller.abort();
      return;
    }
    try {
      const bytes =
        request.input instanceof Uint8Array ? request.input : new Uint8Array(await request.input.arrayBuffer());
      // The reader module (and through it sql.js and fzstd) loads only now.
      const { readAnkiPackage } = await import('./read-anki-package');
      const bundle = await readAnkiPackage(bytes, request.fileName, {
        now: request.now,
        signal: controller.signal,
        onProgress: (progress) => post({ type: 'progress', progress }),
        ...(sqlWasm !== undefined ? { sqlWasm } : {}),
      });
      post(controller.signal.aborted ? { type: 'cancelled' } : { type: 'result', bundle });
    } catch (error) {
      if (controller.signal.aborted || (error instanceof Error && error.name === 'AbortError'))
        post({ type: 'cancelled' });
      else post({ type: 'error', error: serializeError(error) });
    }
  };
}
