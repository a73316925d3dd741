/**
 * Issue 2, the screens on a phone: at 360 px wide nothing scrolls sideways, every control is at
 * least 44 px, the study actions sit at the bottom where a thumb reaches, and dark mode follows
 * the system.
 */
import type { Page } from 'playwright-core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { firstDeckName, openDeck, waitForDecks } from './app-steps';
import { closeAndCheck, firstPage, openSession, type Session } from './harness';

let session: Session;
let page: Page;

beforeEach(async () => {
  session = await openSession();
  page = await firstPage(session);
  await page.setViewportSize({ width: 360, height: 740 });
});

afterEach(() => closeAndCheck(session, { foreign: false }));

/** Controls smaller than 44×44 px, described for the failure message. */
async function smallTargets(target: Page): Promise<string[]> {
  return target.evaluate(() =>
    [
      ...document.querySelectorAll<HTMLElement>(
        'main button, main a.button, main select, main input, nav a, nav button, .action-bar button, .action-bar a',
      ),
    ]
      .filter((el) => el.offsetParent !== null && !el.classList.contains('visually-hidden'))
      .map((el) => ({ el, box: el.getBoundingClientRect() }))
      .filter(({ box }) => box.height < 44 || box.width < 44)
      .map(
        ({ el, box }) => `${el.tagName} "${el.textContent?.trim()}" ${Math.round(box.width)}×${Math.round(box.height)}`,
      ),
  );
}

async function horizontalOverflow(target: Page): Promise<number> {
  return target.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
}

describe('on a 360 px phone', () => {
  it('home and study fit the width, controls are thumb-sized, and the grade buttons sit at the bottom', async () => {
    await page.goto(session.server.url);
    await waitForDecks(page);
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    expect(await smallTargets(page)).toEqual([]);

    await openDeck(page, await firstDeckName(page));
    // The deck's name keeps a readable width beside the header's controls (it once wrapped a
    // letter a line and pushed the card off the screen), and the card starts in the first screen.
    const title = (await page.locator('#study-heading').boundingBox())!;
    expect(title.width).toBeGreaterThan(360 / 2);
    expect((await page.locator('article.study-card').boundingBox())!.y).toBeLessThan(740 / 2);
    // The card menu ("⋯") and its items are thumb-sized too.
    await page.getByRole('button', { name: 'Card actions' }).click();
    await page.getByRole('list', { name: 'Card actions' }).waitFor();
    expect(await smallTargets(page), 'the open card menu').toEqual([]);
    expect(await horizontalOverflow(page), 'the open card menu').toBeLessThanOrEqual(0);
    await page.keyboard.press('Escape');
    const reveal = await page.getByRole('button', { name: 'Show answer' }).boundingBox();
    expect(reveal!.y + reveal!.height).toBeGreaterThan(740 - 90);
    await page.getByRole('button', { name: 'Show answer' }).click();
    const good = page.getByRole('button', { name: /^Good/ });
    await good.waitFor();
    const box = await good.boundingBox();
    expect(box!.y).toBeGreaterThan(740 * 0.75);
    expect(await smallTargets(page)).toEqual([]);
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);

    for (const screenName of ['Settings', 'Import', 'Your data']) {
      await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: screenName }).click();
      await page.getByRole('heading', { name: screenName, level: 1 }).waitFor();
      expect(await smallTargets(page), screenName).toEqual([]);
      expect(await horizontalOverflow(page), screenName).toBeLessThanOrEqual(0);
    }
  });

  it("the More menu's screens fit the width too, with thumb-sized controls: Browse with cards selected, Add, Stats, Custom study, Edit", async () => {
    await page.goto(session.server.url);
    await waitForDecks(page);
    const nav = page.getByRole('navigation', { name: 'Main' });
    for (const [link, heading] of [
      ['Browse cards', 'Browse'],
      ['Add cards', 'Add cards'],
      ['Stats', 'Stats'],
      ['Custom study', 'Custom study'],
    ]) {
      await nav.getByRole('button', { name: 'More' }).click();
      expect(await smallTargets(page), 'the open More menu').toEqual([]);
      await nav.getByRole('link', { name: link }).click();
      await page.getByRole('heading', { name: heading, level: 1 }).waitFor();
      if (heading === 'Browse') {
        await page.getByRole('list', { name: 'Cards found' }).getByRole('checkbox').first().check();
        await page.getByRole('region', { name: 'Selected cards' }).waitFor();
      }
      if (heading === 'Stats') await page.getByText(/^From \d+ reviews/).waitFor();
      expect(await smallTargets(page), heading).toEqual([]);
      expect(await horizontalOverflow(page), heading).toBeLessThanOrEqual(0);
    }
    await nav.getByRole('button', { name: 'More' }).click();
    await nav.getByRole('link', { name: 'Browse cards' }).click();
    await page.getByRole('list', { name: 'Cards found' }).getByRole('link').first().click();
    await page.getByRole('heading', { name: 'Edit card', level: 1 }).waitFor();
    expect(await smallTargets(page), 'Edit card').toEqual([]);
    expect(await horizontalOverflow(page), 'Edit card').toBeLessThanOrEqual(0);
  });

  it('follows the system dark mode', async () => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto(session.server.url);
    await waitForDecks(page);
    const [background, text] = await page.evaluate(() => {
      const style = getComputedStyle(document.documentElement);
      return [style.backgroundColor, style.color];
    });
    const luminance = (css: string) => {
      const [r, g, b] = css.match(/\d+/g)!.map(Number);
      return (0.2126 * r! + 0.7152 * g! + 0.0722 * b!) / 255;
    };
    expect(luminance(background)).toBeLessThan(0.2);
    expect(luminance(text)).toBeGreaterThan(0.8);
  });
});
