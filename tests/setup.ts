// A real IndexedDB implementation (not a mock) for storage and app tests.
import 'fake-indexeddb/auto';
import { configure } from '@testing-library/dom';

// Screens load their code on first visit; on a busy machine that takes seconds. findBy* and
// waitFor wait this long before they give up, so a slow machine never fails a test.
configure({ asyncUtilTimeout: 15_000 });
