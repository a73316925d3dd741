/**
 * Issue 3, "keeping the data": a newer version's database upgrade while an old tab is open
 * must not corrupt anything. The old tab closes its connection (so the upgrade can go on)
 * and asks the user to reload.
 */
import { afterEach, beforeEach, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { firstDeckName, grade, openDeck, revealAnswer, waitForDecks } from './app-steps';
import { closeAndCheck, firstPage, installApp, openSession, readAppDb, type Session } from './harness';

let session: Session;
let page: Page;

beforeEach(async () => {
  session = await openSession();
  page = await firstPage(session);
});

afterEach(() => closeAndCheck(session));

it('an upgrade from another tab makes the old tab let go of the database and ask for a reload', async () => {
  await installApp(page, session.server.url);
  const deck = await firstDeckName(page);
  await openDeck(page, deck);
  await revealAnswer(page);
  await grade(page, 'Good');

  // A second tab running a "newer version": it opens the database one version up.
  const other = await session.newPage();
  await other.goto(session.server.url);
  await waitForDecks(other);
  const upgraded = await other.evaluate(async () => {
    const current = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('prepdeck');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const next = current.version + 1;
    current.close();
    // Resolves only once every other connection has closed: "blocked" would wait forever.
    return new Promise<number>((resolve, reject) => {
      const request = indexedDB.open('prepdeck', next);
      request.onsuccess = () => {
        request.result.close();
        resolve(next);
      };
      request.onerror = () => reject(request.error);
    });
  });
  expect(upgraded).toBeGreaterThan(1);

  // Both old tabs (the upgrader's own app included) tell the user to reload.
  for (const tab of [page, other]) {
    await tab
      .getByRole('alert')
      .filter({ hasText: /another tab/i })
      // A busy machine may take a while to deliver the version change to both tabs.
      .waitFor({ timeout: 60_000 });
    await tab.getByRole('button', { name: 'Reload' }).waitFor();
  }
  // Nothing was lost on the way.
  const snapshot = await readAppDb(other);
  expect(snapshot?.version).toBe(upgraded);
  expect(snapshot?.counts.reviews).toBe(1);
});
