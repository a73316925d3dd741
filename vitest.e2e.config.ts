import { defineConfig } from 'vitest/config';

/**
 * The browser tests (tests/e2e): a real Chromium against the production build. Node
 * environment (the tests drive the browser; the app runs inside it), one file at a time
 * (two Chromiums on two cores only slow each other down), and a global setup that builds once.
 */
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.test.ts'],
    environment: 'node',
    globalSetup: ['tests/e2e/global-setup.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
