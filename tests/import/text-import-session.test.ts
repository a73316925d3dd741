/**
 * Issue 12 point 7: changing a mapping re-uses the parsed rows. The worker keeps the file's text
 * and records after the first preview and answers a "remap" from them; the file is read once.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createImportHandler } from '../../src/import/import-handler';
import type { ImportRequest, ImportResponse } from '../../src/import/import-messages';
import { openTextImport } from '../../src/import/open-text-import';
import type { ImportWorkerLike } from '../../src/import/run-import';
import type { TextImportPreview } from '../../src/import/text-import';

const EXPORT = readFileSync(new URL('./fixtures/ragged-spreadsheet-export.csv', import.meta.url));

/** The file as the page hands it over, counting how often its bytes are read. */
function countingFile(bytes: Uint8Array): Blob & { reads: number } {
  const blob = new Blob([bytes as Uint8Array<ArrayBuffer>]) as Blob & { reads: number };
  blob.reads = 0;
  const read = blob.arrayBuffer.bind(blob);
  blob.arrayBuffer = () => {
    blob.reads += 1;
    return read();
  };
  return blob;
}

function fronts(preview: TextImportPreview): string[] {
  return preview.bundle.decks.flatMap((deck) => deck.cards.map((card) => card.front));
}

async function ask(handle: (r: ImportRequest) => Promise<void>, posted: ImportResponse[], request: ImportRequest) {
  const from = posted.length;
  await handle(request);
  const answers = posted.slice(from);
  const result = answers.find((m) => m.type === 'result');
  return {
    progress: answers.filter((m) => m.type === 'progress').length,
    preview: result?.type === 'result' ? result.preview : undefined,
    answers,
  };
}

describe('the import worker keeps what it read', () => {
  it('answers a remap (mapping, header) from the records it kept: no progress, no file read', async () => {
    const posted: ImportResponse[] = [];
    const handle = createImportHandler((m) => posted.push(m));
    const file = countingFile(EXPORT);
    const first = await ask(handle, posted, { type: 'parse', fileName: 'ops.csv', input: file, options: {} });
    expect(first.progress).toBeGreaterThan(0);
    expect(fronts(first.preview!)[0]).toBe('What does product operations own?');

    const swapped = await ask(handle, posted, { type: 'remap', options: { mapping: { front: 3, back: 2 } } });
    expect(swapped.progress).toBe(0);
    expect(swapped.preview?.csv?.mapping).toEqual({ front: 3, back: 2 });
    expect(fronts(swapped.preview!)[0]).toBe('The tools, data and processes that let product teams ship, at scale');

    const noHeader = await ask(handle, posted, {
      type: 'remap',
      options: { hasHeader: false, mapping: { front: 2, back: 3 } },
    });
    expect(noHeader.progress).toBe(0);
    expect(fronts(noHeader.preview!)).toHaveLength(7);
    expect(fronts(noHeader.preview!)[0]).toBe('Concept');
    expect(file.reads).toBe(1);
  });

  it('re-parses the kept text, not the file, when the separator changes', async () => {
    const posted: ImportResponse[] = [];
    const handle = createImportHandler((m) => posted.push(m));
    const file = countingFile(new TextEncoder().encode('Term;Definition\nchurn;customers who leave\n'));
    await ask(handle, posted, { type: 'parse', fileName: 'semi.csv', input: file, options: { separator: ',' } });
    const resplit = await ask(handle, posted, { type: 'remap', options: { separator: ';' } });
    expect(resplit.progress).toBeGreaterThan(0);
    expect(resplit.preview?.csv?.columnNames).toEqual(['Term', 'Definition']);
    expect(file.reads).toBe(1);
  });

  it('says why when asked to remap before any file was read', async () => {
    const posted: ImportResponse[] = [];
    const handle = createImportHandler((m) => posted.push(m));
    const { answers } = await ask(handle, posted, { type: 'remap', options: {} });
    expect(answers).toMatchObject([
      { type: 'error', error: { name: 'ImportError', reason: expect.stringMatching(/not read/) } },
    ]);
  });
});

/** A stand-in Worker around the real handler, cloning messages as postMessage does. */
function fakeWorker(): ImportWorkerLike & { requests: ImportRequest[]; terminated: boolean } {
  const listeners: Array<(e: MessageEvent<ImportResponse>) => void> = [];
  const fake = {
    requests: [] as ImportRequest[],
    terminated: false,
    postMessage(message: ImportRequest) {
      fake.requests.push(message);
      const copy = structuredClone(message);
      setTimeout(() => void handle(copy), 0);
    },
    addEventListener(type: string, listener: never) {
      if (type === 'message') listeners.push(listener);
    },
    terminate() {
      fake.terminated = true;
    },
  };
  const handle = createImportHandler((response) => {
    if (fake.terminated) return;
    const copy = structuredClone(response);
    for (const listener of listeners) listener({ data: copy } as MessageEvent<ImportResponse>);
  });
  return fake as ImportWorkerLike & { requests: ImportRequest[]; terminated: boolean };
}

describe('openTextImport: what the Import screen calls', () => {
  it('first preview, then update() re-maps in the same worker; close() ends it', async () => {
    const worker = fakeWorker();
    const session = openTextImport('ops.csv', new Blob([EXPORT]), {}, { createWorker: () => worker });
    const first = await session.first.promise;
    expect(first.csv?.mapping).toEqual({ front: 2, back: 3 });
    let progress = 0;
    const next = await session.update(
      { mapping: { front: 2, back: 3, notes: 1 } },
      { onProgress: () => (progress += 1) },
    ).promise;
    expect(next.bundle.decks[0]?.cards[0]?.notes).toBe('Definition');
    expect(progress).toBe(0);
    expect(worker.requests.map((r) => r.type)).toEqual(['parse', 'remap']);
    expect(worker.terminated).toBe(false);
    session.close();
    expect(worker.terminated).toBe(true);
  });

  it('a newer update cancels the one still running; the newest wins', async () => {
    const worker = fakeWorker();
    const session = openTextImport('ops.csv', EXPORT.toString('utf8'), {}, { createWorker: () => worker });
    await session.first.promise;
    const older = session.update({ mapping: { front: 3, back: 2 } });
    const newer = session.update({ mapping: { front: 2, back: 3, tags: 1 } });
    await expect(older.promise).rejects.toMatchObject({ name: 'AbortError' });
    expect((await newer.promise).bundle.decks[0]?.cards[0]?.tags).toEqual(['Definition']);
    session.close();
  });

  it('works the same without a Worker, on this thread', async () => {
    const session = openTextImport('ops.csv', EXPORT.toString('utf8'));
    expect((await session.first.promise).csv?.mapping).toEqual({ front: 2, back: 3 });
    const swapped = await session.update({ mapping: { front: 3, back: 2 } }).promise;
    expect(swapped.bundle.decks[0]?.cards[0]?.back).toBe('What does product operations own?');
    session.close();
  });
});
