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

describe('interview decks: answer points, behavioural questions, the interview flag', () => {
  const interviewDeck = () => ({
    id: 'my-interview',
    name: 'My interview',
    interview: true,
    cards: [
      {
        id: 'conflict',
        front: 'Tell me about a time you disagreed with a product manager.',
        back: 'A strong answer covers:\n- the disagreement\n- how you resolved it',
        behavioural: true,
        points: [
          { text: 'The disagreement, in one sentence', keywords: ['disagreed', 'conflict'] },
          { text: 'How you resolved it, and the result', keywords: ['resolved', 'agreed', 'result'] },
        ],
      },
      { id: 'why-ops', front: 'Why product ops?', back: 'Your reasons.' },
    ],
  });

  it('accepts points, behavioural and interview, and keeps them', () => {
    const deck = validateDeckFile(interviewDeck(), 'my-interview.json');
    expect(deck.interview).toBe(true);
    expect(deck.cards[0]).toMatchObject({ behavioural: true, points: interviewDeck().cards[0]!.points });
    expect(deck.cards[1]!.points).toBeUndefined();
    expect(deck.cards[1]!.behavioural).toBeUndefined();
  });

  it('false is the same as leaving the field out', () => {
    const data = { ...interviewDeck(), interview: false };
    data.cards[0]!.behavioural = false;
    const deck = validateDeckFile(data, 'my-interview.json');
    expect(deck.interview).toBeUndefined();
    expect(deck.cards[0]!.behavioural).toBeUndefined();
  });

  const withPoints = (points: unknown) => {
    const data = interviewDeck();
    (data.cards[0] as Record<string, unknown>).points = points;
    return data;
  };
  const point = (text: string, keywords: unknown = ['word']) => ({ text, keywords });

  it.each([
    ['not a list', 'the points', 'expected a list of 1 to 5 points, but found a text'],
    ['an empty list', [], 'expected 1 to 5 points, but found 0'],
    ['six points', Array.from({ length: 6 }, (_, i) => point(`Point ${i}`)), 'expected 1 to 5 points, but found 6'],
    [
      'a point that is a text',
      ['just text'],
      'point 1: expected an object with "text" and "keywords", but found a text',
    ],
    [
      'an empty text',
      [point('ok'), point('  ')],
      'point 2: field "text": expected a non-empty text, but found an empty text',
    ],
    ['two lines', [point('one\ntwo')], 'point 1: field "text": expected one line, but it has a line break'],
    [
      'a paragraph',
      [point('x'.repeat(121))],
      'point 1: field "text": expected one line of at most 120 characters, but it has 121',
    ],
    ['no key words', [point('ok', [])], 'point 1: field "keywords": expected a list of one or more key words'],
    ['a blank key word', [point('ok', ['fine', ' '])], 'point 1: field "keywords": expected a list of one or more'],
    ['key words as one text', [point('ok', 'a, b')], 'point 1: field "keywords": expected a list of one or more'],
    ['an unknown field', [{ ...point('ok'), weight: 2 }], 'point 1: unknown field "weight" (expected text, keywords)'],
  ])('rejects points that are %s, naming the file, the card, the field and the point', (_label, points, reason) => {
    expect(messageFor(withPoints(points), 'my-interview.json')).toContain(
      `my-interview.json, card 1 (id "conflict"): field "points": ${reason}`,
    );
  });

  it('rejects a behavioural or interview flag that is not true or false', () => {
    const data = interviewDeck();
    (data.cards[1] as Record<string, unknown>).behavioural = 'yes';
    expect(messageFor(data, 'my-interview.json')).toBe(
      'my-interview.json, card 2 (id "why-ops"): field "behavioural": expected true or false, but found a text',
    );
    expect(messageFor({ ...interviewDeck(), interview: 1 }, 'my-interview.json')).toBe(
      'my-interview.json: field "interview": expected true or false, but found a number',
    );
  });
});
