import { describe, expect, it } from 'vitest';
import { ImportError } from '../../src/domain/import-error';
import { parseDeckJson, validateDeckFile } from '../../src/domain/validate-deck';

const good = () => ({
  id: 'my-deck',
  name: 'My deck',
  description: 'Mine',
  cards: [
    { id: 'one', front: 'Q1', back: 'A1', tags: ['x'] },
    { id: 'two', front: 'Q2', back: 'A2', notes: 'more' },
  ],
});

function messageFor(data: unknown, file = 'my-deck.json'): string {
  try {
    validateDeckFile(data, file);
  } catch (error) {
    expect(error).toBeInstanceOf(ImportError);
    return (error as Error).message;
  }
  throw new Error('expected the deck to be rejected');
}

describe('deck validator', () => {
  it('accepts a good deck and fills defaults', () => {
    const deck = validateDeckFile(good(), 'my-deck.json');
    expect(deck.format).toBe('text');
    expect(deck.cards[1]!.tags).toEqual([]);
    expect(deck.cards[1]!.notes).toBe('more');
  });

  it.each([
    ['not an object', [1, 2], /my-deck\.json: expected a JSON object/],
    ['a bad deck id', { ...good(), id: 'My Deck!' }, /field "id": expected lower-case letters.*"My Deck!"/],
    ['no name', { ...good(), name: '' }, /field "name": expected a non-empty text, but found an empty text/],
    ['cards not a list', { ...good(), cards: {} }, /field "cards": expected a list of cards, but found a object/],
    ['an empty deck', { ...good(), cards: [] }, /the deck has no cards/],
    ['an unknown deck field', { ...good(), colour: 'red' }, /unknown field "colour"/],
    ['a bad format', { ...good(), format: 'markdown' }, /field "format": expected "text" or "html"/],
  ])('rejects %s, naming the file and the field', (_label, data, expected) => {
    expect(messageFor(data)).toMatch(expected);
  });

  it('names the card by position and id, the field, and what was expected', () => {
    const data = good();
    (data.cards[1] as Record<string, unknown>).back = 42;
    expect(messageFor(data)).toBe(
      'my-deck.json, card 2 (id "two"): field "back": expected a non-empty text, but found a number',
    );
  });

  it('names a card without an id by its position', () => {
    const data = good();
    data.cards.push({ front: 'Q', back: 'A' } as never);
    expect(messageFor(data)).toMatch(/card 3: field "id": expected letters/);
  });

  it('rejects duplicate card ids, naming both cards', () => {
    const data = good();
    data.cards[1]!.id = 'one';
    expect(messageFor(data)).toMatch(/card 2 \(id "one"\): field "id": "one" is already used by card 1/);
  });

  it('rejects tags that are not single words', () => {
    const data = good();
    data.cards[0]!.tags = ['two words'];
    expect(messageFor(data)).toMatch(/card 1 \(id "one"\): field "tags"/);
  });

  it('reports a JSON syntax error with its line', () => {
    const text = '{\n  "id": "x",\n  "name": "X",\n  "cards": [,]\n}';
    expect(() => parseDeckJson(text, 'broken.json')).toThrowError(
      /broken\.json, line 4, column 13: not valid JSON: a value was expected here/,
    );
  });
});
