import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ImportError } from '../../../src/domain/import-error';
import { createApkgHandler } from '../../../src/import/apkg/apkg-handler';
import type { ApkgRequest, ApkgResponse } from '../../../src/import/apkg/apkg-messages';
import type { ApkgProgress } from '../../../src/import/apkg/read-anki-package';
import { runApkgImport, type ApkgWorkerLike } from '../../../src/import/apkg/run-apkg-import';
import { buildPackage } from './fixtures/build-package';
import { NOW, sampleCollection } from './fixtures/sample-collection';

/** A stand-in worker that runs the real handler in this thread, messages delivered asynchronously. */
function fakeWorker(): ApkgWorkerLike & { terminated: boolean; requests: ApkgRequest[] } {
  const listeners: Array<(event: MessageEvent<ApkgResponse>) => void> = [];
  const handle = createApkgHandler((message) => {
    setTimeout(() => listeners.forEach((l) => l({ data: message } as MessageEvent<ApkgResponse>)), 0);
  });
  const worker = {
    terminated: false,
    requests: [] as ApkgRequest[],
    postMessage(message: ApkgRequest) {
      worker.requests.push(message);
      setTimeout(() => void handle(message), 0);
    },
    addEventListener(type: string, listener: (event: never) => void) {
      if (type === 'message') listeners.push(listener as (event: MessageEvent<ApkgResponse>) => void);
    },
    terminate() {
      worker.terminated = true;
    },
  };
  return worker;
}

describe('runApkgImport', () => {
  let bytes: Uint8Array;
  beforeAll(async () => {
    bytes = await buildPackage(sampleCollection(), 'latest');
  });

  it('reads a package through the worker, reporting progress, and frees the worker', async () => {
    const worker = fakeWorker();
    const progress: ApkgProgress[] = [];
    const job = runApkgImport('ops.apkg', new Blob([bytes as Uint8Array<ArrayBuffer>]), {
      now: NOW,
      createWorker: () => worker,
      onProgress: (p) => progress.push(p),
    });
    const bundle = await job.promise;
    expect(bundle.summary?.cards).toBe(9);
    expect(progress.some((p) => p.phase === 'cards')).toBe(true);
    expect(worker.terminated).toBe(true);
  });

  it('rejects with the ImportError the worker met, rebuilt on the page', async () => {
    const job = runApkgImport('broken.apkg', new Uint8Array([1, 2, 3]), { now: NOW, createWorker: fakeWorker });
    const error = await job.promise.catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ImportError);
    expect((error as ImportError).file).toBe('broken.apkg');
  });

  it('cancels: the promise rejects with an AbortError and the worker is stopped', async () => {
    const worker = fakeWorker();
    const job = runApkgImport('ops.apkg', bytes, { now: NOW, createWorker: () => worker });
    job.cancel();
    const error = await job.promise.catch((e: unknown) => e);
    expect((error as Error).name).toBe('AbortError');
    expect(worker.terminated).toBe(true);
    expect(worker.requests.map((r) => r.type)).toEqual(['read', 'cancel']);
  });

  it('runs on this thread when there is no Worker, and can be cancelled there too', async () => {
    const bundle = await runApkgImport('ops.apkg', bytes, { now: NOW, createWorker: () => undefined }).promise;
    expect(bundle.summary?.cards).toBe(9);
    const job = runApkgImport('ops.apkg', bytes, { now: NOW, createWorker: () => undefined });
    job.cancel();
    expect(((await job.promise.catch((e: unknown) => e)) as Error).name).toBe('AbortError');
  });
});

describe('laziness', () => {
  // What the page loads with run-apkg-import.ts: its static (non-type) imports, transitively.
  function staticImportGraph(entry: string): Set<string> {
    const seen = new Set<string>();
    const visit = (file: string): void => {
      if (seen.has(file)) return;
      seen.add(file);
      const source = readFileSync(file, 'utf8');
      for (const m of source.matchAll(/^\s*(?:import|export)\s+(?!type\b)[^;]*?from\s+'([^']+)'/gm)) {
        const spec = m[1]!;
        if (spec.startsWith('.')) visit(resolve(dirname(file), `${spec}.ts`));
        else seen.add(spec);
      }
    };
    visit(resolve(entry));
    return seen;
  }

  it('keeps sql.js, fzstd and the reader out of the page until an import starts', () => {
    const graph = [...staticImportGraph('src/import/apkg/run-apkg-import.ts')];
    expect(graph.filter((m) => /sql\.js|fzstd|fflate|read-anki-package|papaparse/.test(m))).toEqual([]);
    // The reader itself loads sql.js and fzstd only by dynamic import().
    const readerGraph = [...staticImportGraph('src/import/apkg/read-anki-package.ts')];
    expect(readerGraph.filter((m) => /^sql\.js|^fzstd/.test(m))).toEqual([]);
  });
});
