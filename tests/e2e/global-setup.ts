/**
 * Builds the app twice, once per "release", into a temp folder: the same production build a
 * user gets, so the service worker, the manifest and the precache are the real ones. The second
 * build differs only by its VITE_APP_BUILD stamp, which changes the code's hash, hence the
 * precache manifest, hence sw.js: exactly what a deploy looks like to an installed app.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TestProject } from 'vitest/node';
import { build } from 'vite';
import { findChromium } from '../../scripts/find-chromium';

export interface E2eBuilds {
  v1: string;
  v2: string;
}

declare module 'vitest' {
  export interface ProvidedContext {
    e2eBuilds: E2eBuilds;
    chromiumPath: string;
  }
}

const root = resolve(fileURLToPath(new URL('../..', import.meta.url)));
export const BUILD_V1 = 'e2e-1';
export const BUILD_V2 = 'e2e-2';

function restoreEnv(name: string, value: string | undefined): void {
  if (value === undefined) delete process.env[name];
  else process.env[name] = value;
}

async function buildInto(outDir: string, stamp: string): Promise<void> {
  const previous = { stamp: process.env.VITE_APP_BUILD, nodeEnv: process.env.NODE_ENV };
  process.env.VITE_APP_BUILD = stamp;
  // Vitest sets NODE_ENV=test, which would make Vite build a non-production bundle
  // (import.meta.env.PROD false: no service worker). Build exactly what `npm run build` does.
  process.env.NODE_ENV = 'production';
  try {
    await build({
      root,
      configFile: join(root, 'vite.config.ts'),
      mode: 'production',
      logLevel: 'warn',
      build: { outDir, emptyOutDir: true },
    });
  } finally {
    restoreEnv('VITE_APP_BUILD', previous.stamp);
    restoreEnv('NODE_ENV', previous.nodeEnv);
  }
}

export default async function setup(project: TestProject): Promise<() => void> {
  // Fail first, and with instructions, if there is no browser to run the tests in.
  const chromiumPath = findChromium();
  const dir = mkdtempSync(join(tmpdir(), 'prepdeck-e2e-builds-'));
  const builds: E2eBuilds = { v1: join(dir, 'v1'), v2: join(dir, 'v2') };
  await buildInto(builds.v1, BUILD_V1);
  await buildInto(builds.v2, BUILD_V2);
  project.provide('e2eBuilds', builds);
  project.provide('chromiumPath', chromiumPath);
  return () => rmSync(dir, { recursive: true, force: true });
}
