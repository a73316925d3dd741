/**
 * Every screen of the route table, checked by axe-core in the production build, at a phone's
 * width and in dark mode too: no violations. Study is checked on both sides of a card; the
 * screens reached from Home (the plan, Readiness, a drill) are checked with data in them.
 */
import type { Page } from 'playwright-core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { firstDeckName, goHome, grade, openDeck, revealAnswer, waitForDecks } from './app-steps';
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

  it.each(['light', 'dark'] as const)(
    'the first visit, the plan, Readiness and a drill have no violations (%s)',
    async (colorScheme) => {
      await page.emulateMedia({ colorScheme });
      await page.goto(session.server.url);
      await waitForDecks(page);
      const found: Record<string, string[]> = {};
      found['First visit'] = await axeViolations(page);
      // "Not sure" and an interview 5 days away: too many cards for 20 a day, so the warning shows.
      await page.getByLabel('Not sure yet').check();
      const soon = new Date(Date.now() + 5 * 86_400_000);
      const local = new Date(soon.getTime() - soon.getTimezoneOffset() * 60_000).toISOString().slice(0, 10);
      await page.getByLabel('Interview date').fill(local);
      await page.getByRole('button', { name: 'Save and start' }).click();
      await page.getByText(/Seeing them all in time takes/).waitFor();
      found['Home with the plan and its warning'] = await axeViolations(page);

      await page.getByRole('button', { name: 'Not now' }).click();
      await page.getByRole('link', { name: /^Start today's/ }).click();
      await revealAnswer(page);
      await grade(page, 'Good');
      await goHome(page);
      await page.getByRole('link', { name: /Readiness per role/ }).click();
      await page
        .getByRole('link', { name: /^Drill th(is|ese)/ })
        .first()
        .waitFor();
      found.Readiness = await axeViolations(page);
      await page
        .getByRole('link', { name: /^Drill th(is|ese)/ })
        .first()
        .click();
      await page.getByRole('button', { name: 'Show answer' }).waitFor();
      found['Drill, question'] = await axeViolations(page);
      await revealAnswer(page);
      found['Drill, answer'] = await axeViolations(page);
      await grade(page, 'Good');
      found['Drill, done'] = await axeViolations(page);
      expect(found).toEqual(Object.fromEntries(Object.keys(found).map((k) => [k, []])));
    },
  );
});
