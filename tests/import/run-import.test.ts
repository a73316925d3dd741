import { describe, expect, it } from 'vitest';
import { ImportError } from '../../src/domain/import-error';
import { createImportHandler } from '../../src/import/import-handler';
import type { ImportRequest, ImportResponse } from '../../src/import/import-messages';
import { runTextImport, type ImportWorkerLike } from '../../src/import/run-import';
import { previewTextImport } from '../../src/import/text-import';

function makeCsv(rows: number): string {
  return ['front,back', ...Array.from({ length: rows }, (_, i) => `"question ${i}, quoted",answer ${i}`)].join('\n');
}

/** A stand-in Worker: messages are structured-cloned both ways, as postMessage does, and delivered later. */
function createFakeWorker(): ImportWorkerLike & { terminated: boolean; requests: ImportRequest[] } {
  const listeners: {
    message: Array<(e: MessageEvent<ImportResponse>) => void>;
    error: Array<(e: ErrorEvent) => void>;
  } = { message: [], error: [] };
  const fake = {
    terminated: false,
    requests: [] as ImportRequest[],
    postMessage(message: ImportRequest) {
      fake.requests.push(message);
      const copy = structuredClone(message);
      setTimeout(() => void handle(copy), 0);
    },
    addEventListener(type: 'message' | 'error', listener: never) {
      (listeners[type] as unknown[]).push(listener);
    },
    terminate() {
      fake.terminated = true;
    },
  };
  const handle = createImportHandler((response) => {
    if (fake.terminated) return;
    const copy = structuredClone(response);
    for (const listener of listeners.message) listener({ data: copy } as MessageEvent<ImportResponse>);
  });
  return fake as ImportWorkerLike & { terminated: boolean; requests: ImportRequest[] };
}

describe('runTextImport without a Worker (parsing in slices on this thread)', () => {
  it('gives the same preview as the direct parse, with progress up to the total', async () => {
    const text = makeCsv(3000);
    const progress: number[] = [];
    const run = runTextImport('big.csv', text, {}, { onProgress: (done, total) => progress.push(done / total) });
    const preview = await run.promise;
    expect(preview).toEqual(previewTextImport('big.csv', text));
    expect(preview.bundle.decks[0]?.cards).toHaveLength(3000);
    expect(progress.at(-1)).toBe(1);
  });

  it('reads a Blob as well as a string', async () => {
    const preview = await runTextImport('small.csv', new Blob(['q,a\n'])).promise;
    expect(preview.bundle.decks[0]?.cards[0]?.front).toBe('q');
  });

  it('rejects with an AbortError when cancelled', async () => {
    const run = runTextImport('big.csv', makeCsv(20000));
    run.cancel();
    await expect(run.promise).rejects.toMatchObject({ name: 'AbortError' });
  });

  it('rejects with the ImportError of a bad file', async () => {
    await expect(runTextImport('bad.csv', 'one\ncolumn\n').promise).rejects.toBeInstanceOf(ImportError);
  });
});

describe('runTextImport through a worker', () => {
  it('posts the file, relays progress, resolves with the preview and ends the worker', async () => {
    const worker = createFakeWorker();
    const text = makeCsv(100);
    let progressCalls = 0;
    const preview = await runTextImport(
      'w.csv',
      text,
      { hasHeader: true },
      { createWorker: () => worker, onProgress: () => (progressCalls += 1) },
    ).promise;
    expect(worker.requests[0]).toMatchObject({ type: 'parse', fileName: 'w.csv', options: { hasHeader: true } });
    // The same preview as parsing here, less the raw CSV records, which stay in the worker.
    const here = previewTextImport('w.csv', text, { hasHeader: true });
    expect(preview).toEqual({ ...here, csv: { ...here.csv!, records: [] } });
    expect(progressCalls).toBeGreaterThan(0);
    expect(worker.terminated).toBe(true);
  });

  it('brings an ImportError back as an ImportError with its file, line and reason', async () => {
    const error = await runTextImport(
      'bad.txt',
      '#separator:Nope\nx',
      {},
      { createWorker: createFakeWorker },
    ).promise.catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ImportError);
    expect(error).toMatchObject({ file: 'bad.txt', location: 'line 1' });
  });

  it('sends cancel to the worker, ends it and rejects with an AbortError', async () => {
    const worker = createFakeWorker();
    const run = runTextImport('big.csv', makeCsv(20000), {}, { createWorker: () => worker });
    run.cancel();
    await expect(run.promise).rejects.toMatchObject({ name: 'AbortError' });
    expect(worker.requests.map((r) => r.type)).toEqual(['parse', 'cancel']);
    expect(worker.terminated).toBe(true);
  });
});

describe('the worker message handler', () => {
  it('stops at the next slice after a cancel message and says so', async () => {
    const posted: ImportResponse[] = [];
    const handle = createImportHandler((m) => posted.push(m));
    const parsing = handle({ type: 'parse', fileName: 'big.csv', input: makeCsv(50000), options: {} });
    await new Promise((r) => setTimeout(r, 0));
    await handle({ type: 'cancel' });
    await parsing;
    expect(posted.at(-1)).toEqual({ type: 'cancelled' });
    expect(posted.some((m) => m.type === 'result')).toBe(false);
  });
});
