import { describe, expect, it } from 'vitest';
import { ImportError } from '../../src/domain/import-error';
import { parseJsonDeck } from '../../src/import/json-deck';

const deck = {
  id: 'my-deck',
  name: 'My deck',
  description: 'Mine',
  format: 'html',
  cards: [
    { id: 'c1', front: '<b>Q</b>', back: 'A', tags: ['ops'], notes: 'N', source: 'S' },
    { id: 'c2', front: 'Q2', back: 'A2' },
  ],
};

describe('JSON deck import', () => {
  it('keeps the deck id and card ids, so a re-import updates the deck', () => {
    const bundle = parseJsonDeck(JSON.stringify(deck), 'my-deck.json');
    expect(bundle.kind).toBe('json');
    expect(bundle.decks[0]).toMatchObject({ id: 'my-deck', name: 'My deck', description: 'Mine' });
    expect(bundle.decks[0]?.cards.map((c) => c.key)).toEqual(['c1', 'c2']);
    expect(bundle.decks[0]?.cards[0]).toMatchObject({ format: 'html', tags: ['ops'], notes: 'N', source: 'S' });
    expect(bundle.decks[0]?.cards[1]).toMatchObject({ tags: [] });
  });

  it('rejects an invalid deck with the validator error naming the card', () => {
    const bad = { ...deck, cards: [{ id: 'c1', front: 'Q', back: '' }] };
    expect(() => parseJsonDeck(JSON.stringify(bad), 'bad.json')).toThrow(ImportError);
    expect(() => parseJsonDeck(JSON.stringify(bad), 'bad.json')).toThrow(/bad\.json, card 1/);
  });

  it('names the line of a JSON syntax error', () => {
    expect(() => parseJsonDeck('{\n  "id": "x",\n  oops\n}', 'broken.json')).toThrow(/broken\.json, line 3/);
  });
});
