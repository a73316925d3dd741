/**
 * Issue 10, point 7 (long names): a deck whose name is 120 characters without a space (a long
 * file name) wraps at 360 px with its full name on screen, so no screen scrolls sideways: Home,
 * the import preview, the study screen, Your data, and the Readiness screen and drill.
 */
import type { Page } from 'playwright-core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { goHome, openDeck, revealAnswer, grade, waitForDecks } from './app-steps';
import { closeAndCheck, firstPage, openSession, type Session } from './harness';

let session: Session;
let page: Page;

beforeEach(async () => {
  session = await openSession();
  page = await firstPage(session);
  await page.setViewportSize({ width: 360, height: 740 });
});

afterEach(() => closeAndCheck(session));

const LONG_NAME = 'Quarterly_product_operations_review_'.repeat(4).slice(0, 120);
const LONG_QUESTION = 'Which_metric_tells_you_that_the_launch_checklist_is_followed_'.repeat(3).slice(0, 150);

/** How far the page scrolls sideways (0: it fits the width). */
async function sidewaysScroll(target: Page): Promise<number> {
  return target.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
}

/** Elements whose box reaches past the right edge of the screen (for the failure message). */
async function overflowing(target: Page): Promise<string[]> {
  return target.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('main *')]
      .filter((el) => el.getBoundingClientRect().right > window.innerWidth + 0.5)
      .map((el) => `${el.tagName.toLowerCase()}.${el.className}`),
  );
}

async function expectFits(where: string): Promise<void> {
  expect(await overflowing(page), where).toEqual([]);
  expect(await sidewaysScroll(page), where).toBeLessThanOrEqual(0);
}

describe('a 120-character deck name without spaces, at 360 px', () => {
  it('wraps on Home, the import preview, Study, Your data and Readiness: nothing scrolls sideways', async () => {
    expect(LONG_NAME).toHaveLength(120);
    expect(LONG_NAME).not.toContain(' ');
    await page.goto(session.server.url);
    await waitForDecks(page);
    await page.getByRole('button', { name: 'Skip for now' }).click();

    const deck = {
      id: 'long-name',
      name: LONG_NAME,
      cards: [
        { id: 'q1', front: LONG_QUESTION, back: 'Checklist completion rate', tags: ['specialist'] },
        { id: 'q2', front: 'A short question', back: 'A short answer', tags: ['specialist'] },
      ],
    };
    const fileName = `${LONG_NAME}.json`;
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Import' }).click();
    await page.getByText('Choose a file').waitFor();
    await page.locator('input[type=file]').setInputFiles({
      name: fileName,
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(deck)),
    });
    await page.getByRole('heading', { name: `Preview: ${fileName}` }).waitFor();
    await expect(page.getByText(LONG_NAME, { exact: false }).first().isVisible()).resolves.toBe(true);
    await expectFits('Import preview');
    await page.getByRole('button', { name: 'Import 2 cards' }).click();
    await page.getByText(`Imported 2 cards into ${LONG_NAME}.`).waitFor();
    await expectFits('Import result');

    await goHome(page);
    // The full name is on screen, wrapped.
    const row = page.locator('.deck-name', { hasText: LONG_NAME });
    await expect(row.textContent()).resolves.toBe(LONG_NAME);
    expect((await row.boundingBox())!.height).toBeGreaterThan(40);
    await expectFits('Home');

    await openDeck(page, LONG_NAME);
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(LONG_NAME);
    await expectFits('Study, question');
    await revealAnswer(page);
    await expectFits('Study, answer');
    await grade(page, 'Good');

    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Your data' }).click();
    await page.getByRole('heading', { name: 'Your data', level: 1 }).waitFor();
    await page.getByLabel('Deck', { exact: true }).selectOption({ label: LONG_NAME });
    // The closed select cuts the name; its title holds it whole.
    await expect(page.getByLabel('Deck', { exact: true }).getAttribute('title')).resolves.toBe(LONG_NAME);
    await expectFits('Your data');
    await page.getByRole('button', { name: 'Delete deck…' }).click();
    await page.getByText(`Delete "${LONG_NAME}"`, { exact: false }).waitFor();
    await expectFits('Your data, delete confirmation');
    await page.getByRole('button', { name: 'Keep it' }).click();

    // The new screens: the long question in the weakest list, and the drill.
    await goHome(page);
    await page.getByRole('link', { name: /Readiness per role/ }).click();
    await page.getByRole('heading', { name: 'Readiness', level: 1 }).waitFor();
    await page.getByText(LONG_QUESTION.slice(0, 40), { exact: false }).first().waitFor();
    await expectFits('Readiness');
    await page
      .getByRole('link', { name: /^Drill th(is|ese)/ })
      .first()
      .click();
    await page.getByRole('button', { name: 'Show answer' }).waitFor();
    await expectFits('Drill');
  });
});
