import { describe, expect, it } from 'vitest';
import { thrown } from '../helpers/thrown';
import { buildCsvBundle, parseCsv } from '../../src/import/csv';
import { previewTextImport } from '../../src/import/text-import';

function cardsOf(text: string, options = {}) {
  return buildCsvBundle(parseCsv(text, 'deck.csv', options)).decks.flatMap((d) => d.cards);
}

describe('parseCsv: quoting, BOM and line ends', () => {
  it('keeps commas, doubled quotes and newlines inside quoted fields', () => {
    const cards = cardsOf('"What, exactly?","He said ""ship it""\nthen left"\nplain,card\n');
    expect(cards.map((c) => [c.front, c.back])).toEqual([
      ['What, exactly?', 'He said "ship it"\nthen left'],
      ['plain', 'card'],
    ]);
  });

  it('ignores a UTF-8 BOM and CRLF line ends', () => {
    const preview = parseCsv('\uFEFFFront,Back\r\nq1,a1\r\nq2,a2\r\n', 'deck.csv');
    expect(preview.hasHeader).toBe(true);
    expect(preview.columnNames).toEqual(['Front', 'Back']);
    expect(buildCsvBundle(preview).decks[0]?.cards.map((c) => c.back)).toEqual(['a1', 'a2']);
  });

  it('names the deck after the file, or the name chosen', () => {
    expect(buildCsvBundle(parseCsv('q,a', 'folder/Product ops.csv')).decks[0]?.name).toBe('Product ops');
    expect(buildCsvBundle(parseCsv('q,a', 'x.csv', { deckName: 'Mine' })).decks[0]?.name).toBe('Mine');
  });
});

describe('parseCsv: separators', () => {
  it.each([
    [',', 'q1,a1\nq2,a2'],
    [';', 'q1;a1, still a1\nq2;a2'],
    ['\t', 'q1\ta1, with comma\nq2\ta2'],
    ['|', 'q1|a1\nq2|a2'],
  ])('detects %j', (separator, text) => {
    const preview = parseCsv(text, 'deck.txt');
    expect(preview.separator).toBe(separator);
    expect(preview.separatorDetected).toBe(true);
    expect(buildCsvBundle(preview).decks[0]?.cards).toHaveLength(2);
  });

  it('uses the separator the user chose', () => {
    const preview = parseCsv('a;b,c\nd;e,f', 'deck.csv', { separator: ',' });
    expect(preview.separatorDetected).toBe(false);
    expect(buildCsvBundle(preview).decks[0]?.cards.map((c) => c.front)).toEqual(['a;b', 'd;e']);
  });

  it('rejects a separator that cannot work', () => {
    expect(thrown(() => parseCsv('a,b', 'deck.csv', { separator: '"' })).reason).toMatch(/separator/);
  });
});

describe('parseCsv: header row and column mapping', () => {
  it('detects a header by its names and maps columns by name', () => {
    const preview = parseCsv('Tags,Definition,Term\nops,the answer,the question\n', 'deck.csv');
    expect(preview.hasHeader).toBe(true);
    expect(preview.mapping).toMatchObject({ front: 2, back: 1, tags: 0 });
    const [card] = buildCsvBundle(preview).decks[0]?.cards ?? [];
    expect(card).toMatchObject({ front: 'the question', back: 'the answer', tags: ['ops'] });
  });

  it('without names, takes column 1 as the front and column 2 as the back', () => {
    const preview = parseCsv('What is SLA?,Service level agreement,extra\n', 'deck.csv');
    expect(preview.hasHeader).toBe(false);
    expect(preview.columnNames).toEqual(['Column 1', 'Column 2', 'Column 3']);
    expect(preview.mapping).toMatchObject({ front: 0, back: 1 });
  });

  it('lets the user turn the header off, and the first row becomes a card', () => {
    const cards = cardsOf('Front,Back\nq,a', { hasHeader: false });
    expect(cards.map((c) => c.front)).toEqual(['Front', 'q']);
  });

  it('lets the user change the mapping after the preview', () => {
    const preview = parseCsv('q1,a1,n1,t1 t2\nq2,a2,,t3', 'deck.csv');
    const bundle = buildCsvBundle(preview, { front: 1, back: 0, notes: 2, tags: 3 });
    expect(bundle.decks[0]?.cards[0]).toMatchObject({ front: 'a1', back: 'q1', notes: 'n1', tags: ['t1', 't2'] });
    expect(bundle.decks[0]?.cards[1]?.notes).toBeUndefined();
  });

  it('splits rows into decks by a deck column, keeping "A::B" names', () => {
    const bundle = buildCsvBundle(
      parseCsv('front,back,deck\nq1,a1,Ops::Metrics\nq2,a2,Ops\nq3,a3,Ops::Metrics', 'deck.csv'),
    );
    expect(bundle.decks.map((d) => [d.name, d.cards.length])).toEqual([
      ['Ops::Metrics', 2],
      ['Ops', 1],
    ]);
  });

  it('rejects a mapping to a column the file lacks', () => {
    const preview = parseCsv('q,a', 'deck.csv');
    expect(thrown(() => buildCsvBundle(preview, { front: 0, back: 5 })).reason).toMatch(/column 6/);
  });
});

describe('parseCsv: ragged and skipped rows', () => {
  it('pads short rows and ignores extra columns', () => {
    const cards = cardsOf('front,back,tags\nq1,a1\nq2,a2,t,extra,more\n');
    expect(cards.map((c) => [c.front, c.back, c.tags])).toEqual([
      ['q1', 'a1', []],
      ['q2', 'a2', ['t']],
    ]);
  });

  it('skips a row with an empty back, with a warning naming its physical line', () => {
    const text = 'front,back\n"two\nlines",a1\nq2,\nq3,a3\n';
    const bundle = buildCsvBundle(parseCsv(text, 'deck.csv'));
    expect(bundle.decks[0]?.cards.map((c) => c.front)).toEqual(['two\nlines', 'q3']);
    expect(bundle.warnings).toEqual([{ location: 'line 4', message: 'line 4: the back is empty; the row is skipped' }]);
  });

  it('warns about a row with one column when most rows are fine', () => {
    const text = 'q1,a1\nq2,a2\nlonely\nq4,a4\n';
    const bundle = buildCsvBundle(parseCsv(text, 'deck.csv'));
    expect(bundle.decks[0]?.cards).toHaveLength(3);
    expect(bundle.warnings.map((w) => w.message)).toEqual([
      'line 3: 1 column, but the front and back need 2; the row is skipped',
    ]);
  });

  it('rejects a file with a single column everywhere, naming file and line', () => {
    const error = thrown(() => buildCsvBundle(parseCsv('\n\njust one\nanother one\n', 'words.csv')));
    expect(error.file).toBe('words.csv');
    expect(error.location).toBe('line 3');
    expect(error.reason).toMatch(/^1 column, but the front and back need 2/);
    expect(error.message).toMatch(/^words\.csv, line 3: 1 column/);
  });

  it('skips blank rows silently and rejects a file with no cards', () => {
    expect(cardsOf('q,a\n,,\n\n')).toHaveLength(1);
    expect(thrown(() => cardsOf('')).reason).toMatch(/no rows/);
    expect(thrown(() => cardsOf('front,back\nq,\n')).reason).toMatch(/no cards/);
  });
});

describe('parseCsv: text or HTML', () => {
  it('keeps plain text as text, even with < and >', () => {
    expect(cardsOf('a < b,b > a')[0]?.format).toBe('text');
  });

  it('takes cells with tags as HTML', () => {
    expect(cardsOf('<b>bold</b>,back')[0]?.format).toBe('html');
  });

  it('follows the user when they say what it is', () => {
    expect(cardsOf('<b>bold</b>,back', { html: false })[0]?.format).toBe('text');
  });
});

describe('choosing "None" for an optional column', () => {
  it('keeps the column unmapped even when its header names it', () => {
    const text = 'Front,Back,Tags\nQ,A,t1\n';
    const preview = previewTextImport('t.csv', text, { mapping: { tags: undefined } });
    expect(preview.csv!.mapping.tags).toBeUndefined();
    expect(preview.bundle.decks[0]!.cards[0]!.tags).toEqual([]);
  });
});
