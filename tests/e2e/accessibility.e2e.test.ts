/**
 * Every screen of the route table, checked by axe-core in the production build, at a phone's
 * width and in dark mode too: no violations. Study is checked on both sides of a card.
 */
import type { Page } from 'playwright-core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { firstDeckName, openDeck, revealAnswer, waitForDecks } from './app-steps';
import { axeViolations, closeAndCheck, firstPage, openSession, type Session } from './harness';

let session: Session;
let page: Page;

beforeEach(async () => {
  session = await openSession();
  page = await firstPage(session);
  await page.setViewportSize({ width: 360, height: 740 });
});

afterEach(() => closeAndCheck(session));

/** The screens the main navigation leads to, by their link text. */
async function navScreens(): Promise<string[]> {
  return page.getByRole('navigation', { name: 'Main' }).getByRole('link').allTextContents();
}

describe('accessibility (axe-core)', () => {
  it.each(['light', 'dark'] as const)('every screen has no violations (%s)', async (colorScheme) => {
    await page.emulateMedia({ colorScheme });
    await page.goto(session.server.url);
    await waitForDecks(page);
    const found: Record<string, string[]> = {};
    for (const name of await navScreens()) {
      await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name }).click();
      await page.getByRole('heading', { level: 1 }).first().waitFor();
      await page.waitForLoadState('networkidle');
      found[name] = await axeViolations(page);
    }
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link').first().click();
    await openDeck(page, await firstDeckName(page));
    found['Study, question'] = await axeViolations(page);
    await revealAnswer(page);
    found['Study, answer'] = await axeViolations(page);
    expect(Object.keys(found).length).toBeGreaterThanOrEqual(6);
    expect(found).toEqual(Object.fromEntries(Object.keys(found).map((k) => [k, []])));
  });
});
