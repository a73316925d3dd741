/**
 * Issue 3, points 1 and 2 of the browser tests: the service worker installs and takes over,
 * and Chromium itself judges the app installable with a complete manifest. Also: nothing is
 * fetched from another origin, and no console errors (point 6).
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { closeAndCheck, firstPage, installApp, openSession, waitForActiveWorker, type Session } from './harness';

let session: Session;
let page: Page;

beforeEach(async () => {
  session = await openSession();
  page = await firstPage(session);
});

afterEach(() => closeAndCheck(session));

/** Width and height from a PNG's IHDR chunk. */
function pngSize(bytes: Uint8Array): { width: number; height: number } {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  expect(
    Array.from(bytes.slice(1, 4))
      .map((b) => String.fromCharCode(b))
      .join(''),
  ).toBe('PNG');
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

describe('first visit', () => {
  it('installs a service worker that controls the page after one reload, and says it is ready offline', async () => {
    await page.goto(session.server.url);
    await page.getByRole('heading', { name: 'Decks' }).waitFor();
    await waitForActiveWorker(page);
    // First install: the app says so, once.
    await page.getByText('Ready to work offline').waitFor();
    expect(await page.evaluate(() => navigator.serviceWorker.controller)).toBeNull();

    await page.reload();
    await page.getByRole('heading', { name: 'Decks' }).waitFor();
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
    const scriptURL = await page.evaluate(() => navigator.serviceWorker.controller?.scriptURL);
    expect(scriptURL).toBe(new URL('sw.js', session.server.url).href);
    // Not repeated on later visits.
    expect(await page.getByText('Ready to work offline').count()).toBe(0);

    // Everything the shell needs is in the precache.
    const cached = await page.evaluate(async () => {
      const urls: string[] = [];
      for (const name of await caches.keys()) {
        for (const request of await (await caches.open(name)).keys()) urls.push(new URL(request.url).pathname);
      }
      return urls;
    });
    expect(cached).toContain('/index.html');
    expect(cached).toContain('/manifest.webmanifest');
    expect(cached).toContain('/icons/icon-192.png');
    expect(cached.some((path) => /^\/assets\/.*\.js$/.test(path))).toBe(true);
    expect(cached.some((path) => /^\/assets\/.*\.css$/.test(path))).toBe(true);
  });
});

describe('installability', () => {
  it('has no installability errors and a complete manifest, per the DevTools protocol', async () => {
    await installApp(page, session.server.url);
    const cdp = await session.context.newCDPSession(page);

    const { installabilityErrors } = (await cdp.send('Page.getInstallabilityErrors')) as {
      installabilityErrors: Array<{ errorId: string }>;
    };
    expect(installabilityErrors).toEqual([]);

    const { url, errors, data } = (await cdp.send('Page.getAppManifest')) as {
      url: string;
      errors: Array<{ message: string }>;
      data?: string;
    };
    expect(url).toBe(new URL('manifest.webmanifest', session.server.url).href);
    expect(errors).toEqual([]);
    const manifest = JSON.parse(data ?? '{}') as Record<string, unknown>;
    expect(manifest).toMatchObject({
      id: expect.any(String),
      name: expect.stringContaining('PrepDeck'),
      short_name: 'PrepDeck',
      description: expect.any(String),
      start_url: expect.any(String),
      scope: expect.any(String),
      display: 'standalone',
      theme_color: expect.stringMatching(/^#[0-9a-f]{6}$/i),
      background_color: expect.stringMatching(/^#[0-9a-f]{6}$/i),
    });
    expect(String(manifest.short_name).length).toBeLessThanOrEqual(12);
    // Dark-mode colours beside the light ones (Chromium's dark_mode_* members).
    expect(manifest.dark_mode_theme_color).toMatch(/^#[0-9a-f]{6}$/i);
    expect(manifest.dark_mode_background_color).toMatch(/^#[0-9a-f]{6}$/i);

    const icons = manifest.icons as Array<{ src: string; sizes: string; type: string; purpose?: string }>;
    const iconKinds = icons.map((icon) => `${icon.sizes} ${icon.purpose ?? 'any'}`);
    expect(iconKinds).toEqual(expect.arrayContaining(['192x192 any', '512x512 any', '512x512 maskable']));
    const screenshots = manifest.screenshots as Array<{ src: string; sizes: string; form_factor: string }>;
    expect(screenshots.map((shot) => shot.form_factor).sort()).toEqual(['narrow', 'wide']);
    // Deck files open in the installed app.
    const handled = (manifest.file_handlers as Array<{ accept: Record<string, string[]> }>).flatMap((h) =>
      Object.values(h.accept).flat(),
    );
    expect(handled).toEqual(expect.arrayContaining(['.csv', '.tsv', '.txt', '.json', '.apkg', '.colpkg']));

    // Every image the manifest names exists, is a PNG, and has the size it claims.
    for (const image of [...icons, ...screenshots]) {
      const response = await fetch(new URL(image.src, url));
      expect(response.status, image.src).toBe(200);
      expect(response.headers.get('content-type')).toBe('image/png');
      const { width, height } = pngSize(new Uint8Array(await response.arrayBuffer()));
      expect(`${width}x${height}`, image.src).toBe(image.sizes);
    }

    // iOS reads tags, not the manifest.
    const head = await page.evaluate(() => ({
      lang: document.documentElement.lang,
      description: document.querySelector('meta[name="description"]')?.getAttribute('content') ?? '',
      appleIcon: document.querySelector('link[rel="apple-touch-icon"]')?.getAttribute('href') ?? '',
      appleCapable: document.querySelector('meta[name="apple-mobile-web-app-capable"]')?.getAttribute('content'),
      appleTitle: document.querySelector('meta[name="apple-mobile-web-app-title"]')?.getAttribute('content'),
      themeColors: document.querySelectorAll('meta[name="theme-color"]').length,
    }));
    expect(head).toMatchObject({ lang: 'en', appleCapable: 'yes', appleTitle: 'PrepDeck' });
    expect(head.description.length).toBeGreaterThan(20);
    expect(head.themeColors).toBe(2);
    const appleIcon = await fetch(new URL(head.appleIcon, session.server.url));
    expect(pngSize(new Uint8Array(await appleIcon.arrayBuffer()))).toEqual({ width: 180, height: 180 });

    const robots = await fetch(new URL('robots.txt', session.server.url));
    expect(await robots.text()).toMatch(/User-agent/);

    // Chromium offers installation (beforeinstallprompt): the app shows its Install button.
    await page.getByRole('button', { name: 'Install' }).waitFor();
  });
});
