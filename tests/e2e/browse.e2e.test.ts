/**
 * Issue 11 in the production build: cards made on the Add screen are found in Browse by a word
 * on their back; an edit keeps the card's due date and review count; suspend takes a card out
 * of study and unsuspend brings it back; bury hides it until the next study day; and Undo of a
 * bulk delete brings every card back with its review history.
 */
import type { Page } from 'playwright-core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { deckCounts, deckLinks, goHome, grade, revealAnswer, waitForDecks } from './app-steps';
import { closeAndCheck, firstPage, openSession, readAppDb, type Session } from './harness';

let session: Session;
let page: Page;

beforeEach(async () => {
  session = await openSession();
  page = await firstPage(session);
});

afterEach(() => closeAndCheck(session));

/** Header → More → a screen. */
async function openFromMore(label: string, heading: string): Promise<void> {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'More' }).click();
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: label }).click();
  await page.getByRole('heading', { level: 1, name: heading }).waitFor();
}

/** Adds Basic cards on the Add screen, the first into a new deck named `deck`. */
async function addCards(deck: string, cards: [front: string, back: string][]): Promise<void> {
  await openFromMore('Add cards', 'Add cards');
  await page.getByLabel('Deck', { exact: true }).selectOption({ label: 'New deck…' });
  await page.getByLabel("New deck's name").fill(deck);
  for (const [front, back] of cards) {
    await page.getByLabel('Front', { exact: true }).fill(front);
    await page.getByLabel('Back', { exact: true }).fill(back);
    await page.getByRole('button', { name: 'Add', exact: true }).click();
    // Added: the form empties for the next card.
    await page.waitForFunction(() => document.querySelector<HTMLTextAreaElement>('#add-front')?.value === '');
    await page.getByText(`Added 1 card to ${deck}.`).waitFor();
  }
}

/** Browse with a query typed and searched; resolves once the count is shown. */
async function browseFor(query: string): Promise<void> {
  if (!(await page.getByRole('heading', { level: 1, name: 'Browse' }).isVisible())) {
    await openFromMore('Browse cards', 'Browse');
  }
  await page.getByLabel('Search cards').fill(query);
  await page.getByRole('button', { name: 'Search', exact: true }).click();
  await page
    .getByRole('status')
    .filter({ hasText: /^(\d[\d,]* cards?|No cards match\.)$/ })
    .waitFor();
}

async function foundCount(): Promise<number> {
  const text = await page
    .getByRole('status')
    .filter({ hasText: /^(\d[\d,]* cards?|No cards match\.)$/ })
    .textContent();
  return /^No/.test(text ?? '') ? 0 : Number((text ?? '').replace(/\D/g, ''));
}

/** Ticks every card found and applies an action from the action bar. */
async function applyToAll(action: string, done: RegExp): Promise<void> {
  await page.getByRole('list', { name: 'Cards found' }).getByRole('checkbox').first().check();
  const selectAll = page.getByRole('button', { name: /^Select all/ });
  if (await selectAll.isVisible()) await selectAll.click();
  await page.getByLabel('Action for the selected cards').selectOption({ label: action });
  await page.getByRole('button', { name: 'Apply' }).click();
  await page.getByRole('region', { name: 'Selected cards' }).getByText(done).waitFor();
}

/** One of the Edit screen's facts about the card ("Reviews" -> "1"). */
async function fact(label: string): Promise<string | null> {
  return page
    .locator('.card-facts > div')
    .filter({ has: page.getByText(label, { exact: true }) })
    .locator('dd')
    .textContent();
}

/** A card's schedule and the number of its reviews, read from the app's IndexedDB. */
async function progressOf(front: string): Promise<{ due: number; reps: number; reviews: number }> {
  return page.evaluate(async (wanted) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('prepdeck');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const ask = <T>(request: IDBRequest<T>) =>
      new Promise<T>((resolve, reject) => {
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
    const tx = db.transaction(['cards', 'schedules', 'reviews']);
    const cards = (await ask(tx.objectStore('cards').getAll())) as { id: string; front: string }[];
    const card = cards.find((c) => c.front === wanted);
    if (!card) throw new Error(`no card "${wanted}"`);
    const schedule = (await ask(tx.objectStore('schedules').get(card.id))) as { due: number; reps: number };
    const reviews = await ask(tx.objectStore('reviews').index('by-card').count(card.id));
    db.close();
    return { due: schedule.due, reps: schedule.reps, reviews };
  }, front);
}

describe('Browse, edit, suspend, bury, delete', () => {
  it('search finds a card by a word on its back; editing it keeps its due date and review count', async () => {
    await page.goto(session.server.url);
    await waitForDecks(page);
    await addCards('Incident drills', [
      ['What does MTTR stand for?', 'Mean time to recovery, as steady as a zebrafish heartbeat'],
      ['What does MTBF stand for?', 'Mean time between failures'],
    ]);
    await goHome(page);
    await deckLinks(page).filter({ hasText: 'Incident drills' }).click();
    await revealAnswer(page);
    await grade(page, 'Good');
    const before = await progressOf('What does MTTR stand for?');
    expect(before.reviews).toBe(1);

    await browseFor('zebrafish');
    expect(await foundCount()).toBe(1);
    const row = page.getByRole('list', { name: 'Cards found' }).getByRole('listitem');
    await expect(row.textContent()).resolves.toContain('What does MTTR stand for?');
    await row.getByRole('link').click();
    await page.getByRole('heading', { level: 1, name: 'Edit card' }).waitFor();
    await expect(fact('Reviews')).resolves.toBe('1');
    await page.getByLabel('Front', { exact: true }).fill('What does MTTR mean?');
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByText('Saved. The card keeps its progress.').waitFor();
    await expect(fact('Reviews')).resolves.toBe('1');
    expect(await progressOf('What does MTTR mean?')).toEqual(before);

    await page.getByRole('link', { name: 'Back to Browse' }).click();
    await browseFor('zebrafish');
    // A row shows "Loading…" until its card is read: wait for it, however slow the machine.
    await expect
      .poll(() => page.getByRole('list', { name: 'Cards found' }).getByRole('listitem').textContent(), {
        timeout: 30_000,
      })
      .toContain('What does MTTR mean?');
  });

  it('suspend takes a card out of study and unsuspend returns it; bury hides it until the next study day', async () => {
    // 2 June 2026, 15:00 in the browser's zone; the clock runs on from there.
    await session.context.clock.install({ time: new Date('2026-06-02T15:00:00') });
    await page.goto(session.server.url);
    await waitForDecks(page);
    await addCards('Queue drills', [
      ['Queue question one', 'Queue answer one'],
      ['Queue question two', 'Queue answer two'],
    ]);
    await goHome(page);
    expect(await deckCounts(page, 'Queue drills')).toEqual({ due: 0, fresh: 2, total: 2 });

    await browseFor('"Queue question two"');
    await applyToAll('Suspend', /^Suspended 1 card\./);
    await goHome(page);
    expect(await deckCounts(page, 'Queue drills')).toEqual({ due: 0, fresh: 1, total: 2 });
    await deckLinks(page).filter({ hasText: 'Queue drills' }).click();
    await page.getByText('1 left').waitFor();
    await expect(page.getByRole('article', { name: 'Card' }).textContent()).resolves.toContain('Queue question one');
    await goHome(page);

    await browseFor('is:suspended deck:"Queue drills"');
    expect(await foundCount()).toBe(1);
    await applyToAll('Unsuspend', /^Unsuspended 1 card\./);
    await goHome(page);
    expect(await deckCounts(page, 'Queue drills')).toEqual({ due: 0, fresh: 2, total: 2 });

    await browseFor('"Queue question one"');
    await applyToAll('Bury until tomorrow', /^Buried 1 card until tomorrow\./);
    await goHome(page);
    expect(await deckCounts(page, 'Queue drills')).toEqual({ due: 0, fresh: 1, total: 2 });
    // Still the same study day at 3:30 the next morning (days start at 4 a.m.)...
    await page.clock.setSystemTime(new Date('2026-06-03T03:30:00'));
    await page.reload();
    await waitForDecks(page);
    expect(await deckCounts(page, 'Queue drills')).toEqual({ due: 0, fresh: 1, total: 2 });
    // ...and back once the next one starts.
    await page.clock.setSystemTime(new Date('2026-06-03T04:05:00'));
    await page.reload();
    await waitForDecks(page);
    expect(await deckCounts(page, 'Queue drills')).toEqual({ due: 0, fresh: 2, total: 2 });
  });

  it('undo of a bulk delete brings every card back with its history', async () => {
    await page.goto(session.server.url);
    await waitForDecks(page);
    await addCards('Delete drills', [
      ['Delete question one', 'Delete answer one'],
      ['Delete question two', 'Delete answer two'],
      ['Delete question three', 'Delete answer three'],
    ]);
    await goHome(page);
    await deckLinks(page).filter({ hasText: 'Delete drills' }).click();
    for (let i = 0; i < 3; i++) {
      await revealAnswer(page);
      await grade(page, i === 1 ? 'Again' : 'Good');
    }
    const before = (await readAppDb(page))!;
    expect(before.reviews).toHaveLength(3);

    await browseFor('deck:"Delete drills"');
    expect(await foundCount()).toBe(3);
    await applyToAll('Delete with their history', /^Deleted 3 cards and 3 reviews of history\./);
    await page.getByText('No cards match.').waitFor();
    const deleted = (await readAppDb(page))!;
    expect(deleted.counts.cards).toBe(before.counts.cards! - 3);
    expect(deleted.counts.schedules).toBe(before.counts.schedules! - 3);
    expect(deleted.reviews).toEqual([]);

    await page.getByRole('region', { name: 'Selected cards' }).getByRole('button', { name: 'Undo' }).click();
    await page.getByText(/^Undone: Deleted 3 cards/).waitFor();
    expect(await readAppDb(page)).toEqual(before);
    expect(await foundCount()).toBe(3);
    await goHome(page);
    expect(await deckCounts(page, 'Delete drills')).toMatchObject({ total: 3 });
  });
});
