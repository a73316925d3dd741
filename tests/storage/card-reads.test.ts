import { describe, expect, it } from 'vitest';
import { parseCardSearch } from '../../src/domain/card-search';
import { compileCardSearch, type SearchContext } from '../../src/domain/card-search-match';
import { CardState, type CardRecord, type ReviewRecord, type ScheduleRecord } from '../../src/domain/model';
import {
  loadTagNames,
  readCardsWithSchedules,
  readReviewsOldestFirst,
  readSearchCandidates,
  type CardWithSchedule,
} from '../../src/storage/card-reads';
import { openAppDb, type AppDb } from '../../src/storage/db';

let n = 0;
const T = Date.UTC(2026, 5, 10, 12);
const DAY = 86_400_000;

const card = (i: number, fields: Partial<CardRecord> = {}): CardRecord => ({
  id: `c${String(i).padStart(3, '0')}`,
  deckId: i % 2 ? 'odd' : 'even',
  key: String(i),
  front: `question ${i}`,
  back: i % 5 === 0 ? 'a zebra answer' : `answer ${i}`,
  format: 'text',
  tags: i % 3 === 0 ? ['Ops::Metrics', 'director'] : ['ops'],
  order: i,
  ...(i % 4 === 0 ? { flag: 2 } : {}),
  ...fields,
});
const schedule = (c: CardRecord, due: number): ScheduleRecord => ({
  cardId: c.id,
  deckId: c.deckId,
  due,
  stability: 3,
  difficulty: 5,
  elapsedDays: 1,
  scheduledDays: 3,
  learningSteps: 0,
  reps: 2,
  lapses: 0,
  state: CardState.Review,
  lastReview: due - 3 * DAY,
});
const review = (cardId: string, at: number): ReviewRecord => ({
  cardId,
  deckId: 'd',
  rating: 3,
  review: at,
  state: CardState.Review,
  due: at,
  stability: 1,
  difficulty: 5,
  elapsedDays: 1,
  lastElapsedDays: 1,
  scheduledDays: 1,
  learningSteps: 0,
  before: null,
});

async function collection(count: number): Promise<{ db: AppDb; cards: CardRecord[] }> {
  const db = await openAppDb(`reads-${n++}`);
  const cards = Array.from({ length: count }, (_, i) => card(i));
  const tx = db.transaction(['cards', 'schedules'], 'readwrite');
  for (const c of cards) {
    void tx.objectStore('cards').put(c);
    if (Number(c.key) % 3 !== 1) void tx.objectStore('schedules').put(schedule(c, T + ((Number(c.key) % 7) - 2) * DAY));
  }
  await tx.done;
  return { db, cards };
}

describe('reading a page at a time', () => {
  it('every card once, with its own schedule, across pages', async () => {
    const { db, cards } = await collection(23);
    const seen: CardWithSchedule[] = [];
    let pages = 0;
    await readCardsWithSchedules(
      db,
      (page) => {
        pages += 1;
        seen.push(...page);
      },
      5,
    );
    expect(pages).toBe(5);
    expect(seen.map((s) => s.card.id)).toEqual(cards.map((c) => c.id));
    for (const { card: c, schedule: s } of seen) expect(s?.cardId ?? null).toBe(Number(c.key) % 3 !== 1 ? c.id : null);
  });

  it('the review log oldest first, each review once, when many share an instant across pages', async () => {
    const db = await openAppDb(`reads-${n++}`);
    // Written newest first, with runs of equal instants longer than a page.
    const instants = [50, 40, 40, 40, 40, 40, 40, 30, 20, 20, 10, 10, 10, 0];
    const ids: number[] = [];
    for (const at of instants) ids.push(await db.add('reviews', review(`c${at}`, T + at)));
    const order: number[] = [];
    await readReviewsOldestFirst(db, (page) => order.push(...page.map((r) => r.id!)), 3);
    expect(order.sort((a, b) => a - b)).toEqual([...ids].sort((a, b) => a - b));
    const times: number[] = [];
    await readReviewsOldestFirst(db, (page) => times.push(...page.map((r) => r.review - T)), 3);
    expect(times).toEqual([...instants].sort((a, b) => a - b));
  });

  it('the tags in use, each once, as written', async () => {
    const { db } = await collection(7);
    expect(await loadTagNames(db)).toEqual(['Ops::Metrics', 'director', 'ops']);
  });
});

describe('serving a search from the indexes', () => {
  const context = (): SearchContext => ({
    now: T,
    dayStartHour: 4,
    utcOffset: 0,
    deckNames: new Map([
      ['odd', 'Odd'],
      ['even', 'Even'],
    ]),
  });

  it.each([
    'deck:Odd',
    'tag:ops',
    'tag:ops::metrics',
    'flag:2',
    'is:due',
    'due:1 deck:Even',
    'zebra',
    'deck:Odd tag:director flag:2',
    'tag:nothing',
  ])('"%s" finds what a walk over every card finds', async (query) => {
    const { db, cards } = await collection(60);
    const parsed = parseCardSearch(query);
    if (!parsed.ok) throw new Error(parsed.error.message);
    const compiled = compileCardSearch(parsed.root, context());
    const hits: string[] = [];
    const how = await readSearchCandidates(db, compiled.hints, (page) => {
      for (const item of page) if (compiled.matches(item)) hits.push(item.card.id);
    });
    const all: CardWithSchedule[] = [];
    await readCardsWithSchedules(db, (page) => void all.push(...page));
    expect(all).toHaveLength(cards.length);
    expect(hits.sort()).toEqual(all.filter(compiled.matches).map((i) => i.card.id));
    if (query === 'flag:2' || query === 'deck:Odd tag:director flag:2' || query === 'tag:nothing') {
      // A narrow hint reads only its cards.
      expect(how.read).toBe('index');
      expect(how.candidates).toBeLessThan(cards.length / 2);
    }
  });
});
