/**
 * How long a 5,000-card Anki package takes to read (unzip, SQLite, render, progress, media),
 * for a schema-11 (.anki21) and a schema-18 (zstd .anki21b) package. Run: npx vitest bench --run bench/apkg-import.bench.ts
 * Figures only: no test asserts a time.
 */
import { bench, describe } from 'vitest';
import { readAnkiPackage } from '../src/import/apkg/read-anki-package';
import { buildPackage, type FixtureCollection } from '../tests/import/apkg/fixtures/build-package';

const CARDS = 5_000;
const NOW = Date.UTC(2026, 0, 15, 12);
const CRT = Math.floor(NOW / 1000) - 400 * 86_400;

function makeCollection(): FixtureCollection {
  const col: FixtureCollection = {
    crt: CRT,
    noteTypes: [
      {
        id: 1,
        name: 'Basic (and reversed)',
        css: '.card { font-family: arial; }',
        fields: ['Front', 'Back', 'Extra'],
        templates: [
          {
            name: 'Card 1',
            qfmt: '{{Front}}{{#Extra}}{{hint:Extra}}{{/Extra}}',
            afmt: '{{FrontSide}}<hr id=answer>{{Back}}',
          },
          { name: 'Card 2', qfmt: '{{Back}}', afmt: '{{FrontSide}}<hr id=answer>{{Front}}' },
        ],
      },
      {
        id: 2,
        name: 'Cloze',
        cloze: true,
        css: '.cloze { color: blue; }',
        fields: ['Text', 'Back Extra'],
        templates: [{ name: 'Cloze', qfmt: '{{cloze:Text}}', afmt: '{{cloze:Text}}<br>{{Back Extra}}' }],
      },
    ],
    decks: Array.from({ length: 10 }, (_, i) => ({ id: 100 + i, name: `Bench::Topic ${i}` })),
    notes: [],
    cards: [],
    revlog: [],
    media: {},
  };
  let cardId = 1;
  for (let n = 0; col.cards.length < CARDS; n++) {
    const cloze = n % 4 === 0;
    const did = 100 + (n % 10);
    col.notes.push({
      id: n + 1,
      guid: `bench${n}`,
      mid: cloze ? 2 : 1,
      tags: ['bench', `t${n % 13}`],
      fields: cloze
        ? [`Step {{c1::one}} then {{c2::two::hint}} and {{c3::three}} <img src="img${n % 50}.png">`, 'extra']
        : [`Question ${n}: what is the <b>KPI</b>?`, `Answer ${n} [sound:a${n % 50}.mp3]`, n % 3 ? 'a hint' : ''],
    });
    const ords = cloze ? [0, 1, 2] : [0, 1];
    for (const ord of ords) {
      const id = cardId++;
      const studied = id % 2 === 0;
      col.cards.push(
        studied
          ? {
              id,
              nid: n + 1,
              did,
              ord,
              type: 2,
              queue: id % 50 === 0 ? -1 : 2,
              due: 400 + (id % 30),
              ivl: 10 + (id % 40),
              factor: 2500,
              reps: 3,
            }
          : { id, nid: n + 1, did, ord, due: id },
      );
      if (studied) {
        // 7 ms apart: no step offset below is a multiple of 7, so revlog ids never collide.
        const start = (CRT + 300 * 86_400) * 1000 + id * 7;
        col.revlog.push(
          { id: start, cid: id, ease: 3, ivl: -600, factor: 0, type: 0 },
          { id: start + 600_000, cid: id, ease: 3, ivl: 1, factor: 2500, type: 0 },
          { id: start + 86_400_000, cid: id, ease: id % 7 ? 3 : 1, ivl: 4, factor: 2500, type: 1 },
        );
      }
      if (col.cards.length >= CARDS) break;
    }
  }
  for (let i = 0; i < 50; i++) {
    col.media[`img${i}.png`] = new Uint8Array(20_000).fill(i);
    col.media[`a${i}.mp3`] = new Uint8Array(20_000).fill(i + 1);
  }
  return col;
}

const col = makeCollection();
const legacy = await buildPackage(col, 'legacy2');
const latest = await buildPackage(col, 'latest');

for (const [label, bytes] of [
  ['anki21 (schema 11)', legacy],
  ['anki21b (schema 18, zstd)', latest],
] as const) {
  const started = performance.now();
  const bundle = await readAnkiPackage(bytes, 'bench.apkg', { now: NOW });
  console.log(
    `${label}: ${(bytes.length / 1e6).toFixed(1)} MB, ${bundle.summary?.cards} cards, ${bundle.summary?.reviews} reviews, ` +
      `${bundle.summary?.mediaFiles} media in ${(performance.now() - started).toFixed(0)} ms (first run, includes sql.js start-up)`,
  );
}

describe(`Anki package, ${CARDS} cards`, () => {
  bench(
    'readAnkiPackage, anki21 (schema 11)',
    async () => {
      await readAnkiPackage(legacy, 'bench.apkg', { now: NOW });
    },
    { iterations: 5 },
  );

  bench(
    'readAnkiPackage, anki21b (schema 18, zstd)',
    async () => {
      await readAnkiPackage(latest, 'bench.apkg', { now: NOW });
    },
    { iterations: 5 },
  );
});
