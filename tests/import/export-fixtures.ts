import type { CardRecord } from '../../src/domain/model';

/** A card as the app stores it, with the fields a test cares about. */
export function makeCard(deckId: string, key: string, order: number, fields: Partial<CardRecord>): CardRecord {
  return {
    id: `${deckId}/${key}`,
    deckId,
    key,
    front: 'front',
    back: 'back',
    format: 'text',
    tags: [],
    order,
    ...fields,
  };
}

/** Cards with the content that breaks naive exporters: tabs, quotes, newlines, "#" at the start. */
export const AWKWARD_TEXT_CARDS: CardRecord[] = [
  makeCard('ops', 'c1', 0, { front: 'What is an SLA?', back: 'A promise:\n"99.9%" uptime', tags: ['ops', 'metrics'] }),
  makeCard('ops', 'c2', 1, { front: '#1 rule', back: 'tab\there, comma, semicolon;', notes: 'why it matters' }),
  makeCard('ops', 'c3', 2, { front: 'a < b & c', back: 'plain <b>not bold</b>' }),
  makeCard('ops', 'c4', 3, { front: 'retired', back: 'gone', retired: true }),
];
