// A real IndexedDB implementation (not a mock) for storage and app tests.
import 'fake-indexeddb/auto';
import { configure } from '@testing-library/dom';
import { afterAll } from 'vitest';

// Screens load their code on first visit; on a busy machine that takes seconds. findBy* and
// waitFor wait this long before they give up, so a slow machine never fails a test.
configure({ asyncUtilTimeout: 15_000 });

// Preact's hooks run effects after the next frame, or after a 100 ms timer where frames do not
// come (jsdom). A test file that ends with such a timer pending would see it fire after the DOM
// environment is torn down ("cancelAnimationFrame is not defined"): let it fire first.
if (typeof window !== 'undefined') {
  afterAll(() => new Promise<void>((resolve) => setTimeout(resolve, 150)));
}
