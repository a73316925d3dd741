/**
 * A Browse search over 100,000 cards: the compiled query run over every card and its schedule
 * (as a cursor would feed them), then the hits sorted. Synthetic, seeded cards with a quarter in
 * HTML. Run: npm run bench. Figures only: no test asserts a time.
 */
import { bench, describe } from 'vitest';
import { parseCardSearch } from '../src/domain/card-search';
import { compileCardSearch, searchTextOf, type SearchContext, type SearchItem } from '../src/domain/card-search-match';
import { sortCards } from '../src/domain/card-sort';
import { CardState, type CardRecord } from '../src/domain/model';

const CARDS = 100_000;
const DAY = 86_400_000;
const now = Date.UTC(2026, 5, 10, 12);
const WORDS =
  'metric latency vendor escalation roadmap backlog incident owner budget forecast cohort funnel churn retention pricing launch review process queue capacity'.split(
    ' ',
  );

function seeded(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    return state / 2 ** 31;
  };
}

const random = seeded(7);
const pick = () => WORDS[Math.floor(random() * WORDS.length)]!;
const sentence = (n: number) => Array.from({ length: n }, pick).join(' ');
const deckNames = new Map(
  Array.from({ length: 40 }, (_, i) => [`d${i}`, i < 20 ? `Interview::Part ${i}` : `Languages::Set ${i}`]),
);
const items: SearchItem[] = Array.from({ length: CARDS }, (_, i) => {
  const html = i % 4 === 0;
  const front = `${sentence(8)}?`;
  const back = sentence(25) + (i % 1000 === 0 ? ' Café crème' : '');
  const card: CardRecord = {
    id: `card-${i}`,
    deckId: `d${i % 40}`,
    key: `${i}`,
    front: html ? `<div class="q"><b>${front}</b></div>` : front,
    back: html ? `<p>${back}</p><ul><li>${pick()}</li></ul>` : back,
    format: html ? 'html' : 'text',
    tags: [i % 3 === 0 ? 'specialist' : 'director', `topic::${pick()}`],
    order: i,
    ...(i % 50 === 0 ? { flag: 1 } : {}),
    ...(i % 40 === 0 ? { suspended: true } : {}),
  };
  const studied = i % 5 !== 0;
  return {
    card,
    schedule: studied
      ? {
          cardId: card.id,
          deckId: card.deckId,
          due: now + Math.floor((random() - 0.2) * 60) * DAY,
          stability: 10,
          difficulty: 1 + random() * 9,
          elapsedDays: 5,
          scheduledDays: Math.floor(random() * 100),
          learningSteps: 0,
          reps: 4,
          lapses: Math.floor(random() * 3),
          state: CardState.Review,
          lastReview: now - 5 * DAY,
        }
      : null,
  };
});
const context: SearchContext = { now, dayStartHour: 4, utcOffset: 120, deckNames };

// The proposal for storage: the normalized search text kept beside each card (written with it).
const withText: SearchItem[] = items.map((item) => ({ ...item, text: searchTextOf(item.card) }));

function search(query: string, over: SearchItem[]): SearchItem[] {
  const parsed = parseCardSearch(query);
  if (!parsed.ok) throw new Error(parsed.error.message);
  const { matches } = compileCardSearch(parsed.root, context);
  return over.filter(matches);
}

function run(query: string, over = items): number {
  return sortCards(search(query, over), 'due').length;
}

const QUERIES = [
  'latency',
  '"vendor escalation"',
  'cafe',
  'deck:Interview tag:specialist is:due',
  '(churn or cohort) -is:suspended prop:ivl>=21',
  'flag:1',
];
const ms = (from: number) => `${(performance.now() - from).toFixed(0)} ms`;
for (const query of QUERIES) {
  let started = performance.now();
  const hits = search(query, items);
  const matched = ms(started);
  started = performance.now();
  search(query, withText);
  const matchedWithText = ms(started);
  started = performance.now();
  sortCards(hits, 'due');
  console.log(
    `${query.padEnd(46)} ${String(hits.length).padStart(6)} hits: match ${matched} ` +
      `(${matchedWithText} with stored search text), sort by due ${ms(started)} (first runs)`,
  );
}

describe(`Browse search over ${CARDS} cards`, () => {
  for (const query of QUERIES) bench(query, () => void run(query), { iterations: 5 });
  bench('latency (with stored search text)', () => void run('latency', withText), { iterations: 5 });
});
