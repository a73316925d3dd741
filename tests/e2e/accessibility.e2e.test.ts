/**
 * Every screen of the route table, checked by axe-core in the production build, at a phone's
 * width and in dark mode too: no violations. Study is checked on both sides of a card; the
 * screens of the header's More menu (Browse with cards selected, Add cards, Stats), a card
 * opened for editing, the open More menu and the keyboard help sheet too; Custom study (its
 * form, from More, and a preview with its answer shown) and the study screen's open card menu.
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

const nav = () => page.getByRole('navigation', { name: 'Main' });
const moreButton = () => nav().getByRole('button', { name: 'More' });

/** The screens the header's More menu leads to, by their link text (the menu is closed again after). */
async function moreScreens(): Promise<string[]> {
  await moreButton().click();
  const names = await nav().getByRole('listitem').getByRole('link').allTextContents();
  await moreButton().click();
  return names;
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
    for (const name of await moreScreens()) {
      await moreButton().click();
      found['More menu'] ??= await axeViolations(page);
      await nav().getByRole('link', { name }).click();
      await page.getByRole('heading', { level: 1 }).first().waitFor();
      await page.waitForLoadState('networkidle');
      if (name === 'Stats') await page.getByText(/^From \d+ reviews and \d+ cards\.$/).waitFor();
      if (name === 'Browse cards') {
        // Browse with cards found and some selected: the list and the action bar.
        await page.getByRole('list', { name: 'Cards found' }).getByRole('checkbox').first().check();
        await page.getByRole('region', { name: 'Selected cards' }).waitFor();
      }
      found[name] = await axeViolations(page);
    }
    // A card opened from Browse for editing.
    await moreButton().click();
    await nav().getByRole('link', { name: 'Browse cards' }).click();
    await page.getByRole('list', { name: 'Cards found' }).getByRole('link').first().click();
    await page.getByRole('heading', { level: 1, name: 'Edit card' }).waitFor();
    found['Edit card'] = await axeViolations(page);
    // A custom study session (a preview, its answer shown).
    await moreButton().click();
    await nav().getByRole('link', { name: 'Custom study' }).click();
    await page.getByRole('radio', { name: /^Preview new cards/ }).check();
    await page.getByRole('button', { name: 'Start preview' }).click();
    await page.getByRole('button', { name: 'Show answer' }).click();
    await page.getByRole('button', { name: 'Next' }).waitFor();
    found['Custom study, preview'] = await axeViolations(page);
    await page.getByRole('button', { name: 'End' }).click();
    // The keyboard help sheet.
    await page.locator('body').press('?');
    await page.getByRole('dialog', { name: 'Keyboard shortcuts' }).waitFor();
    found['Keyboard shortcuts'] = await axeViolations(page);
    await page.keyboard.press('Escape');

    await page.getByRole('navigation', { name: 'Main' }).getByRole('link').first().click();
    await openDeck(page, await firstDeckName(page));
    found['Study, question'] = await axeViolations(page);
    // The study screen's card menu, open.
    await page.getByRole('button', { name: 'Card actions' }).click();
    await page.getByRole('list', { name: 'Card actions' }).waitFor();
    found['Study, card menu'] = await axeViolations(page);
    await page.keyboard.press('Escape');
    await revealAnswer(page);
    found['Study, answer'] = await axeViolations(page);
    Object.assign(found, await rehearsalScreens());
    expect(Object.keys(found)).toEqual(
      expect.arrayContaining([
        'Browse cards',
        'Add cards',
        'Stats',
        'Custom study',
        'Custom study, preview',
        'Edit card',
        'More menu',
        'Keyboard shortcuts',
        'Study, card menu',
      ]),
    );
    expect(Object.keys(found).length).toBeGreaterThanOrEqual(18);
    expect(found).toEqual(Object.fromEntries(Object.keys(found).map((k) => [k, []])));
  });
});
