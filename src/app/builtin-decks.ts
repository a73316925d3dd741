import type { DeckFile } from '../domain/deck-file';
import { validateDeckFile } from '../domain/validate-deck';

// Each built-in deck is its own lazily loaded chunk: not on the first paint's critical path,
// precached by the service worker like every other asset.
const modules = import.meta.glob<{ default: unknown }>('../../decks/*.json');

/** The decks shipped with this version of the app, validated. */
export async function loadBuiltinDecks(): Promise<DeckFile[]> {
  const entries = Object.entries(modules).sort(([a], [b]) => a.localeCompare(b));
  return Promise.all(
    entries.map(async ([path, load]) => validateDeckFile((await load()).default, path.replace(/^.*\//, 'decks/'))),
  );
}
