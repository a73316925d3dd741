/**
 * Issue 15 points 3 and 9, browser tests: a card cannot touch the app, and the app is served
 * with headers that forbid framing it. The five spoofing payloads of the issue (note-type CSS
 * that covers the screen, a link stretched over it, notes dressed as the app's header, ...)
 * each leave every control of the app clickable: the element at each control's centre is the
 * control itself.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Page } from 'playwright-core';
import { preview } from 'vite';
import { afterEach, beforeEach, describe, expect, inject, it } from 'vitest';
import { SECURITY_HEADERS } from '../../scripts/security-headers';
import { buildPackage, type FixtureCollection } from '../import/apkg/fixtures/build-package';
import { gradeButton, openDeck, waitForDecks } from './app-steps';
import { closeAndCheck, firstPage, openSession, readAppDb, type Session } from './harness';

let session: Session;
let page: Page;

beforeEach(async () => {
  session = await openSession();
  page = await firstPage(session);
});

afterEach(() => closeAndCheck(session));

/** Note-type CSS that tried to take over the app in the run, one note type (and deck) each. */
const CSS_PAYLOADS: Array<{ deck: string; css: string; front: string }> = [
  {
    deck: 'Host covers all',
    css: ':host{position:fixed;inset:0;z-index:2147483647;background:red}',
    front: 'Host',
  },
  {
    deck: 'Link over all',
    css: 'a{position:fixed;inset:0;opacity:.01;z-index:2147483647;display:block}',
    front: 'Tap anywhere <a href="https://evil.example/steal">here</a>',
  },
  {
    deck: 'Card escapes',
    css: '.card{position:absolute;top:-400px;left:-60px;width:200vw;height:300vh;z-index:99999;background:red}',
    front: 'Escaping card',
  },
  {
    deck: 'Root pinned',
    css: 'html,body,:root{position:fixed!important;inset:0;z-index:2147483647;background:red} :host{transform:scale(30);margin:-500px 0 0;height:5000px}',
    front: 'Pinned root',
  },
];

function payloadCollection(): FixtureCollection {
  return {
    crt: Math.floor(Date.UTC(2026, 0, 1) / 1000),
    noteTypes: CSS_PAYLOADS.map((p, i) => ({
      id: 1700000000001 + i,
      name: `Payload ${i + 1}`,
      css: p.css,
      fields: ['Front', 'Back'],
      templates: [{ name: 'Card 1', qfmt: '{{Front}}', afmt: '{{FrontSide}}<hr id=answer>{{Back}}' }],
    })),
    decks: CSS_PAYLOADS.map((p, i) => ({ id: 1700000000100 + i, name: p.deck })),
    notes: CSS_PAYLOADS.map((p, i) => ({
      id: 1700000000200 + i,
      guid: `payload-${i}`,
      mid: 1700000000001 + i,
      tags: [],
      fields: [p.front, `Back of ${p.deck}`],
    })),
    cards: CSS_PAYLOADS.map((_, i) => ({
      id: 1700000000300 + i,
      nid: 1700000000200 + i,
      did: 1700000000100 + i,
      ord: 0,
    })),
    revlog: [],
    media: {},
  };
}

async function importFile(name: string, buffer: Buffer, cards: number): Promise<void> {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Import' }).click();
  await page.locator('input[type=file]').setInputFiles({ name, mimeType: 'application/octet-stream', buffer });
  await page.getByRole('heading', { name: `Preview: ${name}` }).waitFor();
  await page.getByRole('button', { name: `Import ${cards} card${cards === 1 ? '' : 's'}` }).click();
  await page.getByText(/^Imported \d+ cards? into/).waitFor();
}

/**
 * Every control of the app on screen (buttons and links outside the cards), each scrolled into
 * view, and what is at its centre: the names of those that a card covers.
 */
async function coveredControls(): Promise<{ checked: string[]; covered: string[] }> {
  const controls = page.locator('button:visible, a[href]:visible');
  const checked: string[] = [];
  const covered: string[] = [];
  for (let i = 0; i < (await controls.count()); i += 1) {
    const control = controls.nth(i);
    // Controls in a card are the card's; the skip link is on screen only while focused.
    const skip = await control.evaluate((el) => el.closest('.card-content, .skip-link') !== null);
    if (skip) continue;
    await control.scrollIntoViewIfNeeded();
    const name = ((await control.textContent()) ?? '').trim().replace(/\s+/g, ' ');
    checked.push(name);
    // What is at the control's centre: the control, or what covers it (a card's box, for a card's content).
    const cover = await control.evaluate((el) => {
      const box = el.getBoundingClientRect();
      const hit = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
      if (hit !== null && el.contains(hit)) return null;
      return hit === null
        ? 'nothing'
        : hit.closest('.card-content')
          ? 'card'
          : `${hit.tagName.toLowerCase()}.${hit.className}`;
    });
    // Only a card matters here; the app's own floating messages are the app's business.
    if (cover === 'card' || cover === 'nothing') covered.push(name);
  }
  return { checked, covered };
}

describe('a card cannot touch the app', () => {
  it('note-type CSS payloads leave every control clickable, on the question and on the answer', async () => {
    await page.goto(session.server.url);
    await waitForDecks(page);
    await importFile(
      'payloads.apkg',
      Buffer.from(await buildPackage(payloadCollection(), 'latest')),
      CSS_PAYLOADS.length,
    );
    for (const payload of CSS_PAYLOADS) {
      await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Decks' }).click();
      await openDeck(page, payload.deck);
      await page
        .locator('.card-content')
        .getByText(payload.front.replace(/<[^>]+>/g, '').split(' ')[0]!)
        .first()
        .waitFor();
      const question = await coveredControls();
      expect(question.checked, payload.deck).toEqual(
        expect.arrayContaining(['Decks', 'Import', 'Settings', 'Show answer', 'Undo']),
      );
      expect(question.covered, `${payload.deck}: covered on the question`).toEqual([]);
      await page.getByRole('button', { name: 'Show answer' }).click();
      await gradeButton(page, 'Good').waitFor();
      const answer = await coveredControls();
      expect(answer.checked, payload.deck).toEqual(
        expect.arrayContaining([expect.stringMatching(/Good/), expect.stringMatching(/Again/)]),
      );
      expect(answer.covered, `${payload.deck}: covered on the answer`).toEqual([]);
      // A real tap at Good's centre grades the card; it opens nothing.
      const good = (await gradeButton(page, 'Good').boundingBox())!;
      await page.mouse.click(good.x + good.width / 2, good.y + good.height / 2);
      await page.getByRole('group', { name: 'Grade your answer' }).waitFor({ state: 'detached' });
      expect(await page.getByRole('dialog').count()).toBe(0);
    }
    expect(session.context.pages()).toHaveLength(1);
    expect((await readAppDb(page))?.counts.reviews).toBe(CSS_PAYLOADS.length);
  });

  it("notes dressed as the app's header (CSV, HTML notes) block nothing: they render inside the card", async () => {
    await page.goto(session.server.url);
    await waitForDecks(page);
    const spoof =
      '<div class=""app-header"" style=""height:3000px;margin-bottom:-3000px;background:red"">Fake header</div>';
    const csv = `Front,Back,Notes\r\nWhat is a KPI?,<b>A key performance indicator</b>,"${spoof}"\r\n`;
    await importFile('spoof.csv', Buffer.from(csv), 1);
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Decks' }).click();
    await openDeck(page, 'spoof');
    await page.getByRole('button', { name: 'Show answer' }).click();
    await page.locator('.card-content').getByText('Fake header').waitFor();
    // Inside the card's shadow root, where the app's .app-header rules never apply.
    expect(
      await page
        .locator('.card-content')
        .evaluateAll((hosts) => hosts.some((h) => h.shadowRoot?.querySelector('.app-header'))),
    ).toBe(true);
    const { covered, checked } = await coveredControls();
    expect(checked).toEqual(expect.arrayContaining([expect.stringMatching(/Good/)]));
    expect(covered).toEqual([]);
  });

  it('a link in a card opens only after a confirmation that shows its address', async () => {
    await page.goto(session.server.url);
    await waitForDecks(page);
    const csv = 'Front,Back\r\n"Read <a href=""https://example.com/guide?id=7"">the guide</a>",<b>Later</b>\r\n';
    await importFile('links.csv', Buffer.from(csv), 1);
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Decks' }).click();
    await openDeck(page, 'links');
    await page.locator('.card-content').getByRole('link', { name: 'the guide' }).click();
    const dialog = page.getByRole('dialog', { name: 'Open this link?' });
    await dialog.waitFor();
    expect(await dialog.textContent()).toContain('https://example.com/guide?id=7');
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await dialog.waitFor({ state: 'hidden' });
    expect(session.context.pages()).toHaveLength(1);
  });
});

describe('security headers', () => {
  it('no other site can frame the app', async () => {
    // Another origin (another port) with no policy of its own, serving a page that frames the app.
    const attacker = createServer((_req, res) =>
      res
        .writeHead(200, { 'content-type': 'text/html' })
        .end(
          `<!doctype html><title>Attacker</title><iframe src="${session.server.url}" width="400" height="600"></iframe>`,
        ),
    );
    await new Promise<void>((resolve) => attacker.listen(0, '127.0.0.1', resolve));
    const framer = await session.newPage();
    try {
      // goto resolves on the page's load event, which waits for the frame to settle.
      await framer.goto(`http://127.0.0.1:${(attacker.address() as AddressInfo).port}/`);
      const frame = framer.frames()[1]!;
      expect(frame.url()).not.toBe(session.server.url);
      expect(await frame.locator('#app').count()).toBe(0);
    } finally {
      await framer.close();
      attacker.closeAllConnections();
      await new Promise((resolve) => attacker.close(resolve));
    }
    // Chromium reports the refusal in the framing page's console: that is the point, not a failure.
    const refused = (e: string) => /frame-ancestors|Refused to (display|frame)/i.test(e);
    expect(session.errors.some(refused)).toBe(true);
    session.errors.splice(0, session.errors.length, ...session.errors.filter((e) => !refused(e)));
    // The attacker's page is the one request to another origin, and the test's own.
    session.foreignRequests.splice(0, session.foreignRequests.length);
  });

  it('vite preview serves the build with the headers', async () => {
    const builds = inject('e2eBuilds');
    const server = await preview({
      configFile: 'vite.config.ts',
      logLevel: 'silent',
      build: { outDir: builds.v1 },
      preview: { port: 0, strictPort: false, host: '127.0.0.1' },
    });
    try {
      const url = server.resolvedUrls!.local[0]!;
      for (const path of ['', 'sw.js', 'manifest.webmanifest']) {
        const response = await fetch(`${url}${path}`);
        for (const [name, value] of Object.entries(SECURITY_HEADERS))
          expect(response.headers.get(name), `${path} ${name}`).toBe(value);
      }
    } finally {
      await server.close();
    }
  });
});
