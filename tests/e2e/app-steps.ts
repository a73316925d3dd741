/**
 * What a person does in the app, as steps for the browser tests. Selectors are roles and
 * visible text, as a person (or a screen reader) finds things.
 */
import type { Locator, Page } from 'playwright-core';

export interface DeckCounts {
  due: number;
  fresh: number;
  total: number;
}

/** The links of the deck list on the home screen ("Study all due" is outside the list). */
export function deckLinks(page: Page): Locator {
  return page.getByRole('main').getByRole('listitem').getByRole('link');
}

/** Waits for the home screen with its decks. */
export async function waitForDecks(page: Page): Promise<void> {
  await page.getByRole('heading', { name: 'Decks', level: 1 }).waitFor();
  await deckLinks(page).first().waitFor();
}

/** Reads "3 due · 20 new · 27 total" from a deck's row. */
export async function deckCounts(page: Page, deckName: string): Promise<DeckCounts> {
  const text = (await deckLinks(page).filter({ hasText: deckName }).first().textContent()) ?? '';
  const match = /(\d+) due · (\d+) new · (\d+) total/.exec(text);
  if (!match) throw new Error(`No counts in deck row "${text}"`);
  return { due: Number(match[1]), fresh: Number(match[2]), total: Number(match[3]) };
}

/** Name of the first deck in the list, as shown. */
export async function firstDeckName(page: Page): Promise<string> {
  await waitForDecks(page);
  const name = await deckLinks(page).first().locator('.deck-name').textContent();
  if (!name) throw new Error('The first deck has no name');
  return name;
}

/** Home → a deck's study screen, first card's front showing. */
export async function openDeck(page: Page, deckName: string): Promise<void> {
  await deckLinks(page).filter({ hasText: deckName }).first().click();
  await page.getByRole('button', { name: 'Show answer' }).waitFor();
}

/** Shows the current card's answer and waits for the grade buttons. */
export async function revealAnswer(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Show answer' }).click();
  await gradeButton(page, 'Good').waitFor();
}

export function gradeButton(page: Page, grade: 'Again' | 'Hard' | 'Good' | 'Easy'): Locator {
  return page.getByRole('button', { name: new RegExp(`^${grade}`) });
}

/** Grades the revealed card and waits until the app has moved on (the write has committed). */
export async function grade(page: Page, which: 'Again' | 'Hard' | 'Good' | 'Easy' = 'Good'): Promise<void> {
  await gradeButton(page, which).click();
  await page.getByRole('group', { name: 'Grade your answer' }).waitFor({ state: 'detached' });
}

/** Reveals and grades `count` cards in a row on the study screen. */
export async function studyCards(
  page: Page,
  count: number,
  which: 'Again' | 'Hard' | 'Good' | 'Easy' = 'Good',
): Promise<void> {
  for (let i = 0; i < count; i += 1) {
    await revealAnswer(page);
    await grade(page, which);
  }
}

/** Header navigation back to the deck list. */
export async function goHome(page: Page): Promise<void> {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Decks' }).click();
  await waitForDecks(page);
}
