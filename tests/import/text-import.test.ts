import { describe, expect, it } from 'vitest';
import { ImportError } from '../../src/domain/import-error';
import { buildCsvBundle } from '../../src/import/csv';
import { detectTextFormat } from '../../src/import/text-format';
import { parseTextImport, previewTextImport, previewTextImportInSlices } from '../../src/import/text-import';

const JSON_DECK = JSON.stringify({ id: 'd', name: 'D', cards: [{ id: 'c', front: 'f', back: 'b' }] });

describe('detectTextFormat', () => {
  it.each([
    ['deck.json', '{"broken', 'json'],
    ['deck.txt', JSON_DECK, 'json'],
    ['deck.txt', '\uFEFF#separator:tab\nq\ta', 'anki-text'],
    ['deck.txt', '# exported by a tool\n#html:true\nq\ta', 'anki-text'],
    ['deck.txt', 'tags:a b\nq\ta', 'anki-text'],
    ['deck.csv', 'front,back\nq,a', 'csv'],
    ['deck.tsv', 'q\ta', 'csv'],
    ['deck.csv', '#,Question\n1,What?', 'csv'],
    ['deck.txt', '{"not": "a deck"}', 'csv'],
  ])('%s %j -> %s', (fileName, text, format) => {
    expect(detectTextFormat(fileName, text)).toBe(format);
  });
});

describe('parseTextImport', () => {
  it('routes each format to its importer', () => {
    expect(parseTextImport('d.json', JSON_DECK).kind).toBe('json');
    expect(parseTextImport('n.txt', '#separator:tab\nq\ta').kind).toBe('anki-text');
    expect(parseTextImport('c.csv', 'q,a').kind).toBe('csv');
    expect(parseTextImport('q.txt', 'q\ta', { format: 'quizlet' }).kind).toBe('quizlet');
  });

  it('passes Quizlet separators through', () => {
    const bundle = parseTextImport('q.txt', 'a=1|b=2', {
      format: 'quizlet',
      quizlet: { termSeparator: '=', rowSeparator: '|' },
    });
    expect(bundle.decks[0]?.cards.map((c) => c.back)).toEqual(['1', '2']);
  });

  it('throws ImportError naming the file for an unreadable file', () => {
    expect(() => parseTextImport('empty.csv', '')).toThrow(ImportError);
    expect(() => parseTextImport('empty.csv', '')).toThrow(/^empty\.csv/);
  });
});

describe('previewTextImport: what an import screen shows', () => {
  it('shows the format, separator, header, column names, mapping, first cards and warnings', () => {
    const preview = previewTextImport('ops.csv', 'Question;Answer;Tags\nq1;a1;x\nq2;;y\n');
    expect(preview.format).toBe('csv');
    expect(preview.formatDetected).toBe(true);
    expect(preview.csv).toMatchObject({
      separator: ';',
      hasHeader: true,
      columnNames: ['Question', 'Answer', 'Tags'],
      mapping: { front: 0, back: 1, tags: 2 },
    });
    expect(preview.bundle.decks[0]?.cards.map((c) => c.front)).toEqual(['q1']);
    expect(preview.bundle.warnings.map((w) => w.message)).toEqual(['line 3: the back is empty; the row is skipped']);
  });

  it('lets a screen re-map columns without reading the file again', () => {
    const preview = previewTextImport('ops.csv', 'q1,a1\nq2,a2\n');
    const swapped = buildCsvBundle(preview.csv!, { front: 1, back: 0 });
    expect(swapped.decks[0]?.cards.map((c) => c.front)).toEqual(['a1', 'a2']);
  });

  it('shows what the Anki headers set', () => {
    const preview = previewTextImport('n.txt', '#separator:Pipe\n#html:false\nq|a\n');
    expect(preview.anki).toMatchObject({ separator: '|', separatorDetected: false, html: false });
  });

  it('the sliced reading gives the same preview as the one-go reading', async () => {
    const rows = Array.from({ length: 40 }, (_, i) => `"q${i}\nline two",a${i}`).join('\n');
    const text = `front,back\n${rows}\nlast,\n`;
    const whole = previewTextImport('big.csv', text);
    const sliced = await previewTextImportInSlices('big.csv', text, {}, { chunkSize: 37 });
    expect(sliced).toEqual(whole);
    expect(sliced.bundle.warnings[0]?.location).toBe(`line ${2 + 40 * 2}`);
  });
});
