/**
 * Custom study through the app model over fake-indexeddb: each kind picks the right cards
 * through the indexes (no store read whole), grades write normal reviews through the study
 * grade write (schedule, review log, queue slot; Home's counts follow), a preview writes nothing.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createCustomStudy } from '../../src/app/custom-study';
import type { DeckFile } from '../../src/domain/deck-file';
import { CardState, Grade, type ScheduleRecord } from '../../src/domain/model';
import { updateCard, writeCardChanges } from '../../src/storage/card-writes';
import { manualClock, startApp } from '../helpers/app-fixture';

const MIN = 60_000;
const DAY = 24 * 60 * MIN;
// 1 Dec 2026, 11:00 in UTC+1; the study day started at 03:00 UTC and ends at 03:00 UTC on 2 Dec.
const T = Date.UTC(2026, 11, 1, 10, 0);
const DAY_END = Date.UTC(2026, 11, 2, 3, 0);

const ANALYST = 'product-data-analyst';

function deck(id: string, cards: [key: string, tags: string[]][]): DeckFile {
  return {
    id,
    name: id[0]!.toUpperCase() + id.slice(1),
    cards: cards.map(([key, tags]) => ({ id: key, front: `${id} ${key} front`, back: `${id} ${key} back`, tags })),
  };
}

async function setUp(decks: DeckFile[]) {
  const clock = manualClock(T, 60);
  const started = await startApp(decks, clock);
  const flow = createCustomStudy(started.services);
  await flow.open();
  return { ...started, clock, flow };
}

/** The ids of the cards the session picked, in order. */
const picked = (flow: ReturnType<typeof createCustomStudy>) => flow.session.value!.queue.map((e) => e.card.id);

/** A review-state schedule due at `due`. */
function review(cardId: string, deckId: string, due: number): ScheduleRecord {
  return {
    cardId,
    deckId,
    due,
    stability: 10,
    difficulty: 5,
    elapsedDays: 0,
    scheduledDays: 10,
    learningSteps: 0,
    reps: 3,
    lapses: 0,
    state: CardState.Review,
    lastReview: due - 10 * DAY,
  };
}

/** Records every read that walks a whole store (not an index, not one key) while `work` runs. */
async function wholeStoreReads(work: () => Promise<void>): Promise<string[]> {
  const reads: string[] = [];
  const spies = (['getAll', 'getAllKeys', 'openCursor', 'openKeyCursor'] as const).map((method) => {
    const original = IDBObjectStore.prototype[method] as (...args: unknown[]) => unknown;
    return vi.spyOn(IDBObjectStore.prototype, method).mockImplementation(function (
      this: IDBObjectStore,
      ...args: unknown[]
    ) {
      if (args[0] === undefined || args[0] === null) reads.push(`${this.name}.${method}`);
      return original.apply(this, args) as never;
    });
  });
  try {
    await work();
  } finally {
    spies.forEach((spy) => spy.mockRestore());
  }
  return reads;
}

afterEach(() => vi.restoreAllMocks());

describe('custom study', () => {
  it('one role: its due cards first, then its new ones, within the chosen decks, suspended left out', async () => {
    const { db, study, clock, flow } = await setUp([
      deck('ops', [
        ['c1', [ANALYST]],
        ['c2', [ANALYST, 'sql']],
        ['c3', ['director']],
        ['c4', [ANALYST]],
        ['c5', [ANALYST]],
      ]),
      deck('other', [['c1', [ANALYST]]]),
    ]);
    // ops/c2 failed in study a minute ago: due again now; ops/c5 suspended.
    await study.start('ops');
    study.reveal();
    await study.grade(Grade.Again);
    study.reveal();
    await study.grade(Grade.Again);
    study.end();
    await updateCard(db, { ...(await db.get('cards', 'ops/c5'))!, suspended: true });
    clock.advance(2 * MIN);

    flow.setRequest({ kind: 'tag', tag: ANALYST, deckId: 'all', limit: 50 });
    const reads = await wholeStoreReads(() => flow.start());
    expect(reads).toEqual([]);
    expect(picked(flow)).toEqual(['ops/c1', 'ops/c2', 'ops/c4', 'other/c1']);
    expect(flow.session.value!.queue.slice(0, 2).every((e) => e.schedule?.state === CardState.Learning)).toBe(true);

    flow.end();
    flow.setRequest({ deckId: 'ops', limit: 3 });
    await flow.start();
    expect(picked(flow)).toEqual(['ops/c1', 'ops/c2', 'ops/c4']);

    flow.end();
    flow.setRequest({ tag: 'sql', deckId: 'all' });
    await flow.start();
    expect(picked(flow)).toEqual(['ops/c2']);
  });

  it('grades write normal reviews through the grade write: schedule, log, queue slot; Home follows', async () => {
    const { db, app, flow } = await setUp([
      deck('ops', [
        ['c1', [ANALYST]],
        ['c2', [ANALYST]],
        ['c3', ['other']],
      ]),
    ]);
    expect(app.summaries.value[0]).toMatchObject({ newCards: 3 });
    flow.setRequest({ kind: 'tag', tag: ANALYST });
    await flow.start();
    expect(picked(flow)).toEqual(['ops/c1', 'ops/c2']);

    flow.reveal();
    await flow.grade(Grade.Easy);
    const [logged] = await db.getAll('reviews');
    expect(logged).toMatchObject({
      cardId: 'ops/c1',
      deckId: 'ops',
      rating: Grade.Easy,
      review: T,
      state: CardState.New,
    });
    expect(logged!.before).toBeNull();
    const schedule = await db.get('schedules', 'ops/c1');
    expect(schedule).toMatchObject({ state: CardState.Review, reps: 1, version: 1 });
    expect(schedule!.due).toBeGreaterThan(DAY_END);
    expect(await db.get('queueSlots', 'ops/c1')).toMatchObject({ lane: 2, due: schedule!.due });
    // Home's counts and today's reviews follow, as after any grade.
    expect(app.summaries.value[0]).toMatchObject({ newCards: 2 });
    expect(app.todaysReviews.value.map((r) => r.cardId)).toEqual(['ops/c1']);

    // Again keeps a card in the session: it comes back after the others.
    flow.reveal();
    await flow.grade(Grade.Again);
    expect(picked(flow)).toEqual(['ops/c2']);
    expect((await db.get('schedules', 'ops/c2'))?.state).toBe(CardState.Learning);
    flow.reveal();
    await flow.grade(Grade.Good);
    expect(await db.count('reviews')).toBe(3);
    expect(flow.session.value).toMatchObject({ done: 3, picked: 2 });
  });

  it('review ahead N days: review cards due before the end of the Nth day ahead, soonest first', async () => {
    const { db, flow } = await setUp([
      deck('ops', [
        ['overdue', []],
        ['tomorrow', []],
        ['in3', []],
        ['in10', []],
        ['fresh', []],
      ]),
      deck('other', [['in2', []]]),
    ]);
    await writeCardChanges(db, {
      schedules: [
        review('ops/overdue', 'ops', T - DAY),
        review('ops/tomorrow', 'ops', DAY_END + 2 * 60 * MIN),
        review('ops/in3', 'ops', DAY_END + 2 * DAY + 60 * MIN),
        review('ops/in10', 'ops', DAY_END + 9 * DAY),
        review('other/in2', 'other', DAY_END + DAY + 60 * MIN),
      ],
    });
    flow.setRequest({ kind: 'ahead', days: 1 });
    const reads = await wholeStoreReads(() => flow.start());
    expect(reads).toEqual([]);
    expect(picked(flow)).toEqual(['ops/overdue', 'ops/tomorrow']);

    flow.end();
    flow.setRequest({ days: 3 });
    await flow.start();
    expect(picked(flow)).toEqual(['ops/overdue', 'ops/tomorrow', 'other/in2', 'ops/in3']);

    flow.end();
    flow.setRequest({ deckId: 'ops' });
    await flow.start();
    expect(picked(flow)).toEqual(['ops/overdue', 'ops/tomorrow', 'ops/in3']);

    // Reviewing ahead is a normal review: logged, and the card rescheduled from now.
    flow.session.value = { ...flow.session.value!, queue: flow.session.value!.queue.slice(1) };
    flow.reveal();
    await flow.grade(Grade.Good);
    const [logged] = await db.getAll('reviews');
    expect(logged).toMatchObject({ cardId: 'ops/tomorrow', rating: Grade.Good, state: CardState.Review });
    expect((await db.get('schedules', 'ops/tomorrow'))!.lastReview).toBe(T);
  });

  it("the cards failed today: answered Again since the day began (not yesterday's), each once", async () => {
    const { db, study, clock, app, flow } = await setUp([
      deck('ops', [
        ['c1', []],
        ['c2', []],
        ['c3', []],
        ['c4', []],
      ]),
    ]);
    // Yesterday: c1 failed.
    clock.set(T - DAY);
    await app.tick();
    await study.start('ops');
    study.reveal();
    await study.grade(Grade.Again);
    // Today: c2 failed twice, c3 passed, c4 failed.
    clock.set(T);
    await app.tick();
    await study.start('ops');
    const order: [string, Grade][] = [];
    for (;;) {
      const s = study.session.value!;
      if (!s.current || order.length === 5) break;
      const id = s.current.card.id;
      const grade = id === 'ops/c3' ? Grade.Easy : id === 'ops/c1' ? Grade.Good : Grade.Again;
      order.push([id, grade]);
      study.reveal();
      await study.grade(grade);
    }
    study.end();
    expect(order.filter(([, g]) => g === Grade.Again).map(([id]) => id)).toEqual(
      expect.arrayContaining(['ops/c2', 'ops/c4']),
    );

    flow.setRequest({ kind: 'failed' });
    const reads = await wholeStoreReads(() => flow.start());
    expect(reads).toEqual([]);
    const failedFirst = order.filter(([, g]) => g === Grade.Again).map(([id]) => id);
    expect(picked(flow)).toEqual([...new Set(failedFirst)]);
    const before = await db.count('reviews');
    flow.reveal();
    await flow.grade(Grade.Good);
    expect(await db.count('reviews')).toBe(before + 1);
  });

  it('preview: new cards in deck order, answers shown, and nothing written at all', async () => {
    const { db, app, flow } = await setUp([
      deck('ops', [
        ['c1', []],
        ['c2', []],
        ['c3', []],
        ['c4', []],
      ]),
    ]);
    const snapshot = async () => ({
      cards: await db.getAll('cards'),
      schedules: await db.getAll('schedules'),
      reviews: await db.getAll('reviews'),
      slots: await db.getAll('queueSlots'),
    });
    const before = await snapshot();
    flow.setRequest({ kind: 'preview', limit: 3 });
    const reads = await wholeStoreReads(() => flow.start());
    expect(reads).toEqual([]);
    expect(picked(flow)).toEqual(['ops/c1', 'ops/c2', 'ops/c3']);
    for (let i = 0; i < 3; i += 1) {
      flow.reveal();
      expect(flow.session.value).toMatchObject({ revealed: true, preview: null });
      // Grades do nothing in a preview.
      await flow.grade(Grade.Good);
      flow.next();
    }
    expect(flow.session.value).toMatchObject({ queue: [], done: 3 });
    expect(await snapshot()).toEqual(before);
    expect(app.summaries.value[0]).toMatchObject({ newCards: 4 });
    expect(app.todaysReviews.value).toEqual([]);
  });

  it('a request with a problem does not start', async () => {
    const { flow } = await setUp([deck('ops', [['c1', []]])]);
    flow.setRequest({ kind: 'tag', tag: '' });
    await flow.start();
    expect(flow.session.value).toBeNull();
    flow.setRequest({ kind: 'ahead', days: 0 });
    await flow.start();
    expect(flow.session.value).toBeNull();
  });
});
