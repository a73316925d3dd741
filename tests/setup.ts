// A real IndexedDB implementation (not a mock) for storage and app tests.
import 'fake-indexeddb/auto';
import { configure } from '@testing-library/dom';
import { afterAll } from 'vitest';

// Screens load their code on first visit; on a busy machine that takes seconds. findBy* and
// waitFor wait this long before they give up, so a slow machine never fails a test.
configure({ asyncUtilTimeout: 15_000 });

// Preact runs effects after the next frame, with a 35 ms timer as a fallback that then calls
// cancelAnimationFrame. A DOM test file's last render leaves one pending: let it fire while the
// DOM environment still exists, or it throws "cancelAnimationFrame is not defined" in whatever
// file the worker runs next (an unhandled error that fails the suite).
if (typeof window !== 'undefined') afterAll(() => new Promise((resolve) => setTimeout(resolve, 50)));
