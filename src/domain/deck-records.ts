import { copyAnswerPoints } from './answer-points';
import { hashText } from './content-hash';
import type { DeckFile } from './deck-file';
import type { CardRecord, DeckRecord, DeckSource } from './model';

/** A card's global id from its deck id and its id inside the deck. */
export function cardIdFor(deckId: string, key: string): string {
  return `${deckId}/${key}`;
}

/** Turns a validated deck file into the records to store. */
export function deckFileToRecords(
  file: DeckFile,
  source: DeckSource,
  now: number,
): { deck: DeckRecord; cards: CardRecord[] } {
  const deck: DeckRecord = {
    id: file.id,
    name: file.name,
    description: file.description ?? '',
    source,
    createdAt: now,
    updatedAt: now,
    contentHash: hashText(JSON.stringify(file)),
    ...(file.interview ? { interview: true } : {}),
  };
  const cards = file.cards.map((card, order): CardRecord => ({
    id: cardIdFor(file.id, card.id),
    deckId: file.id,
    key: card.id,
    front: card.front,
    back: card.back,
    format: file.format ?? 'text',
    tags: card.tags ?? [],
    order,
    ...(card.notes !== undefined ? { notes: card.notes } : {}),
    ...(card.source !== undefined ? { source: card.source } : {}),
    ...(card.points !== undefined ? { points: copyAnswerPoints(card.points) } : {}),
    ...(card.behavioural ? { behavioural: true } : {}),
  }));
  return { deck, cards };
}
