/**
 * Benchmark (prints figures, asserts nothing): Anki packages imported through the real Import
 * screen of the production build in headless Chromium: a deck of 5,000 cards, then a 100 MB
 * package with 1,000 audio files. Prints the time to the preview and to the committed write,
 * and the peak memory (resident set) of all Chromium processes, sampled from /proc every 100 ms.
 * Run: npm run bench:apkg-browser
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium } from '../scripts/find-chromium';
import { startStaticServer } from '../scripts/static-server';
import { buildPackage, type FixtureCollection } from '../tests/import/apkg/fixtures/build-package';

const FILES = 1_000;
const FILE_BYTES = 100_000;
const BIG_DECK = 5_000;

/** A shared-deck-sized package: many cards, no media. */
function bigDeck(): FixtureCollection {
  const notes: FixtureCollection['notes'] = [];
  const cards: FixtureCollection['cards'] = [];
  for (let i = 0; i < BIG_DECK; i++) {
    notes.push({
      id: 1_700_000_000_000 + i,
      guid: `n${i}`,
      mid: 1,
      tags: ['ops'],
      fields: [`<b>Term ${i}</b> in product operations`, `Definition ${i}, with <i>formatting</i>`],
    });
    cards.push({ id: 1_800_000_000_000 + i, nid: 1_700_000_000_000 + i, did: 10, ord: 0 });
  }
  return {
    crt: Math.floor(Date.UTC(2026, 0, 1) / 1000),
    noteTypes: [
      {
        id: 1,
        name: 'Basic',
        css: '.card{font-family:arial}',
        fields: ['Front', 'Back'],
        templates: [{ name: 'Card 1', qfmt: '{{Front}}', afmt: '{{FrontSide}}<hr id=answer>{{Back}}' }],
      },
    ],
    decks: [{ id: 10, name: 'Glossary' }],
    notes,
    cards,
    revlog: [],
    media: {},
  };
}

function collection(): FixtureCollection {
  const media: Record<string, Uint8Array> = {};
  const notes: FixtureCollection['notes'] = [];
  const cards: FixtureCollection['cards'] = [];
  for (let i = 0; i < FILES; i++) {
    const bytes = new Uint8Array(FILE_BYTES);
    for (let j = 0; j < bytes.length; j += 4096) bytes[j] = (i + j) & 0xff;
    media[`clip-${i}.mp3`] = bytes;
    notes.push({
      id: 1_700_000_000_000 + i,
      guid: `g${i}`,
      mid: 1,
      tags: ['audio'],
      fields: [`Listen ${i} [sound:clip-${i}.mp3]`, `Answer ${i}`],
    });
    cards.push({ id: 1_800_000_000_000 + i, nid: 1_700_000_000_000 + i, did: 10, ord: 0 });
  }
  return {
    crt: Math.floor(Date.UTC(2026, 0, 1) / 1000),
    noteTypes: [
      {
        id: 1,
        name: 'Basic',
        css: '.card{}',
        fields: ['Front', 'Back'],
        templates: [{ name: 'Card 1', qfmt: '{{Front}}', afmt: '{{FrontSide}}<hr id=answer>{{Back}}' }],
      },
    ],
    decks: [{ id: 10, name: 'Listening' }],
    notes,
    cards,
    revlog: [],
    media,
  };
}

/** Resident memory of every Chromium process, in MB. */
function chromiumRssMb(): number {
  let kb = 0;
  for (const pid of readdirSync('/proc').filter((d) => /^\d+$/.test(d))) {
    try {
      const status = readFileSync(`/proc/${pid}/status`, 'utf8');
      if (!/^Name:\s*(chromium|chrome)/m.test(status)) continue;
      kb += Number(/VmRSS:\s*(\d+)/.exec(status)?.[1] ?? 0);
    } catch {
      // The process ended while we looked.
    }
  }
  return kb / 1024;
}

const dir = mkdtempSync(join(tmpdir(), 'prepdeck-bench-'));
const server = await startStaticServer(resolve('dist'));
const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS, headless: true });

/** Imports one package through the Import screen and prints its figures. */
async function measure(label: string, col: FixtureCollection, cards: number): Promise<void> {
  const apkg = await buildPackage(col, 'latest');
  // Playwright hands files over 50 MB by path only.
  const path = join(dir, 'package.apkg');
  writeFileSync(path, apkg);
  const page = await browser.newPage({ viewport: { width: 360, height: 740 } });
  await page.goto(`${server.url}#/import`);
  await page.getByText('Choose a file').waitFor();
  const baseline = chromiumRssMb();
  let peak = baseline;
  const sampler = setInterval(() => (peak = Math.max(peak, chromiumRssMb())), 100);
  const started = Date.now();
  await page.locator('input[type=file]').setInputFiles(path);
  await page.getByRole('button', { name: `Import ${cards} cards` }).waitFor({ timeout: 300_000 });
  const previewMs = Date.now() - started;
  const writeStart = Date.now();
  await page.getByRole('button', { name: `Import ${cards} cards` }).click();
  await page.getByText(`Imported ${cards} cards`, { exact: false }).waitFor({ timeout: 300_000 });
  const writeMs = Date.now() - writeStart;
  clearInterval(sampler);
  console.log(`${label} (${(apkg.length / 1e6).toFixed(1)} MB .apkg, Chromium, production build):`);
  console.log(`  file chosen -> preview: ${previewMs} ms; Import tapped -> written: ${writeMs} ms`);
  console.log(
    `  Chromium resident memory: ${baseline.toFixed(0)} MB before, ${peak.toFixed(0)} MB at the peak (+${(peak - baseline).toFixed(0)} MB)`,
  );
  await page.close();
}

try {
  await measure(`${BIG_DECK.toLocaleString('en-US')} cards, no media`, bigDeck(), BIG_DECK);
  await measure(`${FILES.toLocaleString('en-US')} audio files of ${FILE_BYTES / 1000} kB`, collection(), FILES);
} finally {
  await browser.close();
  await server.close();
  rmSync(dir, { recursive: true, force: true });
}
