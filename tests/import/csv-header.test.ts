/**
 * Issue 12 point 7: a CSV imports right by default. The fixture is a spreadsheet export with a
 * header whose names the app does not know, ragged rows, empty trailing columns and an empty
 * last row, as Excel and Google Sheets write them.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { looksLikeHeader } from '../../src/import/column-mapping';
import { buildCsvBundle, parseCsv } from '../../src/import/csv';
import { decodeTextBytes } from '../../src/import/decode-text';

const EXPORT = decodeTextBytes(
  new Uint8Array(readFileSync(new URL('./fixtures/ragged-spreadsheet-export.csv', import.meta.url))),
);

describe('a ragged spreadsheet export, imported with no changes', () => {
  const preview = parseCsv(EXPORT, 'ops-concepts.csv');

  it('detects the header row, though the app knows none of its names', () => {
    expect(preview.headerDetected).toBe(true);
    expect(preview.hasHeader).toBe(true);
  });

  it('ignores the empty trailing columns', () => {
    expect(preview.columnNames).toEqual(['Chapter', 'Type', 'Concept', 'Explanation']);
  });

  it('maps front and back to the first two named columns that hold text, not the chapter number or the type label', () => {
    expect(preview.mapping).toEqual({ front: 2, back: 3 });
  });

  it('gives one card per data row, the header not among them, and no warnings', () => {
    const bundle = buildCsvBundle(preview);
    const cards = bundle.decks.flatMap((deck) => deck.cards);
    expect(cards).toHaveLength(6);
    expect(cards[0]).toMatchObject({
      front: 'What does product operations own?',
      back: 'The tools, data and processes that let product teams ship, at scale',
    });
    expect(cards.map((c) => c.front)).not.toContain('Concept');
    expect(bundle.warnings).toEqual([]);
  });
});

describe('header detection', () => {
  const rows = (text: string) => text.split('\n').map((line) => line.split(','));

  it.each([
    ['known names', 'Term,Definition\nchurn,customers who leave'],
    ['names over numbers', 'Metric,Value,Unit\nActivation,0.42,%\nRetention,0.81,%'],
    [
      'names over sentences, an unnamed column between',
      'Idea,,Plain words,Source\nFlywheel,,A loop where each step feeds the next,Amazon\nMoat,,What keeps rivals out for years,Buffett',
    ],
    [
      'names with ragged rows below',
      'Question,Reply,,\nWhat is an OKR?,An objective with key results,,,,\nWhat is a KPI?,A key performance indicator',
    ],
  ])('finds a header: %s', (_name, text) => {
    const [first, ...below] = rows(text);
    expect(looksLikeHeader(first!, below)).toBe(true);
  });

  it.each([
    ['a question first', 'What is churn?,Customers who leave\nWhat is an OKR?,An objective with key results'],
    ['a vocabulary list', 'chien,dog\nchat,cat\nmaison,house'],
    [
      'short terms over short terms',
      'KPI,Key performance indicator\nOKR,Objectives and key results\nSLA,Service level agreement',
    ],
    ['numbers first', '1,2\n3,4'],
    ['a single row', 'Concept,Explanation'],
    ['the same name twice', 'Name,Name\nlong text here for sure yes indeed,another long text here for sure yes'],
  ])('finds none: %s', (_name, text) => {
    const [first, ...below] = rows(text);
    expect(looksLikeHeader(first!, below)).toBe(false);
  });

  it('still lets the user say there is no header, and keeps the mapping they chose', () => {
    const preview = parseCsv(EXPORT, 'ops-concepts.csv', { hasHeader: false, mapping: { front: 0, back: 1 } });
    expect(preview.hasHeader).toBe(false);
    expect(preview.headerDetected).toBe(true);
    expect(preview.mapping).toEqual({ front: 0, back: 1 });
    expect(preview.columnNames).toEqual(['Column 1', 'Column 2', 'Column 3', 'Column 4']);
  });
});
