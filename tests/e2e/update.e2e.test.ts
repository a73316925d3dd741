/**
 * Issue 3, browser test 5: a new release is deployed while the app is open. The app says
 * "Update available", leaves the card being studied alone, and moves to the new version
 * only when the user taps Reload, with all progress intact.
 */
import { afterEach, beforeEach, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { deckCounts, firstDeckName, goHome, grade, openDeck, revealAnswer, waitForDecks } from './app-steps';
import { closeAndCheck, appVersion, firstPage, installApp, openSession, readAppDb, type Session } from './harness';
import { BUILD_V1, BUILD_V2 } from './global-setup';

let session: Session;
let page: Page;

beforeEach(async () => {
  session = await openSession();
  page = await firstPage(session);
  await installApp(page, session.server.url);
  expect(await appVersion(page)).toBe(BUILD_V1);
});

afterEach(() => closeAndCheck(session));

function deploySecondBuild(): void {
  session.server.setRoot(inject('e2eBuilds').v2);
}

/** Taps the banner's Reload and waits for the new version's page. */
async function acceptUpdate(): Promise<void> {
  await page.getByRole('button', { name: 'Reload' }).click();
  await expect.poll(() => appVersion(page).catch(() => null), { timeout: 15_000 }).toBe(BUILD_V2);
}

describe('update', () => {
  it('offers the update mid-card without interrupting it, and applies it when tapped', async () => {
    const deck = await firstDeckName(page);
    const before = await deckCounts(page, deck);
    await openDeck(page, deck);
    await revealAnswer(page);
    const answerShown = await page.getByRole('article', { name: 'Card' }).textContent();
    // A marker that survives only as long as this document does: a reload would drop it.
    await page.evaluate(() => ((window as unknown as { sameDocument: boolean }).sameDocument = true));

    deploySecondBuild();
    // What the app's periodic check (and every navigation) does: look for a new sw.js.
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
    await page.getByText('Update available').waitFor();
    // The new worker is installed and waiting; the card on screen is the same, in the same page.
    expect(await page.evaluate(async () => Boolean((await navigator.serviceWorker.getRegistration())?.waiting))).toBe(
      true,
    );
    expect(await page.evaluate(() => (window as unknown as { sameDocument?: boolean }).sameDocument)).toBe(true);
    expect(await page.getByRole('article', { name: 'Card' }).textContent()).toBe(answerShown);
    expect(await appVersion(page)).toBe(BUILD_V1);
    // On a phone the message sits above the grade bar, on one line, and covers none of it.
    await page.setViewportSize({ width: 360, height: 740 });
    const banner = (await page.locator('.pwa-banner').boundingBox())!;
    const grades = (await page.getByRole('group', { name: 'Grade your answer' }).boundingBox())!;
    expect(banner.y + banner.height).toBeLessThanOrEqual(grades.y);
    expect(banner.height).toBeLessThan(64);

    // The user finishes the card; still no reload.
    await grade(page, 'Good');
    expect(await page.evaluate(() => (window as unknown as { sameDocument?: boolean }).sameDocument)).toBe(true);
    await page.getByText('Update available').waitFor();

    await acceptUpdate();
    // The reload keeps the route: the new version opens on the same deck, at its next card.
    await page.getByRole('button', { name: 'Show answer' }).waitFor();
    expect(await page.evaluate(() => (window as unknown as { sameDocument?: boolean }).sameDocument)).toBeUndefined();
    await goHome(page);
    expect(await page.evaluate(async () => Boolean((await navigator.serviceWorker.getRegistration())?.waiting))).toBe(
      false,
    );
    expect((await deckCounts(page, deck)).fresh).toBe(before.fresh - 1);
    expect((await readAppDb(page))?.counts.reviews).toBe(1);
  });

  it('shows the banner after a reload finds the new release; the old version runs until tapped', async () => {
    const deck = await firstDeckName(page);
    await openDeck(page, deck);
    await revealAnswer(page);
    await grade(page, 'Good');
    await goHome(page);
    const counts = await deckCounts(page, deck);

    deploySecondBuild();
    await page.reload();
    await page.getByText('Update available').waitFor();
    expect(await appVersion(page)).toBe(BUILD_V1);

    await acceptUpdate();
    await waitForDecks(page);
    expect(await deckCounts(page, deck)).toEqual(counts);
    expect((await readAppDb(page))?.counts.reviews).toBe(1);
    // The new version does not announce "Ready to work offline" again.
    expect(await page.getByText('Ready to work offline').count()).toBe(0);
  });
});
