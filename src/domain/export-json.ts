/** Decks as the app's own JSON deck format (deck-file.ts), valid for validateDeckFile. */
import { ankiCardIdToFileId } from './anki-identity';
import { copyAnswerPoints } from './answer-points';
import type { DeckFile, DeckFileCard } from './deck-file';
import type { CardRecord } from './model';
import type { DeckExport } from './export-anki-text';
import { textToHtml } from './export-anki-text';

const DECK_ID = /^[a-z0-9][a-z0-9-]{0,79}$/;
const CARD_ID = /^[A-Za-z0-9][A-Za-z0-9._-]{0,79}$/;

function slugify(name: string): string {
  return name
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .replace(/-+$/, '');
}

/**
 * One deck as a DeckFile. Ids are kept when the format allows them (so a re-import updates),
 * otherwise derived; a deck that mixes text and HTML cards is written as HTML. Retired cards
 * and cards with a blank side (which the format cannot hold) are left out.
 */
export function exportDeckFile({ deck, cards }: DeckExport): DeckFile {
  const kept = cards
    .filter((card) => !card.retired && card.front.trim() !== '' && card.back.trim() !== '')
    .sort((a, b) => a.order - b.order);
  const html = kept.some((card) => card.format === 'html');
  const side = (card: CardRecord, value: string): string =>
    html && card.format === 'text' ? textToHtml(value) : value;
  const used = new Set<string>();
  const out: DeckFileCard[] = kept.map((card, index) => {
    const preferred = ankiCardIdToFileId(card.id) ?? card.key;
    let id = CARD_ID.test(preferred) && !used.has(preferred) ? preferred : `card-${index + 1}`;
    while (used.has(id)) id = `${id}-${index + 1}`;
    used.add(id);
    const tags = card.tags.filter((tag) => tag.trim() !== '' && !/\s/.test(tag));
    return {
      id,
      front: side(card, card.front),
      back: side(card, card.back),
      ...(tags.length > 0 ? { tags } : {}),
      ...(card.notes !== undefined && card.notes.trim() !== '' ? { notes: side(card, card.notes) } : {}),
      ...(card.source !== undefined ? { source: card.source } : {}),
      ...(card.points !== undefined && card.points.length > 0 ? { points: copyAnswerPoints(card.points) } : {}),
      ...(card.behavioural ? { behavioural: true } : {}),
    };
  });
  return {
    id: DECK_ID.test(deck.id) ? deck.id : slugify(deck.name) || 'deck',
    name: deck.name,
    ...(deck.description ? { description: deck.description } : {}),
    format: html ? 'html' : 'text',
    ...(deck.interview ? { interview: true } : {}),
    cards: out,
  };
}

/** One deck as JSON text, ready to save as a .json file. */
export function exportDeckJson(deck: DeckExport): string {
  return `${JSON.stringify(exportDeckFile(deck), null, 2)}\n`;
}
