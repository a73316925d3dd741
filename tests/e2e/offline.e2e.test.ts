/**
 * Issue 3, browser tests 3 and 4: the app works in airplane mode, and every grade is kept,
 * across closing the page, going offline, and relaunching the browser.
 * "Offline" is both Chromium's network emulation and a server that drops every connection.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import {
  deckCounts,
  firstDeckName,
  goHome,
  openDeck,
  revealAnswer,
  grade,
  studyCards,
  waitForDecks,
} from './app-steps';
import { closeAndCheck, firstPage, installApp, openSession, readAppDb, type Session, goOffline } from './harness';

let session: Session;
let page: Page;

beforeEach(async () => {
  session = await openSession();
  page = await firstPage(session);
});

afterEach(() => closeAndCheck(session));

async function reviewCount(target: Page): Promise<number> {
  return (await readAppDb(target))?.counts.reviews ?? 0;
}

describe('offline', () => {
  it('reloads into the decks, opens a built-in deck, reveals and grades a card', async () => {
    await installApp(page, session.server.url);
    await waitForDecks(page);
    await goOffline(session);

    await page.reload();
    await waitForDecks(page);
    const deck = await firstDeckName(page);
    await openDeck(page, deck);
    await revealAnswer(page);
    await expect(page.getByRole('heading', { name: 'Answer' }).count()).resolves.toBe(1);
    await grade(page, 'Good');
    expect(await reviewCount(page)).toBe(1);

    // Any path of the app is answered with the app shell (navigateFallback), still offline.
    await page.goto(new URL('some/deep/link', session.server.url).href);
    await waitForDecks(page);
  });
});

describe('persistence', () => {
  it('keeps grades across closing the page, going offline and relaunching the browser', async () => {
    // Count the app's requests for persistent storage (the browser's answer is its own business).
    await session.context.addInitScript(() => {
      const storage = navigator.storage;
      if (!storage) return; // about:blank is not a secure context
      const persist = storage.persist.bind(storage);
      (window as unknown as { persistCalls: number }).persistCalls = 0;
      storage.persist = () => {
        (window as unknown as { persistCalls: number }).persistCalls += 1;
        return persist();
      };
    });
    const persistCalls = () => page.evaluate(() => (window as unknown as { persistCalls: number }).persistCalls);
    await installApp(page, session.server.url);
    const deck = await firstDeckName(page);
    const before = await deckCounts(page, deck);
    expect(await persistCalls(), 'no request before there is progress').toBe(0);

    await openDeck(page, deck);
    await studyCards(page, 3, 'Good');
    // Asked once, when the first grade made progress worth keeping.
    await expect.poll(persistCalls).toBe(1);
    await goHome(page);
    const afterThree = await deckCounts(page, deck);
    expect(afterThree.fresh).toBe(before.fresh - 3);
    expect(afterThree.total).toBe(before.total);

    // Close the page, open a new one in the same profile: the same counts, three reviews logged.
    await page.close();
    page = await session.newPage();
    await page.goto(session.server.url);
    await waitForDecks(page);
    expect(await deckCounts(page, deck)).toEqual(afterThree);
    const snapshot = await readAppDb(page);
    expect(snapshot?.counts.reviews).toBe(3);
    expect(snapshot?.reviews.map((review) => review.cardId)).toHaveLength(3);

    // Airplane mode: a new page, one more grade, then the whole browser is closed and relaunched.
    await goOffline(session);
    await page.close();
    page = await session.newPage();
    await page.goto(session.server.url);
    await waitForDecks(page);
    expect(await deckCounts(page, deck)).toEqual(afterThree);
    await openDeck(page, deck);
    await studyCards(page, 1, 'Good');
    await goHome(page);
    const afterFour = await deckCounts(page, deck);
    expect(afterFour.fresh).toBe(before.fresh - 4);

    await session.relaunch();
    page = await firstPage(session);
    // The server is still unreachable: this launch is served by the service worker alone.
    await page.goto(session.server.url);
    await waitForDecks(page);
    expect(await deckCounts(page, deck)).toEqual(afterFour);
    expect(await reviewCount(page)).toBe(4);

    // Back online, nothing lost or doubled.
    session.server.setReachable(true);
    await page.reload();
    await waitForDecks(page);
    expect(await deckCounts(page, deck)).toEqual(afterFour);
    expect(await reviewCount(page)).toBe(4);

    // Settings tells whether the data is safe from eviction and how much space it takes.
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Settings' }).click();
    await page.getByText(/Storage is (not )?persistent/).waitFor();
    await page.getByText(/^Using \d+(\.\d)? (B|kB|MB|GB)/).waitFor();
  });
});
