/**
 * Issue 10, point 6, in Chromium at 360 px with touch events (CDP Input.dispatchTouchEvent):
 * a tap on the card shows its answer, a swipe left grades Again and a swipe right Good, and the
 * review log in IndexedDB has those grades; the grade bar spans the screen, Undo is not beside
 * it, and the end of the card scrolls clear of the bar.
 */
import type { CDPSession, Page } from 'playwright-core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { firstDeckName, grade, openDeck } from './app-steps';
import { closeAndCheck, firstPage, openSession, readAppDb, type Session } from './harness';

let session: Session;
let page: Page;
let cdp: CDPSession;

beforeEach(async () => {
  session = await openSession();
  page = await firstPage(session);
  await page.setViewportSize({ width: 360, height: 740 });
  cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setTouchEmulationEnabled', { enabled: true, maxTouchPoints: 1 });
});

afterEach(() => closeAndCheck(session));

type Point = { x: number; y: number };

async function touch(type: 'touchStart' | 'touchMove' | 'touchEnd', at: Point): Promise<void> {
  await cdp.send('Input.dispatchTouchEvent', { type, touchPoints: type === 'touchEnd' ? [] : [at] });
}

/** A finger down and up on one spot. */
async function tap(at: Point): Promise<void> {
  await touch('touchStart', at);
  await touch('touchEnd', at);
}

/** A finger drawn sideways across the card, in steps, as a thumb does. */
async function swipe(from: Point, dx: number): Promise<void> {
  await touch('touchStart', from);
  for (let i = 1; i <= 8; i++) await touch('touchMove', { x: from.x + (dx * i) / 8, y: from.y });
  await touch('touchEnd', { x: from.x + dx, y: from.y });
}

/** A point near the top of the card (its start is always on screen). */
async function onCard(): Promise<Point> {
  const box = (await page.locator('article.study-card').boundingBox())!;
  return { x: box.x + box.width / 2, y: box.y + 24 };
}

async function appReviews(): Promise<Array<{ cardId: unknown; rating: unknown }>> {
  const snapshot = await readAppDb(page);
  return (snapshot?.reviews ?? []).map((r) => ({ cardId: r.cardId, rating: r.rating }));
}

describe('studying on a touch screen at 360 px', () => {
  it('a tap shows the answer and a swipe grades the card; the review log shows it', async () => {
    await page.goto(session.server.url);
    const deck = await firstDeckName(page);
    await page.getByRole('button', { name: 'Skip for now' }).click();
    await openDeck(page, deck);
    const grades = page.getByRole('group', { name: 'Grade your answer' });
    expect(await grades.count()).toBe(0);

    // Tap: the answer shows, set apart from the question, and the grade bar spans the screen.
    await tap(await onCard());
    await grades.waitFor();
    const bar = (await grades.boundingBox())!;
    expect(bar.width).toBeGreaterThan(360 - 2 * 16);
    // Undo sits in the header, not in the bar a thumb grades from.
    expect(await page.locator('.action-bar').getByRole('button', { name: 'Undo' }).count()).toBe(0);
    expect(await page.locator('.study-header').getByRole('button', { name: 'Undo' }).count()).toBe(1);
    const answerBox = page.locator('article.study-card .answer');
    const answerBg = await answerBox.evaluate((el) => getComputedStyle(el).backgroundColor);
    const cardBg = await page.locator('article.study-card').evaluate((el) => getComputedStyle(el).backgroundColor);
    expect(answerBg).not.toBe(cardBg);
    // Scrolled to the end, the card's last line is above the grade bar.
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    const cardEnd = await page.locator('article.study-card').evaluate((el) => el.getBoundingClientRect().bottom);
    const barTop = await page.locator('.action-bar').evaluate((el) => el.getBoundingClientRect().top);
    expect(cardEnd).toBeLessThanOrEqual(barTop);
    await page.evaluate(() => window.scrollTo(0, 0));

    const first = await page.locator('article.study-card').textContent();
    // Swipe left: Again. The next card comes once the grade is written.
    await swipe(await onCard(), -200);
    await grades.waitFor({ state: 'detached' });
    await page.waitForFunction((text) => document.querySelector('article.study-card')?.textContent !== text, first);
    await expect.poll(appReviews).toEqual([{ cardId: expect.any(String), rating: 1 }]);

    // The next card: a tap, then a swipe right: Good.
    await tap(await onCard());
    await grades.waitFor();
    await swipe(await onCard(), 200);
    await grades.waitFor({ state: 'detached' });
    const reviews = await expect.poll(appReviews).toHaveLength(2).then(appReviews);
    expect(reviews.map((r) => r.rating)).toEqual([1, 3]);
    expect(reviews[0]!.cardId).not.toBe(reviews[1]!.cardId);

    // A swipe that falls short, or before the answer shows, grades nothing.
    await page.getByRole('button', { name: 'Show answer' }).waitFor();
    await swipe(await onCard(), 200);
    expect(await grades.count()).toBe(0);
    await tap(await onCard());
    await grades.waitFor();
    await swipe(await onCard(), 40);
    expect(await grades.count()).toBe(1);
    await grade(page, 'Easy');
    await expect.poll(appReviews).toHaveLength(3);
    expect((await appReviews()).map((r) => r.rating)).toEqual([1, 3, 4]);
  });

  it('Settings can turn swiping off: a swipe then grades nothing', async () => {
    await page.goto(`${session.server.url}#/settings`);
    const toggle = page.getByRole('switch', { name: /Swipe a shown answer/ });
    expect(await toggle.isChecked()).toBe(true);
    await toggle.click();
    await page.getByText('Swiping no longer grades cards.').waitFor();
    await page.goto(session.server.url);
    const deck = await firstDeckName(page);
    await page.getByRole('button', { name: 'Skip for now' }).click();
    await openDeck(page, deck);
    await tap(await onCard());
    await page.getByRole('group', { name: 'Grade your answer' }).waitFor();
    await swipe(await onCard(), -200);
    // The answer still waits for a grade: the button's Good is the only one written.
    expect(await page.getByRole('group', { name: 'Grade your answer' }).count()).toBe(1);
    await grade(page, 'Good');
    await expect.poll(appReviews).toEqual([{ cardId: expect.any(String), rating: 3 }]);
  });
});
