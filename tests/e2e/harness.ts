/**
 * What every browser test needs: the production build served on 127.0.0.1, a real Chromium
 * with a fresh persistent profile (incognito contexts are never installable and have no
 * durable service worker), and a record of everything that would count as a failure a user
 * could notice: console errors, uncaught exceptions, and requests to any other origin.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { expect, inject } from 'vitest';
import { CHROMIUM_ARGS } from '../../scripts/find-chromium';
import { startStaticServer, type StaticServer } from '../../scripts/static-server';

export interface Session {
  server: StaticServer;
  context: BrowserContext;
  /** Console errors and uncaught exceptions, from pages and the service worker. */
  errors: string[];
  /** Requests that left the app's origin (there must be none). */
  foreignRequests: string[];
  /** A new tab in the same profile. */
  newPage(): Promise<Page>;
  /** A fresh browser on the same profile (what relaunching the installed app looks like). */
  relaunch(): Promise<void>;
  close(): Promise<void>;
}

export interface SessionOptions {
  /** Extra Chromium flags for this session only (e.g. a fake microphone). */
  args?: string[];
}

/** Starts the server on build v1 and Chromium on a new, empty profile. */
export async function openSession({ args = [] }: SessionOptions = {}): Promise<Session> {
  const builds = inject('e2eBuilds');
  const executablePath = inject('chromiumPath');
  const server = await startStaticServer(builds.v1);
  const profile = mkdtempSync(join(tmpdir(), 'prepdeck-e2e-profile-'));
  const errors: string[] = [];
  const foreignRequests: string[] = [];
  const origin = new URL(server.url).origin;

  const launch = async (): Promise<BrowserContext> => {
    const context = await chromium.launchPersistentContext(profile, {
      executablePath,
      headless: true,
      args: [...CHROMIUM_ARGS, ...args],
      viewport: { width: 400, height: 800 },
      serviceWorkers: 'allow',
    });
    // Fail with the step that stalled, well inside the test's own timeout.
    context.setDefaultTimeout(15_000);
    const watch = (page: Page) => {
      page.on('console', (message) => {
        if (message.type() === 'error') errors.push(`console: ${message.text()} (${page.url()})`);
      });
      page.on('pageerror', (error) => errors.push(`pageerror: ${error.message} (${page.url()})`));
    };
    context.pages().forEach(watch);
    context.on('page', watch);
    context.on('serviceworker', (worker) => {
      worker.on('console', (message) => {
        if (message.type() === 'error') errors.push(`service worker console: ${message.text()}`);
      });
    });
    context.on('request', (request) => {
      const url = request.url();
      if (/^https?:/.test(url) && new URL(url).origin !== origin) foreignRequests.push(url);
    });
    return context;
  };

  const session: Session = {
    server,
    context: await launch(),
    errors,
    foreignRequests,
    newPage: () => session.context.newPage(),
    async relaunch() {
      await session.context.close();
      session.context = await launch();
    },
    async close() {
      await session.context.close().catch(() => {});
      await server.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
  return session;
}

/** The page's first tab (a persistent context opens with one). */
export async function firstPage(session: Session): Promise<Page> {
  return session.context.pages()[0] ?? (await session.context.newPage());
}

/** Waits until a service worker is active for the page (its precache is then complete). */
export async function waitForActiveWorker(page: Page): Promise<void> {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
}

/** Waits until the page is controlled by a service worker. */
export async function waitForControl(page: Page): Promise<void> {
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
}

/** First visit, then one reload: the page is then served and controlled by the worker. */
export async function installApp(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await waitForActiveWorker(page);
  await page.reload();
  await waitForControl(page);
}

export interface DbSnapshot {
  version: number;
  stores: string[];
  counts: Record<string, number>;
  reviews: Array<Record<string, unknown>>;
}

/**
 * Reads the app's IndexedDB from inside the page, without the app's code: opens 'prepdeck'
 * at whatever version exists (never creating or upgrading it) and counts every store.
 */
export async function readAppDb(page: Page, name = 'prepdeck'): Promise<DbSnapshot | null> {
  return page.evaluate(async (dbName) => {
    const known = await indexedDB.databases();
    if (!known.some((info) => info.name === dbName)) return null;
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open(dbName);
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    try {
      const stores = Array.from(db.objectStoreNames);
      const tx = db.transaction(stores, 'readonly');
      const ask = <T>(request: IDBRequest<T>) =>
        new Promise<T>((resolve, reject) => {
          request.onsuccess = () => resolve(request.result);
          request.onerror = () => reject(request.error);
        });
      const counts: Record<string, number> = {};
      for (const store of stores) counts[store] = await ask(tx.objectStore(store).count());
      const reviews = stores.includes('reviews') ? await ask(tx.objectStore('reviews').getAll()) : [];
      return { version: db.version, stores, counts, reviews: reviews as Array<Record<string, unknown>> };
    } finally {
      db.close();
    }
  }, name);
}

/** The app's build stamp, from <meta name="app-version">. */
export async function appVersion(page: Page): Promise<string | null> {
  return page.locator('meta[name="app-version"]').getAttribute('content');
}

/**
 * Closes the session, then fails the test if anything a user could notice went wrong on the
 * way: console errors or uncaught exceptions, or a request to another origin.
 */
export async function closeAndCheck(session: Session, { foreign = true } = {}): Promise<void> {
  const { errors, foreignRequests } = session;
  await session.close();
  expect(errors, 'console errors').toEqual([]);
  if (foreign) expect(foreignRequests, 'requests to other origins').toEqual([]);
}

/** Airplane mode: Chromium's network emulation, and a server that drops every connection. */
export async function goOffline(session: Session): Promise<void> {
  session.server.setReachable(false);
  await session.context.setOffline(true);
}

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/**
 * axe-core's accessibility check of the page as it is now, WCAG A/AA and best practices: one
 * line per violation ("rule: the elements"). Evaluated through DevTools, so the page's CSP
 * (no inline script) does not stop it, and nothing of it stays in the app.
 */
export async function axeViolations(page: Page): Promise<string[]> {
  await page.evaluate(AXE_SOURCE);
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(context: Document, options: object): Promise<AxeResults> } }).axe;
    interface AxeResults {
      violations: Array<{ id: string; nodes: Array<{ target: string[] }> }>;
    }
    const results = await axe.run(document, { resultTypes: ['violations'] });
    return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  });
}
