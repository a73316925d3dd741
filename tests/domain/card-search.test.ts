import { describe, expect, it } from 'vitest';
import { parseCardSearch } from '../../src/domain/card-search';
import {
  compileCardSearch,
  normalizeSearchText,
  searchTextOf,
  type SearchContext,
  type SearchItem,
} from '../../src/domain/card-search-match';
import { compareCardsBy, hitOf, sortCards, sortHits, type CardSortKey } from '../../src/domain/card-sort';
import { CardState, type CardRecord, type ScheduleRecord } from '../../src/domain/model';
import { studyDayNumberStart, studyDayNumber } from '../../src/domain/study-day';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const now = Date.UTC(2026, 5, 10, 12);
const context: SearchContext = {
  now,
  dayStartHour: 4,
  utcOffset: 0,
  deckNames: new Map([
    ['iv', 'Interview'],
    ['ops', 'Interview::Ops'],
    ['opsx', 'Interview Ops Extra'],
    ['lang', 'Languages'],
  ]),
};

function card(id: string, fields: Partial<CardRecord>): CardRecord {
  return { id, deckId: 'iv', key: id, front: '', back: '', format: 'text', tags: [], order: 0, ...fields };
}
function schedule(cardId: string, state: CardState, due: number, extra: Partial<ScheduleRecord> = {}): ScheduleRecord {
  return {
    cardId,
    deckId: 'iv',
    due,
    stability: 10,
    difficulty: 5,
    elapsedDays: 0,
    scheduledDays: 0,
    learningSteps: 0,
    reps: 3,
    lapses: 0,
    state,
    lastReview: now - DAY,
    ...extra,
  };
}

const items: SearchItem[] = [
  {
    card: card('raci', {
      deckId: 'ops',
      front: 'What is a RACI matrix?',
      back: 'Responsible, Accountable, Consulted, Informed',
      tags: ['operations-manager', 'frameworks::raci'],
      flag: 1,
      addedAt: now - 40 * DAY,
    }),
    schedule: schedule('raci', CardState.Review, now + 2 * HOUR, { scheduledDays: 30, lapses: 2, difficulty: 7 }),
  },
  {
    card: card('cafe', {
      deckId: 'lang',
      format: 'html',
      front: '<b>Café</b>  crème &amp; <i>latte</i>',
      back: '<div>Coffee</div>',
      addedAt: now - HOUR,
    }),
    schedule: null,
  },
  {
    card: card('sla', {
      front: 'SLA vs SLO',
      back: 'An SLO is an internal target',
      notes: 'The customer-facing commitment is the SLA',
      tags: ['director'],
      suspended: true,
    }),
    schedule: schedule('sla', CardState.Learning, now - 60_000),
  },
  {
    card: card('escalation', {
      deckId: 'ops',
      front: 'Escalation path',
      back: 'Who decides when a vendor misses an SLA',
      tags: ['specialist'],
      buriedUntil: now + 16 * HOUR,
    }),
    schedule: schedule('escalation', CardState.Review, now + 10 * DAY, { scheduledDays: 5, difficulty: 2 }),
  },
];

function search(query: string): string[] {
  const parsed = parseCardSearch(query);
  if (!parsed.ok) throw new Error(`${query}: ${parsed.error.message}`);
  const compiled = compileCardSearch(parsed.root, context);
  return items.filter((item) => compiled.matches(item)).map((item) => item.card.id);
}

describe('browse search: words and phrases', () => {
  it('finds a card by a word on its back, ignoring case', () => {
    expect(search('accountable')).toEqual(['raci']);
    expect(search('VENDOR')).toEqual(['escalation']);
  });

  it('ignores accents and reads HTML cards as the text shown, not their tags', () => {
    expect(search('cafe')).toEqual(['cafe']);
    expect(search('CRÈME')).toEqual(['cafe']);
    expect(search('"creme & latte"')).toEqual(['cafe']);
    expect(search('div')).toEqual([]);
    expect(search('coffee')).toEqual(['cafe']);
  });

  it('needs every word, in any order, but an exact phrase as written', () => {
    expect(search('target internal')).toEqual(['sla']);
    expect(search('"internal target"')).toEqual(['sla']);
    expect(search('"target internal"')).toEqual([]);
  });

  it('searches the notes and the tags too, and takes * as a wildcard', () => {
    expect(search('customer-facing')).toEqual(['sla']);
    expect(search('specialist')).toEqual(['escalation']);
    expect(search('esc*path')).toEqual(['escalation']);
  });

  it('reads an unknown "x:y" as text', () => {
    expect(parseCardSearch('10:30')).toEqual({ ok: true, root: { kind: 'text', text: '10:30', phrase: false } });
  });

  it('reads a phrase across line breaks and repeated spaces', () => {
    expect(normalizeSearchText('Internal\n   TARGET\tnow')).toBe('internal target now');
    const item = { card: card('x', { back: 'an internal\n\ntarget' }), schedule: null };
    const parsed = parseCardSearch('"internal target"');
    expect(parsed.ok && compileCardSearch(parsed.root, context).matches(item)).toBe(true);
  });

  it('uses the search text storage keeps beside a card, when given', () => {
    const parsed = parseCardSearch('zebra');
    if (!parsed.ok) throw new Error('parse');
    const { matches } = compileCardSearch(parsed.root, context);
    const plain = items[0]!;
    expect(matches(plain)).toBe(false);
    expect(matches({ ...plain, text: `${searchTextOf(plain.card)} zebra` })).toBe(true);
  });

  it('matches every card for an empty query', () => {
    expect(search('  ')).toHaveLength(4);
  });
});

describe('browse search: filters', () => {
  it('filters by tag, with subtags, wildcards and tag:none', () => {
    expect(search('tag:frameworks')).toEqual(['raci']);
    expect(search('tag:Frameworks::RACI')).toEqual(['raci']);
    expect(search('tag:frame*')).toEqual(['raci']);
    expect(search('tag:raci')).toEqual([]);
    expect(search('tag:none')).toEqual(['cafe']);
  });

  it('filters by deck name, subdecks included, and negates with -', () => {
    expect(search('deck:Interview')).toEqual(['raci', 'sla', 'escalation']);
    expect(search('deck:interview::ops')).toEqual(['raci', 'escalation']);
    expect(search('deck:"Interview Ops Extra"')).toEqual([]);
    expect(search('-deck:Interview')).toEqual(['cafe']);
  });

  it('filters by state, suspension, burial and due', () => {
    expect(search('is:new')).toEqual(['cafe']);
    expect(search('is:learning')).toEqual(['sla']);
    expect(search('is:review')).toEqual(['raci', 'escalation']);
    expect(search('is:suspended')).toEqual(['sla']);
    expect(search('is:buried')).toEqual(['escalation']);
    // Suspended and buried cards are not waiting to be studied.
    expect(search('is:due')).toEqual(['raci']);
    expect(search('due:0')).toEqual(['raci', 'sla']);
    expect(search('due:10')).toEqual(['raci', 'sla', 'escalation']);
  });

  it('filters by flag (0: none), added date and properties', () => {
    expect(search('flag:1')).toEqual(['raci']);
    expect(search('flag:0')).toEqual(['cafe', 'sla', 'escalation']);
    expect(search('added:1')).toEqual(['cafe']);
    expect(search('prop:ivl>=21')).toEqual(['raci']);
    expect(search('prop:lapses>1')).toEqual(['raci']);
    expect(search('prop:reps=0')).toEqual(['cafe']);
    expect(search('prop:d>0.5')).toEqual(['raci']);
    expect(search('prop:due=10')).toEqual(['escalation']);
  });

  it('combines with or, parentheses and negated groups', () => {
    expect(search('(tag:director or tag:specialist) -is:suspended')).toEqual(['escalation']);
    expect(search('sla -"internal target"')).toEqual(['escalation']);
    expect(search('-(deck:interview or is:new)')).toEqual([]);
    expect(search('coffee OR accountable')).toEqual(['raci', 'cafe']);
  });
});

describe('browse search: mistakes', () => {
  it.each([
    ['"unclosed', 0, /quote is not closed/],
    ['a (b or c', 2, /"\(" is not closed/],
    ['a ) b', 2, /no "\("/],
    ['is:sleeping', 0, /is:new, is:learn/],
    ['x flag:9', 2, /0 \(no flag\) to 7/],
    ['due:soon', 0, /number of days/],
    ['prop:ease>2', 0, /ivl, due, reps/],
    ['or a', 0, /before it/],
    ['a or', 2, /after it/],
    ['-tag:', 1, /needs a name/],
  ])('explains %j', (query, at, message) => {
    const parsed = parseCardSearch(query);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) {
      expect(parsed.error.message).toMatch(message);
      expect(parsed.error.at).toBe(at);
    }
  });
});

describe('browse sort orders', () => {
  const ids = (key: Parameters<typeof compareCardsBy>[0], descending = false) =>
    [...items].sort(compareCardsBy(key, descending)).map((item) => item.card.id);

  it('sorts by due with new cards last, and by interval, difficulty, lapses and added', () => {
    expect(ids('due')).toEqual(['sla', 'raci', 'escalation', 'cafe']);
    expect(ids('due', true)).toEqual(['escalation', 'raci', 'sla', 'cafe']);
    expect(ids('interval')).toEqual(['escalation', 'raci', 'sla', 'cafe']);
    expect(ids('difficulty', true)).toEqual(['raci', 'sla', 'escalation', 'cafe']);
    expect(ids('lapses', true)[0]).toBe('raci');
    expect(ids('added')).toEqual(['raci', 'cafe', 'sla', 'escalation']);
  });

  it('sorts the same with sortCards, which reads each value once', () => {
    for (const key of ['due', 'added', 'interval', 'difficulty', 'lapses'] as CardSortKey[]) {
      for (const descending of [false, true]) {
        expect(sortCards(items, key, descending)).toEqual([...items].sort(compareCardsBy(key, descending)));
      }
    }
  });

  it('sorts the hits Browse keeps (id, deck, position, value) in the same order as the cards', () => {
    for (const key of ['due', 'added', 'interval', 'difficulty', 'lapses'] as CardSortKey[]) {
      for (const descending of [false, true]) {
        const hits = sortHits(
          items.map((item) => hitOf(item, key)),
          descending,
        );
        expect(hits.map((h) => h.id)).toEqual(sortCards(items, key, descending).map((item) => item.card.id));
      }
    }
  });
});

describe('browse search: index hints', () => {
  const hints = (query: string) => {
    const parsed = parseCardSearch(query);
    if (!parsed.ok) throw new Error(parsed.error.message);
    return compileCardSearch(parsed.root, context).hints;
  };

  it('names the indexes that narrow a search from its top-level terms', () => {
    const today = studyDayNumber(now, 4, 0);
    expect(hints('vendor deck:Interview::Ops tag:Specialist due:3 flag:2')).toEqual({
      deckIds: ['ops'],
      tag: 'specialist',
      flag: 2,
      dueBefore: studyDayNumberStart(today + 4, 4, 0),
    });
    expect(hints('is:suspended is:new')).toEqual({ suspended: true, isNew: true });
    expect(hints('tag:a or deck:Languages')).toEqual({});
    expect(hints('-deck:Languages tag:x*')).toEqual({});
  });

  it('never excludes a card the full search would find', () => {
    for (const query of ['deck:interview due:10', 'is:due', 'tag:specialist', 'flag:0 deck:ops*', 'is:new']) {
      const parsed = parseCardSearch(query);
      if (!parsed.ok) throw new Error(parsed.error.message);
      const { matches, hints: h } = compileCardSearch(parsed.root, context);
      for (const item of items.filter(matches)) {
        if (h.deckIds) expect(h.deckIds).toContain(item.card.deckId);
        if (h.tag) expect(item.card.tags.some((t) => t.toLowerCase().startsWith(h.tag!))).toBe(true);
        if (h.flag !== undefined) expect(item.card.flag ?? 0).toBe(h.flag);
        if (h.dueBefore !== undefined) expect(item.schedule!.due).toBeLessThan(h.dueBefore);
      }
    }
  });
});
