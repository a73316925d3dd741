/**
 * sql.js, loaded on demand (dynamic import) so its WASM never weighs on the first paint.
 * In Node (tests, bench) sql.js finds its own WASM; in the browser the caller passes the
 * same-origin asset URL from Vite's `?url` import (see apkg-worker.ts).
 */
import type { SqlJsStatic } from 'sql.js';

/** Where the WASM comes from: a URL, its bytes, or (Node) sql.js's own lookup. */
export type SqlWasmSource = string | Uint8Array | ArrayBuffer;

let cached: { key: SqlWasmSource | undefined; promise: Promise<SqlJsStatic> } | null = null;

/** The sql.js module, initialised once per WASM source. */
export function loadSqlJs(wasm?: SqlWasmSource): Promise<SqlJsStatic> {
  if (cached && cached.key === wasm) return cached.promise;
  const promise = import('sql.js').then((mod) => {
    const init = (mod as unknown as { default: (config?: object) => Promise<SqlJsStatic> }).default;
    if (wasm === undefined) return init();
    if (typeof wasm === 'string') return init({ locateFile: () => wasm });
    return init({ wasmBinary: wasm instanceof Uint8Array ? wasm : new Uint8Array(wasm) });
  });
  cached = { key: wasm, promise };
  promise.catch(() => {
    if (cached?.promise === promise) cached = null;
  });
  return promise;
}
