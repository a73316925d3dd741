import { describe, expect, it } from 'vitest';
import { createBrowseFlow } from '../../src/app/browse-flow';
import { NO_FILTERS } from '../../src/domain/browse-query';
import { Grade } from '../../src/domain/model';
import { makeDeck, manualClock, startApp } from '../helpers/app-fixture';

// 2 June 2026, 15:00 in UTC+2; the study day starts at 4 a.m.
const AFTERNOON = Date.UTC(2026, 5, 2, 13);

async function browse(cards = 4) {
  const clock = manualClock(AFTERNOON, 120);
  const started = await startApp([makeDeck('alpha', cards, 'Alpha'), makeDeck('beta', 2, 'Beta')], clock);
  const flow = createBrowseFlow(started.services);
  await flow.open();
  return { ...started, clock, flow };
}

const newCount = (app: Awaited<ReturnType<typeof browse>>['app'], deck = 'alpha') =>
  app.summaries.value.find((s) => s.deck.id === deck)!.newCards;

async function select(flow: Awaited<ReturnType<typeof browse>>['flow'], query: string) {
  flow.setQuery(query);
  await flow.search();
  flow.selectAll();
  return [...flow.selected.value];
}

describe('Browse (fake-indexeddb)', () => {
  it('finds cards by a word on their back, by filters, and sorts them', async () => {
    const { flow } = await browse();
    expect(flow.hits.value).toHaveLength(6);
    flow.setQuery('"answer 3" alpha');
    await flow.search();
    expect(flow.hits.value).toEqual(['alpha/c3']);
    flow.setQuery('');
    flow.setFilters({ deck: 'Beta' });
    await flow.search();
    expect(flow.hits.value).toEqual(['beta/c1', 'beta/c2']);
    flow.setFilters(NO_FILTERS);
    flow.setQuery('(oops');
    await flow.search();
    expect(flow.searchError.value?.message).toBe('A "(" is not closed: add ")".');
  });

  it('suspend takes cards out of study and Undo puts them back; so does unsuspend', async () => {
    const { flow, app } = await browse();
    expect(newCount(app)).toBe(4);
    await select(flow, 'deck:Alpha ("answer 1" or "answer 2")');
    await flow.suspend();
    expect(flow.status.value).toBe('Suspended 2 cards.');
    expect(newCount(app)).toBe(2);
    await flow.undo();
    expect(flow.status.value).toBe('Undone: Suspended 2 cards.');
    expect(newCount(app)).toBe(4);
    expect(flow.lastAction.value).toBeNull();
    await select(flow, 'deck:Alpha');
    await flow.suspend();
    await select(flow, 'is:suspended');
    expect(flow.selected.value.size).toBe(4);
    await flow.unsuspend();
    expect(newCount(app)).toBe(4);
  });

  it('bury hides cards until the next study day starts', async () => {
    const { flow, app, clock } = await browse();
    await select(flow, '"answer 1" deck:Alpha');
    await flow.bury();
    expect(flow.status.value).toBe('Buried 1 card until tomorrow.');
    expect(newCount(app)).toBe(3);
    // 3:59 the next morning is still today's study day; 4:00 starts the next.
    clock.set(Date.UTC(2026, 5, 3, 1, 59));
    await app.tick();
    expect(newCount(app)).toBe(3);
    clock.set(Date.UTC(2026, 5, 3, 2, 0));
    await app.tick();
    expect(newCount(app)).toBe(4);
  });

  it('flags, moves, tags and resets cards, each undoable until the next action', async () => {
    const { flow, db, study } = await browse();
    await study.start('alpha');
    study.reveal();
    await study.grade(Grade.Good);
    const graded = await db.getAllKeys('schedules');
    expect(graded).toHaveLength(1);

    await select(flow, 'deck:Alpha');
    await flow.change({ kind: 'flag', flag: 1 });
    expect(flow.status.value).toBe('Flagged 4 cards red.');
    expect((await db.getAllKeysFromIndex('cards', 'by-flag', 1)).length).toBe(4);

    await select(flow, 'deck:Alpha');
    await flow.change({ kind: 'deck', deckId: 'beta' });
    expect(flow.status.value).toBe('Moved 4 cards to Beta.');
    expect(await db.countFromIndex('cards', 'by-deck', 'beta')).toBe(6);
    expect((await db.get('schedules', graded[0]!))!.deckId).toBe('beta');
    // The flag is no longer undoable: only the move is.
    await flow.undo();
    expect(await db.countFromIndex('cards', 'by-deck', 'alpha')).toBe(4);
    expect((await db.get('schedules', graded[0]!))!.deckId).toBe('alpha');
    expect((await db.getAllKeysFromIndex('cards', 'by-flag', 1)).length).toBe(4);

    await select(flow, 'deck:Beta');
    await flow.change({ kind: 'add-tag', tag: 'later' });
    expect(flow.tags.value).toContain('later');
    await select(flow, 'tag:later');
    expect(flow.selected.value.size).toBe(2);
    await flow.change({ kind: 'remove-tag', tag: 'later' });
    expect(flow.tags.value).not.toContain('later');

    await select(flow, 'deck:Alpha');
    await flow.forget();
    expect(flow.status.value).toBe('Reset 1 card to new; their review history is kept.');
    expect(await db.count('schedules')).toBe(0);
    expect(await db.count('reviews')).toBe(1);
    await flow.undo();
    expect(await db.count('schedules')).toBe(1);
  });

  it('undo of a bulk delete brings every card back with its history', async () => {
    const { flow, db, app, study } = await browse();
    await study.start('alpha');
    for (let i = 0; i < 3; i++) {
      study.reveal();
      await study.grade(Grade.Good);
    }
    const before = {
      cards: await db.getAll('cards'),
      schedules: await db.getAll('schedules'),
      reviews: await db.getAll('reviews'),
    };
    await select(flow, 'deck:Alpha');
    await flow.remove();
    expect(flow.status.value).toBe('Deleted 4 cards and 3 reviews of history.');
    expect(flow.hits.value).toEqual([]);
    expect(await db.count('cards')).toBe(2);
    expect(app.summaries.value.find((s) => s.deck.id === 'alpha')!.total).toBe(0);
    await flow.undo();
    expect({
      cards: await db.getAll('cards'),
      schedules: await db.getAll('schedules'),
      reviews: await db.getAll('reviews'),
    }).toEqual(before);
    expect(app.summaries.value.find((s) => s.deck.id === 'alpha')!.total).toBe(4);
  });

  it('shows the rows on screen, read by id', async () => {
    const { flow } = await browse();
    await flow.showRows(flow.hits.value!.slice(0, 2));
    expect([...flow.rows.value.keys()]).toEqual(flow.hits.value!.slice(0, 2));
  });
});
