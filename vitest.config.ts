import { defineConfig } from 'vitest/config';
import preact from '@preact/preset-vite';

export default defineConfig({
  plugins: [preact()],
  test: {
    include: ['tests/**/*.test.{ts,tsx}'],
    exclude: ['tests/e2e/**', 'node_modules/**'],
    environment: 'node',
    setupFiles: ['tests/setup.ts'],
    // Some tests start sql.js (WASM) or a worker, which takes seconds on a busy 2-core machine:
    // one generous limit for every test, so a slow machine never fails the suite.
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
