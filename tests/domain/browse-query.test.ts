import { describe, expect, it } from 'vitest';
import { countFilters, NO_FILTERS, parseBrowseQuery } from '../../src/domain/browse-query';
import { compileCardSearch, type SearchItem } from '../../src/domain/card-search-match';
import { CardState, type CardRecord } from '../../src/domain/model';

const now = Date.UTC(2026, 5, 10, 12);
const DAY = 86_400_000;
const context = {
  now,
  dayStartHour: 4,
  utcOffset: 0,
  deckNames: new Map([
    ['ops', 'Ops'],
    ['lang', 'Languages'],
  ]),
};
const card = (id: string, fields: Partial<CardRecord> = {}): CardRecord => ({
  id,
  deckId: 'ops',
  key: id,
  front: id,
  back: 'back',
  format: 'text',
  tags: [],
  order: 0,
  ...fields,
});
const review = (cardId: string, due: number, scheduledDays: number) => ({
  cardId,
  deckId: 'ops',
  due,
  stability: 1,
  difficulty: 5,
  elapsedDays: 1,
  scheduledDays,
  learningSteps: 0,
  reps: 2,
  lapses: 0,
  state: CardState.Review,
  lastReview: now - DAY,
});
const items: SearchItem[] = [
  { card: card('new-ops', { tags: ['director'] }), schedule: null },
  { card: card('young-lang', { deckId: 'lang', flag: 1 }), schedule: review('young-lang', now + 2 * DAY, 5) },
  { card: card('mature-ops', { suspended: true }), schedule: review('mature-ops', now - 3 * DAY, 40) },
  { card: card('buried-ops', { buriedUntil: now + DAY }), schedule: null },
];

function found(text: string, filters = NO_FILTERS): string[] {
  const parsed = parseBrowseQuery(text, filters);
  if (!parsed.ok) throw new Error(parsed.error.message);
  const { matches } = compileCardSearch(parsed.root, context);
  return items.filter(matches).map((i) => i.card.id);
}

describe("Browse's filters", () => {
  it('each filter narrows the search as its words would', () => {
    expect(found('', { ...NO_FILTERS, deck: 'Ops' })).toEqual(['new-ops', 'mature-ops', 'buried-ops']);
    expect(found('', { ...NO_FILTERS, tag: 'director' })).toEqual(['new-ops']);
    expect(found('', { ...NO_FILTERS, state: 'new' })).toEqual(['new-ops', 'buried-ops']);
    expect(found('', { ...NO_FILTERS, state: 'young' })).toEqual(['young-lang']);
    expect(found('', { ...NO_FILTERS, state: 'mature' })).toEqual(['mature-ops']);
    expect(found('', { ...NO_FILTERS, due: 'overdue' })).toEqual(['mature-ops']);
    expect(found('', { ...NO_FILTERS, due: 'week' })).toEqual(['young-lang', 'mature-ops']);
    expect(found('', { ...NO_FILTERS, flag: 'any' })).toEqual(['young-lang']);
    expect(found('', { ...NO_FILTERS, flag: '0' })).toEqual(['new-ops', 'mature-ops', 'buried-ops']);
    expect(found('', { ...NO_FILTERS, suspended: 'suspended' })).toEqual(['mature-ops']);
    expect(found('', { ...NO_FILTERS, suspended: 'hide-suspended' })).toEqual(['new-ops', 'young-lang', 'buried-ops']);
    expect(found('', { ...NO_FILTERS, suspended: 'buried' })).toEqual(['buried-ops']);
  });

  it('combine with what was typed, all of them at once, and give the same index hints', () => {
    expect(found('ops', { ...NO_FILTERS, deck: 'Ops', state: 'new' })).toEqual(['new-ops', 'buried-ops']);
    const parsed = parseBrowseQuery('tag:director', { ...NO_FILTERS, deck: 'Ops', flag: '1' });
    if (!parsed.ok) throw new Error('valid');
    expect(compileCardSearch(parsed.root, context).hints).toMatchObject({ deckIds: ['ops'], tag: 'director', flag: 1 });
    expect(countFilters({ ...NO_FILTERS, deck: 'Ops', flag: '1' })).toBe(2);
  });

  it('a mistake in the typed text is reported where it is', () => {
    expect(parseBrowseQuery('(ops', { ...NO_FILTERS, deck: 'Ops' })).toEqual({
      ok: false,
      error: { message: 'A "(" is not closed: add ")".', at: 0 },
    });
  });
});
