/**
 * Issue 11 point 4 in the production build: Anki's keys on the study screen. @ suspends the
 * card (it leaves the session and Home's counts drop), - buries it, Ctrl+1 flags it (Browse
 * finds it by flag:1), E edits it and saving comes back to the session.
 */
import type { Page } from 'playwright-core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { deckCounts, firstDeckName, goHome, openDeck } from './app-steps';
import { closeAndCheck, firstPage, openSession, type Session } from './harness';

let session: Session;
let page: Page;

beforeEach(async () => {
  session = await openSession();
  page = await firstPage(session);
  await page.setViewportSize({ width: 360, height: 740 });
});

afterEach(() => closeAndCheck(session));

const card = () => page.getByRole('article', { name: 'Card' });
/** The front of the card on screen, as shown. */
const front = async () => ((await card().locator('.card-front').textContent()) ?? '').trim();

/** Waits until the card on screen is another one than `was`. */
async function nextCardAfter(was: string): Promise<string> {
  await page.waitForFunction(
    (old) => (document.querySelector('article .card-front')?.textContent ?? '').trim() !== old,
    was,
  );
  return front();
}

/** Browse's count of cards for a query. */
async function browseCount(query: string): Promise<{ count: number; text: string }> {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'More' }).click();
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Browse cards' }).click();
  await page.getByLabel('Search cards').fill(query);
  await page.getByRole('button', { name: 'Search', exact: true }).click();
  const status = page.getByRole('status').filter({ hasText: /^(\d[\d,]* cards?|No cards match\.)$/ });
  await status.waitFor();
  const shown = (await status.textContent()) ?? '';
  const list = page.getByRole('list', { name: 'Cards found' });
  const text = /^No/.test(shown) ? '' : ((await list.textContent()) ?? '');
  return { count: /^No/.test(shown) ? 0 : Number(shown.replace(/\D/g, '')), text };
}

describe('study screen keys', () => {
  it('@ suspends, - buries, Ctrl+1 flags, E edits and comes back', async () => {
    await page.goto(session.server.url);
    const deck = await firstDeckName(page);
    const before = await deckCounts(page, deck);
    await openDeck(page, deck);
    const left = async () => Number(((await page.getByText(/^\d+ left$/).textContent()) ?? '').replace(/\D/g, ''));
    const leftBefore = await left();

    const suspended = await front();
    await page.keyboard.press('@');
    await page
      .getByRole('status')
      .getByText(/^Card suspended/)
      .waitFor();
    const buried = await nextCardAfter(suspended);
    expect(await left()).toBe(leftBefore - 1);

    await page.keyboard.press('-');
    await page.getByText('Card buried until tomorrow.').waitFor();
    const flagged = await nextCardAfter(buried);
    expect(await left()).toBe(leftBefore - 2);

    await page.keyboard.press('Control+1');
    await page.getByRole('img', { name: 'Red flag' }).waitFor();
    expect(await front()).toBe(flagged);

    await page.keyboard.press('e');
    await page.getByRole('heading', { level: 1, name: 'Edit card' }).waitFor();
    const frontField = page.getByLabel('Front', { exact: true });
    await expect(frontField.inputValue()).resolves.toBe(flagged);
    await frontField.fill(`${flagged} (edited while studying)`);
    await page.getByRole('button', { name: 'Save' }).click();
    // Back in the session, on the edited card, its flag still on.
    await card().getByText(`${flagged} (edited while studying)`).waitFor();
    await page.getByRole('img', { name: 'Red flag' }).waitFor();
    expect(page.url()).toMatch(/#\/study\/[^/]+$/);

    // Home's counts: the suspended and the buried cards are out of today's study.
    await goHome(page);
    const after = await deckCounts(page, deck);
    expect(after.total).toBe(before.total);
    expect(after.due + after.fresh).toBe(before.due + before.fresh - 2);

    // Browse sees the marks.
    const flaggedRows = await browseCount('flag:1');
    expect(flaggedRows.count).toBe(1);
    expect(flaggedRows.text).toContain(`${flagged} (edited while studying)`);
    const suspendedRows = await browseCount('is:suspended');
    expect(suspendedRows.count).toBe(1);
    expect(suspendedRows.text).toContain(suspended);
    const buriedRows = await browseCount('is:buried');
    expect(buriedRows.count).toBe(1);
    expect(buriedRows.text).toContain(buried);
  });
});
