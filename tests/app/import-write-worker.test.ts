/**
 * Issue 14 point 4: a text import is written by the worker that read it, so its records are
 * built and written off the page's thread and never cross to the page a second time. The
 * worker here is a stand-in around the real handler and writer, cloning messages as
 * postMessage does, over the test's database.
 */
import { describe, expect, it } from 'vitest';
import { createImportFlow } from '../../src/app/import-flow';
import type { ImportBundle } from '../../src/domain/import-bundle';
import { createImportHandler, SAMPLE_CARDS, type ImportStore } from '../../src/import/import-handler';
import type { ImportRequest, ImportResponse } from '../../src/import/import-messages';
import type { ImportWorkerLike } from '../../src/import/run-import';
import { openAppDb } from '../../src/storage/db';
import { planImport, writeImport } from '../../src/storage/import-write';
import { makeDeck, manualClock, startApp } from '../helpers/app-fixture';

async function writeInto(bundle: ImportBundle, now: number, dbName: string) {
  const db = await openAppDb(dbName, { mustExist: true });
  try {
    return await writeImport(db, bundle, now);
  } finally {
    db.close();
  }
}

async function planIn(bundle: ImportBundle, dbName: string) {
  const db = await openAppDb(dbName, { mustExist: true });
  try {
    return await planImport(db, bundle);
  } finally {
    db.close();
  }
}

function writingWorker(write: ImportStore['write'] = writeInto): ImportWorkerLike & { requests: ImportRequest[] } {
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
  const handle = createImportHandler(
    (response) => {
      if (fake.terminated) return;
      const copy = structuredClone(response);
      for (const listener of listeners) listener({ data: copy } as MessageEvent<ImportResponse>);
    },
    { plan: planIn, write },
  );
  return fake as ImportWorkerLike & { requests: ImportRequest[] };
}

const T = Date.UTC(2026, 11, 2, 10);

describe('a text import written by its worker', () => {
  it('imports the preview on show (after a column change) into the database, and the deck list counts it', async () => {
    const { services } = await startApp([makeDeck('alpha', 1)], manualClock(T));
    const worker = writingWorker();
    const flow = createImportFlow({ ...services, createWorker: () => worker });
    await flow.openFile(new File(['term;meaning\nSLA;Service level agreement\nKPI;Key indicator\n'], 'words.csv'));
    await flow.retry({ separator: ';', hasHeader: true, mapping: { front: 1, back: 0 } });
    await flow.confirm();

    expect(flow.step.value).toMatchObject({ name: 'done', message: expect.stringContaining('Imported 2 cards') });
    expect(worker.requests.map((r) => r.type)).toEqual(['parse', 'remap', 'write']);
    const deck = services.state.decks.value.find((d) => d.name === 'words');
    expect(deck).toBeDefined();
    const cards = await services.db.getAllFromIndex('cards', 'by-deck', deck!.id);
    // The columns as re-mapped, not as first read.
    expect(cards.map((c) => [c.front, c.back]).sort()).toEqual([
      ['Key indicator', 'KPI'],
      ['Service level agreement', 'SLA'],
    ]);
    // Each card has its queue slot: the deck list shows the two new cards.
    expect(await services.db.count('queueSlots')).toBe(3);
    expect(services.state.summaries.value.find((s) => s.deck.id === deck!.id)?.counts.newCards).toBe(2);
  });

  it('a large file is planned in the worker: the page gets the plan and the first cards only, and all are written', async () => {
    const { services } = await startApp([makeDeck('alpha', 1)], manualClock(T));
    const worker = writingWorker();
    const flow = createImportFlow({ ...services, createWorker: () => worker });
    const rows = Array.from({ length: 60 }, (_, i) => `q${i},a${i}`).join('\n');
    await flow.openFile(new File([`Front,Back\n${rows}\n`], 'big.csv'));
    const step = flow.step.value;
    if (step.name !== 'preview') throw new Error(`expected a preview, got ${step.name}`);
    expect(step.preview.plan.cards).toBe(60);
    expect(step.preview.plan.decks[0]).toMatchObject({ name: 'big', created: true, newCards: 60 });
    expect(step.preview.bundle.decks[0]!.cards).toHaveLength(SAMPLE_CARDS);
    expect(step.preview.bundle.decks[0]!.cards[0]).toMatchObject({ front: 'q0', back: 'a0' });
    await flow.confirm();
    expect(flow.step.value).toMatchObject({ name: 'done', message: 'Imported 60 cards into big.' });
    expect(await services.db.count('cards')).toBe(61);
    expect(await services.db.count('queueSlots')).toBe(61);
  });

  it('a write the database refuses is said plainly, nothing is written, and the preview stays', async () => {
    const { services } = await startApp([makeDeck('alpha', 1)], manualClock(T));
    const worker = writingWorker(() =>
      Promise.reject(Object.assign(new Error('The quota has been exceeded.'), { name: 'QuotaExceededError' })),
    );
    const flow = createImportFlow({ ...services, createWorker: () => worker });
    await flow.openFile(new File(['q,a\n1,2\n'], 'one.csv'));
    await flow.confirm();
    expect(flow.step.value.name).toBe('preview');
    expect(flow.error.value).toMatch(/^Nothing was imported: .*(space|full)/i);
    expect(await services.db.count('cards')).toBe(1);
  });
});
