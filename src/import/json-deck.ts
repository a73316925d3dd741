/** The app's own JSON deck format: validated, then turned into a bundle that keeps the deck id. */
import { fileIdToAnkiCardId } from '../domain/anki-identity';
import { parseDeckJson } from '../domain/validate-deck';
import type { ImportBundle } from '../domain/import-bundle';

/** Parses and validates a JSON deck file; the deck id is kept so a re-import updates the deck. */
export function parseJsonDeck(text: string, fileName: string): ImportBundle {
  const deck = parseDeckJson(text, fileName);
  const format = deck.format ?? 'text';
  return {
    fileName,
    kind: 'json',
    decks: [
      {
        id: deck.id,
        name: deck.name,
        description: deck.description ?? '',
        ...(deck.interview ? { interview: true } : {}),
        cards: deck.cards.map((card) => {
          // A card exported from an Anki deck keeps its tie to the Anki note (see anki-identity.ts).
          const ankiId = fileIdToAnkiCardId(card.id);
          return {
            key: card.id,
            ...(ankiId ? { id: ankiId } : {}),
            front: card.front,
            back: card.back,
            format,
            tags: card.tags ?? [],
            ...(card.notes !== undefined ? { notes: card.notes } : {}),
            ...(card.source !== undefined ? { source: card.source } : {}),
            ...(card.points !== undefined ? { points: card.points } : {}),
            ...(card.behavioural ? { behavioural: true } : {}),
          };
        }),
      },
    ],
    warnings: [],
  };
}
