import { describe, expect, it } from 'vitest';
import { deckRowLabel, summarizeDecks, tallyCards } from '../../src/domain/deck-summary';
import type { CardRecord, DeckRecord } from '../../src/domain/model';

const deck = (id: string, name: string, extra: Partial<DeckRecord> = {}): DeckRecord => ({
  id,
  name,
  description: '',
  source: 'import',
  createdAt: 0,
  updatedAt: 0,
  ...extra,
});
const card = (deckId: string, key: string): CardRecord => ({
  id: `${deckId}/${key}`,
  deckId,
  key,
  front: key,
  back: key,
  format: 'text',
  tags: [],
  order: 0,
});
const DAY_END = 86_400_000;
const room = { newCards: 100, reviews: 100 };
const summarize = (decks: DeckRecord[], cards: CardRecord[]) =>
  summarizeDecks(decks, tallyCards(cards, new Map(), { now: 0, soon: 0, dayEnd: DAY_END }), room, DAY_END);

describe('deck summaries', () => {
  it('a parent deck counts its subdecks, and subdecks follow their parent', () => {
    const decks = [deck('b', 'Ops::Metrics'), deck('z', 'Ops B'), deck('a', 'Ops'), deck('c', 'Ops::Metrics::SLAs')];
    const cards = [card('a', '1'), card('b', '2'), card('b', '3'), card('c', '4'), card('z', '5')];
    const rows = summarize(decks, cards);
    expect(rows.map((r) => r.deck.name)).toEqual(['Ops', 'Ops::Metrics', 'Ops::Metrics::SLAs', 'Ops B']);
    expect(rows.map((r) => r.total)).toEqual([4, 3, 1, 1]);
    expect(rows[0]!.newCards).toBe(4);
  });

  it('hides retired decks', () => {
    const rows = summarize([deck('a', 'Old', { retired: true }), deck('b', 'New')], [card('a', '1'), card('b', '2')]);
    expect(rows.map((r) => r.deck.name)).toEqual(['New']);
  });

  it('labels a subdeck under its nearest listed ancestor, showing the rest of its path', () => {
    const names = new Set(['Ops', 'Ops::Metrics::SLAs', 'Lang::French']);
    expect(deckRowLabel('Ops', names)).toEqual({ depth: 0, label: 'Ops' });
    expect(deckRowLabel('Ops::Metrics::SLAs', names)).toEqual({ depth: 1, label: 'Metrics › SLAs' });
    // "Lang" is not a deck of its own: the row shows the whole path, unindented.
    expect(deckRowLabel('Lang::French', names)).toEqual({ depth: 0, label: 'Lang › French' });
  });
});
