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

/** Rehearse (choosing, a question running, checking the answer, done) and My stories (list, form): reached from Home. */
async function rehearsalScreens(): Promise<Record<string, string[]>> {
  const found: Record<string, string[]> = {};
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Decks' }).click();
  await page.getByRole('link', { name: 'Rehearse the interview' }).click();
  await page.getByText(/questions? for this role/).waitFor();
  found['Rehearse'] = await axeViolations(page);
  await page.getByLabel('Questions').selectOption('1');
  await page.getByRole('button', { name: 'Start rehearsal' }).click();
  await page.getByRole('timer').waitFor();
  found['Rehearse, question'] = await axeViolations(page);
  await page.getByRole('button', { name: 'Skip thinking time' }).click();
  await page.getByRole('button', { name: 'Done answering' }).click();
  await page.getByRole('group', { name: 'Grade your answer' }).waitFor();
  found['Rehearse, checking the answer'] = await axeViolations(page);
  await page.getByRole('button', { name: /^Good/ }).click();
  await page.getByRole('heading', { name: /^Rehearsal done/ }).waitFor();
  found['Rehearse, done'] = await axeViolations(page);
  await page.getByRole('link', { name: 'Back to decks' }).click();
  await page.getByRole('link', { name: 'My stories' }).click();
  await page.getByRole('heading', { name: 'My stories', level: 1 }).waitFor();
  await page.getByRole('heading', { name: /^Behavioural questions without a story \(\d+\)$/ }).waitFor();
  found['My stories'] = await axeViolations(page);
  await page.getByRole('button', { name: 'Write a story', exact: true }).click();
  await page.getByRole('heading', { name: 'New story' }).waitFor();
  found['My stories, new story'] = await axeViolations(page);
  return found;
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
    Object.assign(found, await rehearsalScreens());
    expect(Object.keys(found).length).toBeGreaterThanOrEqual(11);
    expect(found).toEqual(Object.fromEntries(Object.keys(found).map((k) => [k, []])));
  });
});
