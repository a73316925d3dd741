/**
 * Renders the one source image, assets/icon.svg, into the PNG icons the manifest and iOS need,
 * and (with --screenshots) takes the manifest's screenshots from the built app. The PNGs are
 * committed, so a build never needs a browser.
 *
 *   npm run icons                    # public/favicon.svg + public/icons/*.png
 *   npm run build && npm run screenshots   # public/screenshots/{narrow,wide}.png
 *
 * Uses playwright-core with the system Chromium (see scripts/find-chromium.ts).
 */
import { copyFile, mkdir, readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium } from './find-chromium';
import { startStaticServer } from './static-server';

const root = fileURLToPath(new URL('..', import.meta.url));
const SOURCE = join(root, 'assets/icon.svg');
/** Same as the icon's own background, so the maskable icon's bleed area is seamless. */
const BLEED_COLOR = '#2b59c3';

interface IconSpec {
  file: string;
  size: number;
  /** Full-bleed background with the artwork shrunk into the safe zone (maskable, iOS). */
  fullBleed: boolean;
}

const ICONS: IconSpec[] = [
  { file: 'icons/icon-192.png', size: 192, fullBleed: false },
  { file: 'icons/icon-512.png', size: 512, fullBleed: false },
  // Maskable: the safe zone is the central circle of radius 40%; the artwork sits in it at 80%.
  { file: 'icons/maskable-512.png', size: 512, fullBleed: true },
  // iOS rounds the corners itself and shows transparency as black: fill the square.
  { file: 'icons/apple-touch-icon.png', size: 180, fullBleed: true },
];

async function withContext<T>(run: (context: BrowserContext) => Promise<T>): Promise<T> {
  const profile = mkdtempSync(join(tmpdir(), 'prepdeck-icons-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: findChromium(),
    headless: true,
    args: CHROMIUM_ARGS,
  });
  try {
    return await run(context);
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
}

async function makeIcons(): Promise<void> {
  const svg = await readFile(SOURCE, 'utf8');
  await mkdir(join(root, 'public/icons'), { recursive: true });
  await copyFile(SOURCE, join(root, 'public/favicon.svg'));
  await withContext(async (context) => {
    const page = await context.newPage();
    for (const icon of ICONS) {
      const scale = icon.fullBleed ? 0.8 : 1;
      await page.setViewportSize({ width: icon.size, height: icon.size });
      await page.setContent(
        `<!doctype html><style>html,body{margin:0;width:100%;height:100%;overflow:hidden;
           background:${icon.fullBleed ? BLEED_COLOR : 'transparent'}}
         svg{display:block;width:${scale * 100}%;height:${scale * 100}%;
           margin:${((1 - scale) / 2) * 100}%}</style>${svg}`,
      );
      await page.screenshot({
        path: join(root, 'public', icon.file),
        omitBackground: !icon.fullBleed,
      });
      console.log(`wrote public/${icon.file} (${icon.size}px)`);
    }
  });
}

/** Screenshots for the manifest, from the production build in dist/ (run `npm run build` first). */
async function makeScreenshots(): Promise<void> {
  const server = await startStaticServer(join(root, 'dist'));
  await mkdir(join(root, 'public/screenshots'), { recursive: true });
  try {
    await withContext(async (context) => {
      const page = await context.newPage();
      await page.setViewportSize({ width: 360, height: 740 });
      await page.goto(server.url + '#/');
      await page.getByRole('heading', { name: 'Decks' }).waitFor();
      // The app's own "Install" offer has no place in the install dialog's pictures.
      await page.addStyleTag({ content: '.install-bar, .pwa-banner-region { display: none !important; }' });
      // The decks themselves, not the "Loading decks…" that comes first.
      await page.getByRole('main').getByRole('listitem').getByRole('link').first().waitFor();
      await page.screenshot({ path: join(root, 'public/screenshots/narrow.png') });
      console.log('wrote public/screenshots/narrow.png');

      await page.setViewportSize({ width: 1280, height: 800 });
      const firstDeck = page.locator('a[href^="#/study/"]').first();
      await firstDeck.click();
      await page.getByRole('button', { name: 'Show answer' }).click();
      await page.getByRole('button', { name: /^Good/ }).waitFor();
      await page.screenshot({ path: join(root, 'public/screenshots/wide.png') });
      console.log('wrote public/screenshots/wide.png');
    });
  } finally {
    await server.close();
  }
}

if (process.argv.includes('--screenshots')) await makeScreenshots();
else await makeIcons();
