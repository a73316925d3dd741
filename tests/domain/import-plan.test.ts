import { describe, expect, it } from 'vitest';
import type { ImportBundle } from '../../src/domain/import-bundle';
import { ImportError } from '../../src/domain/import-error';
import { computeImport, resolveDeckIds, type ExistingData } from '../../src/domain/import-plan';
import { validateBundle } from '../../src/domain/import-validate';
import { CardState, type CardRecord, type DeckRecord, type ScheduleRecord } from '../../src/domain/model';

const T = Date.UTC(2026, 11, 2, 10);

const bundle = (cards: Array<{ key: string; front: string; back: string }>, id = 'spanish'): ImportBundle => ({
  fileName: 'spanish.json',
  kind: 'json',
  decks: [
    { id, name: 'Spanish', description: '', cards: cards.map((c) => ({ ...c, format: 'text' as const, tags: [] })) },
  ],
  warnings: [],
});

const none: ExistingData = {
  decks: new Map(),
  cards: new Map(),
  schedules: new Map(),
  reviews: new Map(),
  deckCardIds: new Map(),
};

const deck: DeckRecord = {
  id: 'spanish',
  name: 'Spanish',
  description: '',
  source: 'import',
  createdAt: T - 1e9,
  updatedAt: T - 1e9,
};
const card = (key: string, front: string, back: string, order: number): CardRecord => ({
  id: `spanish/${key}`,
  deckId: 'spanish',
  key,
  front,
  back,
  format: 'text',
  tags: [],
  order,
});
const learnt: ScheduleRecord = {
  cardId: 'spanish/perro',
  deckId: 'spanish',
  due: T + 86_400_000,
  stability: 3,
  difficulty: 5,
  elapsedDays: 1,
  scheduledDays: 1,
  learningSteps: 0,
  reps: 3,
  lapses: 0,
  state: CardState.Review,
  lastReview: T - 1000,
};

describe('the import plan (pure)', () => {
  it('a new deck: every card is new, in the file order, and the deck is created', () => {
    const b = bundle([
      { key: 'perro', front: 'perro', back: 'dog' },
      { key: 'gato', front: 'gato', back: 'cat' },
    ]);
    const { plan, writes } = computeImport(
      b,
      none,
      resolveDeckIds(b, none.decks, none.cards, () => 'x'),
      T,
    );
    expect(plan.decks).toEqual([
      expect.objectContaining({ id: 'spanish', created: true, newCards: 2, updatedCards: 0 }),
    ]);
    expect(writes.cards.map((c) => [c.id, c.order])).toEqual([
      ['spanish/perro', 0],
      ['spanish/gato', 1],
    ]);
    expect(writes.decks[0]).toMatchObject({ id: 'spanish', source: 'import', createdAt: T });
    expect(writes.schedules).toEqual([]);
  });

  it('a newer version: changed cards are updated with their progress kept, unchanged ones left, missing ones kept', () => {
    const existing: ExistingData = {
      decks: new Map([['spanish', deck]]),
      cards: new Map([
        ['spanish/perro', card('perro', 'perro', 'a dog', 0)],
        ['spanish/gato', card('gato', 'gato', 'cat', 1)],
      ]),
      schedules: new Map([['spanish/perro', learnt]]),
      reviews: new Map(),
      deckCardIds: new Map([['spanish', ['spanish/perro', 'spanish/gato', 'spanish/pez']]]),
    };
    const b = bundle([
      { key: 'perro', front: 'perro', back: 'dog' },
      { key: 'gato', front: 'gato', back: 'cat' },
    ]);
    const { plan, writes } = computeImport(b, existing, ['spanish'], T);
    expect(plan.decks[0]).toMatchObject({
      created: false,
      newCards: 0,
      updatedCards: 1,
      unchangedCards: 1,
      keptCards: 1,
    });
    expect(writes.cards.find((c) => c.id === 'spanish/perro')).toMatchObject({ back: 'dog' });
    // The schedule is the app's: nothing in the writes replaces it.
    expect(writes.schedules).toEqual([]);
    expect(writes.decks[0]).toMatchObject({ createdAt: deck.createdAt, updatedAt: T });
  });

  it('a deck without an id never merges into another deck that shares its name', () => {
    const b: ImportBundle = {
      ...bundle([{ key: 'k', front: 'f', back: 'b' }]),
      decks: [
        {
          ...bundle([]).decks[0]!,
          id: undefined,
          cards: [{ key: 'k', front: 'f', back: 'b', format: 'text', tags: [] }],
        },
      ],
    };
    const ids = resolveDeckIds(b, new Map([['spanish', deck]]), new Map(), () => 'new-deck');
    expect(ids).toEqual(['new-deck']);
  });

  it('an invalid bundle is refused with the file, the card and the reason', () => {
    const bad = bundle([
      { key: 'k', front: 'a', back: 'b' },
      { key: 'k', front: 'c', back: 'd' },
    ]);
    expect(() => validateBundle(bad)).toThrow(ImportError);
    expect(() => validateBundle(bad)).toThrow(
      'spanish.json, deck "Spanish", card 2 (key "k"): the key "k" is also used by card 1 of this deck',
    );
  });
});
