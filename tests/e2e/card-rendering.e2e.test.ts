/**
 * Issue 12, browser tests: Anki cards look as they do in Anki. Image Occlusion masks are drawn
 * over the image (checked on the pixels of a screenshot), type-in answers get a box and Anki's
 * comparison, and a template full of handlers, `javascript:` URLs and a `<base>` leaves the
 * console empty while it is previewed and studied.
 */
import type { ConsoleMessage, Page } from 'playwright-core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildPackage, type FixtureCollection, type FixtureNoteType } from '../import/apkg/fixtures/build-package';
import { imageOcclusionNoteType, occlusionField } from '../fixtures/image-occlusion';
import { gradeButton, openDeck, revealAnswer, waitForDecks } from './app-steps';
import { closeAndCheck, firstPage, openSession, type Session } from './harness';

let session: Session;
let page: Page;

beforeEach(async () => {
  session = await openSession();
  page = await firstPage(session);
});

afterEach(() => closeAndCheck(session));

async function importPackage(name: string, collection: FixtureCollection, cards: number): Promise<void> {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Import' }).click();
  await page.locator('input[type=file]').setInputFiles({
    name,
    mimeType: 'application/octet-stream',
    buffer: Buffer.from(await buildPackage(collection, 'latest')),
  });
  await page.getByRole('heading', { name: `Preview: ${name}` }).waitFor();
  await page.getByRole('button', { name: `Import ${cards} card${cards === 1 ? '' : 's'}` }).click();
  await page.getByText(/^Imported \d+ cards? into/).waitFor();
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Decks' }).click();
  await waitForDecks(page);
}

function collection(
  noteTypes: FixtureNoteType[],
  notes: Array<{ mid: number; fields: string[]; deck: number; ords: number[] }>,
  decks: Array<{ id: number; name: string }>,
  media: Record<string, Uint8Array> = {},
): FixtureCollection {
  return {
    crt: Math.floor(Date.UTC(2026, 0, 1) / 1000),
    noteTypes,
    decks,
    notes: notes.map((n, i) => ({ id: 1700000000200 + i, guid: `guid-${i}`, mid: n.mid, tags: [], fields: n.fields })),
    cards: notes.flatMap((n, i) =>
      n.ords.map((ord) => ({
        id: 1700000000300 + i * 10 + ord,
        nid: 1700000000200 + i,
        did: n.deck,
        ord,
        due: i * 10 + ord,
      })),
    ),
    revlog: [],
    media,
  };
}

// A 100×100 image in one colour, so any pixel not under a mask is this blue.
const BLUE_SQUARE = new TextEncoder().encode(
  '<svg xmlns="http://www.w3.org/2000/svg" width="100" height="100"><rect width="100" height="100" fill="#0000ff"/></svg>',
);

/** The colour of the screen at fractions (x, y) of the occlusion image's box, read from a screenshot. */
async function colourAt(points: Array<[number, number]>): Promise<string[]> {
  const img = page.locator('.card-content #image-occlusion-container img');
  await page.waitForFunction(() => {
    const host = document.querySelector('.card-content');
    const container = host?.shadowRoot?.querySelector('#image-occlusion-container');
    return (
      container !== null &&
      container !== undefined &&
      !container.classList.contains('io-pending') &&
      container.querySelector('svg') !== null
    );
  });
  const box = (await img.boundingBox())!;
  const shot = await page.screenshot({ clip: box, scale: 'css' });
  return page.evaluate(
    async ({ data, points: at }) => {
      const bytes = Uint8Array.from(atob(data), (c) => c.charCodeAt(0));
      const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
      const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
      const context = canvas.getContext('2d')!;
      context.drawImage(bitmap, 0, 0);
      return at.map(([fx, fy]) => {
        const [r, g, b] = context.getImageData(
          Math.floor(fx * bitmap.width),
          Math.floor(fy * bitmap.height),
          1,
          1,
        ).data;
        return `#${[r, g, b].map((v) => v!.toString(16).padStart(2, '0')).join('')}`;
      });
    },
    { data: shot.toString('base64'), points },
  );
}

const ACTIVE = '#ff8e8e';
const INACTIVE = '#ffeba2';
const IMAGE = '#0000ff';
// Centres of the fixture's shapes: c1 rectangle, c2 ellipse, c3 triangle; and a spot in no shape.
const C1: [number, number] = [0.25, 0.2];
const C2: [number, number] = [0.75, 0.75];
const C3: [number, number] = [0.75, 0.2];
const FREE: [number, number] = [0.45, 0.5];

describe('Image Occlusion', () => {
  it('masks the asked shape on the question, reveals it on the answer; "hide all" keeps the others masked', async () => {
    await page.goto(session.server.url);
    await waitForDecks(page);
    const io = imageOcclusionNoteType(1700000000001);
    const image = '<img src="blue-square.svg">';
    await importPackage(
      'anatomy.apkg',
      collection(
        [io],
        [
          { mid: io.id, fields: [occlusionField(false), image, 'Hide one', '', ''], deck: 1700000000100, ords: [0] },
          { mid: io.id, fields: [occlusionField(true), image, 'Hide all', '', ''], deck: 1700000000101, ords: [1] },
        ],
        [
          { id: 1700000000100, name: 'Hide one' },
          { id: 1700000000101, name: 'Hide all' },
        ],
        { 'blue-square.svg': BLUE_SQUARE },
      ),
      2,
    );

    await openDeck(page, 'Hide one');
    // No raw occlusion text anywhere on the card.
    await expect(page.locator('.card-content').innerText()).resolves.not.toContain('image-occlusion');
    expect(await colourAt([C1, C2, C3, FREE])).toEqual([ACTIVE, IMAGE, IMAGE, IMAGE]);
    await revealAnswer(page);
    // The answer shows what was under the mask (the highlight is only an outline).
    expect(await colourAt([C1, C2, FREE])).toEqual([IMAGE, IMAGE, IMAGE]);
    await gradeButton(page, 'Good').click();

    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Decks' }).click();
    await openDeck(page, 'Hide all');
    expect(await colourAt([C1, C2, C3, FREE])).toEqual([INACTIVE, ACTIVE, INACTIVE, IMAGE]);
    await revealAnswer(page);
    expect(await colourAt([C1, C2, C3])).toEqual([INACTIVE, IMAGE, INACTIVE]);
    await page.getByRole('button', { name: 'Toggle masks' }).click();
    expect(await colourAt([C1, C3])).toEqual([IMAGE, IMAGE]);
  });
});

describe('type-in answers', () => {
  it('the question has a box; Enter shows the answer with the typed text compared as Anki does', async () => {
    await page.goto(session.server.url);
    await waitForDecks(page);
    // Anki's stock "Basic (type in the answer)".
    const typeIn: FixtureNoteType = {
      id: 1700000000002,
      name: 'Basic (type in the answer)',
      css: '.card { font-family: arial; }',
      fields: ['Front', 'Back'],
      templates: [
        { name: 'Card 1', qfmt: '{{Front}}\n\n{{type:Back}}', afmt: '{{Front}}\n\n<hr id=answer>\n\n{{type:Back}}' },
      ],
    };
    await importPackage(
      'capitals.apkg',
      collection(
        [typeIn],
        [{ mid: typeIn.id, fields: ['Capital of France?', 'Paris'], deck: 1700000000100, ords: [0] }],
        [{ id: 1700000000100, name: 'Capitals' }],
      ),
      1,
    );
    await openDeck(page, 'Capitals');
    const box = page.getByRole('textbox', { name: /Type your answer/ });
    // The box takes the focus, as Anki's does: typing starts at once.
    await box.waitFor();
    await expect.poll(() => box.evaluate((el) => el === (el.getRootNode() as ShadowRoot).activeElement)).toBe(true);
    await box.pressSequentially('Pari');
    await box.press('Enter');
    await gradeButton(page, 'Good').waitFor();
    const comparison = page.locator('.card-content code#typeans');
    await comparison.waitFor();
    const marks = await comparison
      .locator('span[class^="type"]')
      .evaluateAll((spans) => spans.map((s) => `${s.className}:${s.textContent}`));
    expect(marks).toEqual(['typeGood:Pari', 'typeMissed:-', 'typeGood:Pari', 'typeMissed:s']);
    // The question shows once, and the comparison once.
    expect(await page.getByText('Capital of France?').count()).toBe(1);
    expect(await page.locator('.card-content #typearrow').count()).toBe(1);
  });
});

describe('a template full of handlers', () => {
  it('leaves the console empty while it is previewed and studied', async () => {
    const messages: string[] = [];
    const listen = (message: ConsoleMessage) => messages.push(`${message.type()}: ${message.text()}`);
    await page.goto(session.server.url);
    await waitForDecks(page);
    page.on('console', listen);
    const handlers =
      '<div onclick="alert(1)" onmouseover="alert(2)">{{Front}}</div><img src="gone.png" onerror="alert(3)"><a href="javascript:alert(4)">js</a>' +
      '<base href="https://evil.example/"><svg onload="alert(5)"></svg><details open ontoggle="alert(6)"><summary>more</summary>x</details>' +
      '<form action="javascript:alert(7)"><input onfocus="alert(8)" autofocus></form><iframe src="javascript:alert(9)"></iframe>';
    const noteType: FixtureNoteType = {
      id: 1700000000003,
      name: 'Handlers',
      css: '.card { color: #222; }',
      fields: ['Front', 'Back'],
      templates: [
        {
          name: 'Card 1',
          qfmt: handlers,
          afmt: '{{FrontSide}}<hr id=answer><span onclick="x()">{{Back}}</span><script>alert(10)</script>',
        },
      ],
    };
    await importPackage(
      'handlers.apkg',
      collection(
        [noteType],
        [1, 2, 3].map((i) => ({
          mid: noteType.id,
          fields: [`Question ${i}`, `Answer ${i}`],
          deck: 1700000000100,
          ords: [0],
        })),
        [{ id: 1700000000100, name: 'Handlers' }],
      ),
      3,
    );
    await openDeck(page, 'Handlers');
    for (let i = 0; i < 3; i += 1) {
      await page
        .locator('.card-content')
        .getByText(/Question \d/)
        .waitFor();
      await revealAnswer(page);
      await page
        .locator('.card-content')
        .getByText(/Answer \d/)
        .waitFor();
      await gradeButton(page, 'Easy').click();
      await page.getByRole('group', { name: 'Grade your answer' }).waitFor({ state: 'detached' });
    }
    page.off('console', listen);
    expect(messages).toEqual([]);
  });
});
