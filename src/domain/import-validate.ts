/**
 * The last check before an import bundle reaches the database (pure). Parsers validate their
 * own formats; this guards the contract of ImportBundle itself, so that no record a store
 * would refuse, and no two cards with one identity, ever get as far as a transaction.
 */
import { answerPointsProblem } from './answer-points';
import { checkBefore, checkFields, REVIEW_ENTRY_FIELDS, SCHEDULE_STATE_FIELDS, type Fail } from './record-fields';
import { cardIdFor } from './deck-records';
import { ImportError } from './import-error';
import type { ImportBundle } from './import-bundle';
import type { MediaBytes } from './model';

const DECK_FIELDS = { id: 'name?', name: 'name', description: 'text', interview: 'boolean?' } as const;
const CARD_FIELDS = {
  key: 'name',
  id: 'name?',
  front: 'text',
  back: 'text',
  format: 'format',
  tags: 'texts',
  notes: 'text?',
  source: 'text?',
  styleId: 'name?',
  mediaScope: 'name?',
  suspended: 'boolean?',
  behavioural: 'boolean?',
} as const;
const MEDIA_FIELDS = { scope: 'name', name: 'name', type: 'text' } as const;
const STYLE_FIELDS = { id: 'name', css: 'text' } as const;

/** Where a card is, for messages: `deck "Spanish", card 3 (key "17")`. */
export function cardLocation(deckName: string, index: number, key: unknown): string {
  return `deck "${deckName}", card ${index + 1}${typeof key === 'string' ? ` (key "${key}")` : ''}`;
}

/** Throws ImportError (naming the file and the record) unless every record of the bundle can be stored. */
export function validateBundle(bundle: ImportBundle): void {
  const file = typeof bundle.fileName === 'string' && bundle.fileName !== '' ? bundle.fileName : 'the imported file';
  const fail: Fail = (location, reason) => {
    throw new ImportError(file, location, reason);
  };
  if (!Array.isArray(bundle.decks)) fail('decks', 'expected a list of decks');
  if (!bundle.decks.some((deck) => Array.isArray(deck?.cards) && deck.cards.length > 0))
    fail('decks', 'nothing to import: the file holds no cards');

  // Identities already taken in this bundle: explicit card ids, and `deckId/key` of decks with an id.
  const identities = new Map<string, string>();
  const deckIds = new Map<string, number>();
  bundle.decks.forEach((deck, d) => {
    checkFields(deck, DECK_FIELDS, `deck ${d + 1}`, fail);
    const name = deck.name;
    if (deck.id !== undefined) {
      const earlier = deckIds.get(deck.id);
      if (earlier !== undefined) fail(`deck "${name}"`, `the deck id "${deck.id}" is also used by deck ${earlier + 1}`);
      deckIds.set(deck.id, d);
    }
    if (!Array.isArray(deck.cards)) fail(`deck "${name}"`, 'field "cards": expected a list of cards');
    const keys = new Map<string, number>();
    deck.cards.forEach((card, c) => {
      const where = cardLocation(name, c, (card as { key?: unknown } | null)?.key);
      checkFields(card, CARD_FIELDS, where, fail);
      if (card.points !== undefined) {
        const problem = answerPointsProblem(card.points);
        if (problem !== null) fail(where, `field "points": ${problem}`);
      }
      const earlierKey = keys.get(card.key);
      if (earlierKey !== undefined)
        fail(where, `the key "${card.key}" is also used by card ${earlierKey + 1} of this deck`);
      keys.set(card.key, c);
      const identity = card.id ?? (deck.id !== undefined ? cardIdFor(deck.id, card.key) : undefined);
      if (identity !== undefined) {
        const other = identities.get(identity);
        if (other !== undefined) fail(where, `the card identity "${identity}" is also used by ${other}`);
        identities.set(identity, where);
      }
      if (card.schedule !== undefined) checkFields(card.schedule, SCHEDULE_STATE_FIELDS, `${where}, schedule`, fail);
      if (card.reviews !== undefined) {
        if (!Array.isArray(card.reviews)) fail(where, 'field "reviews": expected a list');
        card.reviews.forEach((review, r) => {
          const at = `${where}, review ${r + 1}`;
          checkFields(review, REVIEW_ENTRY_FIELDS, at, fail);
          if (review.before !== undefined) checkBefore(review.before, at, fail);
        });
      }
    });
  });

  (bundle.media ?? []).forEach((media, i) => {
    const where = `media ${i + 1}`;
    checkFields(media, MEDIA_FIELDS, where, fail);
    const data = media.data as Partial<MediaBytes> | undefined;
    const bytes = data?.blob;
    if (
      !(bytes instanceof Blob) ||
      !Number.isInteger(data?.offset) ||
      !Number.isInteger(data?.size) ||
      data!.offset! < 0 ||
      data!.size! < 0 ||
      data!.offset! + data!.size! > bytes.size
    )
      fail(`${where} ("${media.name}")`, 'field "data": expected the file\'s bytes');
  });
  (bundle.styles ?? []).forEach((style, i) => checkFields(style, STYLE_FIELDS, `style ${i + 1}`, fail));
}
