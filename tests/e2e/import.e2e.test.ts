/**
 * Issues 4 and 5, browser tests: a CSV and an Anki package (with an image) are imported through
 * the file chooser, previewed, confirmed, and studied with the connection gone.
 */
import type { Page } from 'playwright-core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildPackage, type FixtureCollection } from '../import/apkg/fixtures/build-package';
import { deckCounts, goHome, grade, openDeck, revealAnswer, waitForDecks } from './app-steps';
import { closeAndCheck, firstPage, installApp, openSession, readAppDb, type Session, goOffline } from './harness';

let session: Session;
let page: Page;

beforeEach(async () => {
  session = await openSession();
  page = await firstPage(session);
});

afterEach(() => closeAndCheck(session));

async function importFile(name: string, mimeType: string, buffer: Buffer): Promise<void> {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Import' }).click();
  await page.getByText('Choose a file').waitFor();
  await page.locator('input[type=file]').setInputFiles({ name, mimeType, buffer });
  await page.getByRole('heading', { name: `Preview: ${name}` }).waitFor();
}

// A real 1×1 PNG, so the test can tell that the image was decoded and shown.
const PIXEL_PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==',
  'base64',
);

function chartCollection(): FixtureCollection {
  return {
    crt: Math.floor(Date.UTC(2026, 0, 1) / 1000),
    noteTypes: [
      {
        id: 1700000000001,
        name: 'Basic',
        css: '.card { font-size: 20px; }',
        fields: ['Front', 'Back'],
        templates: [{ name: 'Card 1', qfmt: '{{Front}}', afmt: '{{FrontSide}}<hr id=answer>{{Back}}' }],
      },
    ],
    decks: [{ id: 1700000000100, name: 'Charts' }],
    notes: [
      {
        id: 1700000000200,
        guid: 'chart-guid',
        mid: 1700000000001,
        tags: ['funnel'],
        fields: ['Which chart is this? <img src="chart.png">', 'A conversion funnel'],
      },
    ],
    cards: [{ id: 1700000000300, nid: 1700000000200, did: 1700000000100, ord: 0 }],
    revlog: [],
    media: { 'chart.png': new Uint8Array(PIXEL_PNG) },
  };
}

describe('importing decks', () => {
  it('a CSV through the file chooser: preview, confirm, then study a card from it offline', async () => {
    await installApp(page, session.server.url);
    await waitForDecks(page);
    const csv =
      'Front,Back,Tags\r\n"What does product ops enable?","The product team, ""at scale""",basics\r\nWhom does it report to?,The head of product,org\r\nA row with no back,,x\r\n';
    await importFile('ops-notes.csv', 'text/csv', Buffer.from(`\uFEFF${csv}`));

    // The preview names the deck, counts the cards, shows the first cards and the skipped row.
    await expect(page.getByText('ops-notes: new deck, 2 new cards').count()).resolves.toBe(1);
    await expect(page.getByText('The product team, "at scale"').count()).resolves.toBe(1);
    await expect(page.getByText(/line 4: the back is empty/).count()).resolves.toBe(1);
    await page.getByRole('button', { name: 'Import 2 cards' }).click();
    await page.getByText('Imported 2 cards into ops-notes.').waitFor();

    await goOffline(session);
    await page.reload();
    await goHome(page);
    expect(await deckCounts(page, 'ops-notes')).toEqual({ due: 0, fresh: 2, total: 2 });
    await openDeck(page, 'ops-notes');
    await page.getByText('What does product ops enable?').waitFor();
    await revealAnswer(page);
    await grade(page, 'Good');
    expect((await readAppDb(page))?.counts.reviews).toBe(1);
  });

  it('an .apkg with an image, imported and studied offline, its image showing', async () => {
    await installApp(page, session.server.url);
    await waitForDecks(page);
    // Offline from here on: the package reader (worker, sql.js WASM, zstd) must come from the precache.
    await goOffline(session);
    await page.reload();
    await waitForDecks(page);
    const apkg = await buildPackage(chartCollection(), 'latest');
    await importFile('charts.apkg', 'application/octet-stream', Buffer.from(apkg));
    await expect(page.getByText('Charts: new deck, 1 new card').count()).resolves.toBe(1);
    await page.getByRole('button', { name: 'Import 1 card' }).click();
    await page.getByText('Imported 1 card into Charts.').waitFor();

    await page.reload();
    await goHome(page);
    await openDeck(page, 'Charts');
    // The card's HTML lives in a shadow root (its CSS stays inside); Playwright's locators pierce it.
    const image = page.locator('.card-front img');
    await image.waitFor();
    await page.waitForFunction(() => {
      const host = document.querySelector('.card-front');
      const img = host?.shadowRoot?.querySelector('img');
      return img !== null && img !== undefined && img.complete && img.naturalWidth === 1;
    });
    expect(await image.getAttribute('src')).toMatch(/^blob:/);
    // Behind the sanitizers, the page's policy lets no script or load from elsewhere run.
    const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    expect(policy).toContain("script-src 'self' 'wasm-unsafe-eval'");
    expect(policy).toContain("img-src 'self' blob: data:");
    await revealAnswer(page);
    await page.getByText('A conversion funnel').waitFor();
    await grade(page, 'Good');
    expect((await readAppDb(page))?.counts.reviews).toBe(1);
  });
});
