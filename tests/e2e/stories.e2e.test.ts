/**
 * Issue 9, STAR stories in a real Chromium against the production build: a story linked to
 * two questions shows on the back of both cards while studying, survives a reload, comes back
 * whole from a backup restore, and deleting it can be undone.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { grade, revealAnswer, waitForDecks } from './app-steps';
import { closeAndCheck, firstPage, openSession, type Session } from './harness';

let session: Session;
let page: Page;

afterEach(() => closeAndCheck(session));

const STORY = {
  Title: 'Cutting the support backlog',
  Situation: 'After the spring launch, support tickets piled up.',
  Task: 'Halve the backlog within a quarter.',
  Action: 'I set up a triage rota and a weekly review with engineering.',
  Result: 'Fewer repeat issues, and engineering trusted the queue.',
  'Result in numbers': 'Backlog down 40 % in 6 weeks',
};

/** The first two questions of the interview deck, as the study screen shows them (deck order). */
async function firstTwoQuestions(target: Page): Promise<string[]> {
  await target.goto(new URL('#/study/interview-questions', session.server.url).href);
  const fronts: string[] = [];
  for (let i = 0; i < 2; i++) {
    await target.getByRole('button', { name: 'Show answer' }).waitFor();
    fronts.push((await target.locator('.card-front').textContent())!.trim());
    await revealAnswer(target);
    await grade(target, 'Good');
  }
  // Take both grades back: the cards are new again and come first.
  for (let i = 0; i < 2; i++) await target.getByRole('button', { name: 'Undo' }).first().click();
  await target.getByRole('button', { name: 'Show answer' }).waitFor();
  return fronts;
}

/** Reveals each of the first two cards and reads the story title under its answer. */
async function storiesOnCardBacks(target: Page): Promise<string[]> {
  await target.goto(new URL('#/study/interview-questions', session.server.url).href);
  const found: string[] = [];
  for (let i = 0; i < 2; i++) {
    await revealAnswer(target);
    const section = target.getByRole('region', { name: 'Your stories and rehearsal' });
    await section.waitFor();
    found.push((await section.locator('.story-title').allTextContents()).join(' | '));
    await grade(target, 'Good');
  }
  for (let i = 0; i < 2; i++) await target.getByRole('button', { name: 'Undo' }).first().click();
  await target.getByRole('button', { name: 'Show answer' }).waitFor();
  return found;
}

async function openStories(target: Page): Promise<void> {
  await target.goto(session.server.url);
  await waitForDecks(target);
  await target.getByRole('link', { name: 'My stories' }).click();
  await target.getByRole('heading', { name: 'My stories', level: 1 }).waitFor();
}

/** The story as My stories shows it, every part opened. */
async function storyAsShown(target: Page): Promise<string> {
  const item = target.locator('.story-item').filter({ hasText: STORY.Title });
  await item.locator('summary').click();
  return (await item.innerText()).replace(/\s+/g, ' ');
}

describe('STAR stories', () => {
  it('a story linked to two questions shows on both backs, survives reload and a backup restore; delete can be undone', async () => {
    session = await openSession();
    page = await firstPage(session);
    await page.setViewportSize({ width: 360, height: 740 });
    await page.goto(session.server.url);
    await waitForDecks(page);
    // The install offer sits over the top of the page; a person would answer it first.
    const notNow = page.getByRole('button', { name: 'Not now' });
    if (await notNow.isVisible()) await notNow.click();
    const questions = await firstTwoQuestions(page);

    await openStories(page);
    await page.getByRole('button', { name: 'Write a story', exact: true }).click();
    for (const [label, text] of Object.entries(STORY)) await page.getByLabel(label, { exact: true }).fill(text);
    for (const question of questions) {
      const option = page
        .getByLabel('Link a question')
        .locator('option')
        .filter({ hasText: question.slice(2, 40) });
      await page.getByLabel('Link a question').selectOption((await option.first().getAttribute('value'))!);
    }
    await page.getByRole('button', { name: 'Save story' }).click();
    await page.getByText(`Saved “${STORY.Title}”.`).waitFor();
    const shown = await storyAsShown(page);
    for (const text of Object.values(STORY)) expect(shown).toContain(text);
    expect(shown).toContain('Answers 2 questions');

    expect(await storiesOnCardBacks(page)).toEqual([STORY.Title, STORY.Title]);
    await page.reload();
    expect(await storiesOnCardBacks(page)).toEqual([STORY.Title, STORY.Title]);

    // Back up, then delete (undo brings it back), delete for good, and restore the backup.
    await page.goto(new URL('#/data', session.server.url).href);
    await page.getByRole('button', { name: 'Back up everything' }).click();
    const downloading = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Save backup' }).click();
    const backupPath = await (await downloading).path();
    const backup = readFileSync(backupPath);

    await openStories(page);
    await page.getByRole('button', { name: `Delete “${STORY.Title}”` }).click();
    await page.getByText(`Deleted “${STORY.Title}”.`).waitFor();
    await page.getByRole('button', { name: 'Undo' }).click();
    expect(await storyAsShown(page)).toEqual(shown);
    await page.getByRole('button', { name: `Delete “${STORY.Title}”` }).click();
    await page.getByText('No stories yet.').waitFor();
    expect(await storiesOnCardBacks(page)).toEqual(['', '']);

    await page.goto(new URL('#/data', session.server.url).href);
    await page
      .locator('input[type=file]')
      .setInputFiles({ name: 'backup.zip', mimeType: 'application/zip', buffer: backup });
    await page.getByRole('button', { name: 'Replace my data' }).click();
    await page.getByText(/^Restored /).waitFor();
    await openStories(page);
    expect(await storyAsShown(page)).toEqual(shown);
    expect(await storiesOnCardBacks(page)).toEqual([STORY.Title, STORY.Title]);
  });
});
