/**
 * Issue 15, point 5, in the browser: two tabs grading "Study all" (Home's next step) alternately never
 * overwrite each other. A grade on a schedule the other tab has changed is refused in its
 * transaction, and each grade moves the other tab's queue (BroadcastChannel): at the end every
 * card's `reps` equals its number of reviews, and both tabs show the same day's count.
 */
import type { Page } from 'playwright-core';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { goHome, grade, revealAnswer, waitForDecks } from './app-steps';
import { closeAndCheck, firstPage, openSession, type Session } from './harness';

let session: Session;
let page: Page;

beforeEach(async () => {
  session = await openSession();
  page = await firstPage(session);
});

afterEach(() => closeAndCheck(session));

/** Every studied card's reps and its number of reviews, read from IndexedDB without the app's code. */
function repsAndReviews(tab: Page) {
  return tab.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('prepdeck');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const all = <T>(store: string) =>
      new Promise<T[]>((resolve, reject) => {
        const request = db.transaction(store).objectStore(store).getAll();
        request.onsuccess = () => resolve(request.result as T[]);
        request.onerror = () => reject(request.error);
      });
    const schedules = await all<{ cardId: string; reps: number }>('schedules');
    const reviews = await all<{ cardId: string }>('reviews');
    db.close();
    return schedules.map((s) => ({
      card: s.cardId,
      reps: s.reps,
      reviews: reviews.filter((r) => r.cardId === s.cardId).length,
    }));
  });
}

it(
  'two tabs grading "Study all due" alternately: every card’s reps equals its review count',
  { timeout: 180_000 },
  async () => {
    await page.goto(session.server.url);
    await waitForDecks(page);
    const other = await session.newPage();
    await other.goto(session.server.url);
    await waitForDecks(other);
    for (const tab of [page, other]) {
      await tab.getByRole('link', { name: /^(Start today's|Continue:) \d+ cards?/ }).click();
      await tab.getByRole('button', { name: 'Show answer' }).waitFor();
    }
    // Both tabs show the same first card; they take turns, each on the card its screen shows.
    for (let round = 0; round < 6; round++) {
      for (const tab of [page, other]) {
        await revealAnswer(tab);
        await grade(tab, round % 3 === 2 ? 'Again' : 'Good');
      }
    }
    // Both reveal the same card, then both grade it: the second grade is refused, not written over.
    await revealAnswer(page);
    await revealAnswer(other);
    await grade(page, 'Easy');
    await grade(other, 'Again').catch(() => undefined);

    const cards = await repsAndReviews(page);
    expect(cards.length).toBeGreaterThan(5);
    for (const card of cards) expect(card.reps, card.card).toBe(card.reviews);
    const total = cards.reduce((n, c) => n + c.reviews, 0);
    for (const tab of [page, other]) {
      await goHome(tab);
      await tab.getByText(new RegExp(`^Today: ${total} answers`)).waitFor();
    }
  },
);
