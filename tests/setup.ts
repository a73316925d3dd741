// A real IndexedDB implementation (not a mock) for storage and app tests.
import 'fake-indexeddb/auto';
