/**
 * Issue 15, points 7 and 8: one field may hold at most 1 MB (the refusal names the line), a
 * UTF-16 file without a byte-order mark is recognised by its zero bytes (or the preview says
 * it may be one), and a JSON file nested thousands of levels deep is refused with its depth
 * instead of "Maximum call stack size exceeded".
 */
import { describe, expect, it } from 'vitest';
import { decodeText, readTextFile, sniffZeroBytes } from '../../src/import/decode-text';
import { findOversizedField } from '../../src/import/field-limit';
import { previewTextImport, previewTextImportInSlices } from '../../src/import/text-import';
import { previewTextFile } from '../../src/import/text-import-session';
import { thrown } from '../helpers/thrown';

const MB2 = 'x'.repeat(2_000_000);

function utf16(text: string, order: 'le' | 'be'): Uint8Array {
  const out = new Uint8Array(text.length * 2);
  for (let i = 0; i < text.length; i++) {
    const [lo, hi] = [text.charCodeAt(i) & 0xff, text.charCodeAt(i) >> 8];
    out[i * 2] = order === 'le' ? lo : hi;
    out[i * 2 + 1] = order === 'le' ? hi : lo;
  }
  return out;
}

describe('a field over 1 MB is refused, naming the line', () => {
  it('an unclosed quote in a CSV swallows the rest of the file: refused at the line it opens, with a hint', async () => {
    const csv = `Front,Back\nq1,a1\nq2,"${MB2}\nq3,a3\n`;
    const error = thrown(() => previewTextImport('notes.csv', csv));
    expect(error.message).toBe(
      'notes.csv, line 3: one field holds 2,000,008 characters (2.0 MB); a field may hold at most 1,000,000 (1.0 MB). Is a closing quote (") missing?',
    );
    // The sliced reader (the one the import worker runs) refuses the same way, before reading records.
    await expect(previewTextImportInSlices('notes.csv', csv)).rejects.toThrow(/notes\.csv, line 3: one field holds/);
  });

  it('an unquoted field, in an Anki text export (after its headers, comments skipped)', () => {
    const text = `#separator:tab\n#html:false\n# a comment\nfront\tback\nfront 2\t${MB2}\n`;
    expect(thrown(() => previewTextImport('anki.txt', text)).message).toBe(
      'anki.txt, line 5: one field holds 2,000,000 characters (2.0 MB); a field may hold at most 1,000,000 (1.0 MB)',
    );
  });

  it('a Quizlet definition and a JSON deck card', () => {
    expect(
      thrown(() => previewTextImport('set.txt', `term\tdefinition\nbig\t${MB2}\n`, { format: 'quizlet' })).message,
    ).toMatch(/^set\.txt, line 2: one field holds 2,000,000 characters/);
    const json = JSON.stringify({ id: 'd', name: 'D', cards: [{ id: 'c1', front: 'f', back: MB2 }] });
    expect(thrown(() => previewTextImport('deck.json', json)).message).toMatch(
      /^deck\.json, card 1 \(id "c1"\): field "back": one field holds 2,000,000 characters/,
    );
  });

  it('a field of exactly 1,000,000 characters is fine, and quoted line breaks count as lines', () => {
    const exact = 'y'.repeat(1_000_000);
    const csv = `Front,Back\n"multi\nline\nfront",${exact}\nq,"${MB2}"\n`;
    expect(findOversizedField(csv, ',')).toEqual({ line: 5, length: 2_000_002, quoted: true });
    const fine = previewTextImport('fine.csv', `Front,Back\nq,${exact}\n`);
    expect(fine.bundle.decks[0]!.cards[0]!.back).toHaveLength(1_000_000);
  });
});

describe('UTF-16 without a byte-order mark', () => {
  it('little-endian: recognised by its zero bytes, the header row stays a header, and the preview says so', async () => {
    const bytes = utf16('Front\tBack\r\nRésumé\tCV\r\nKPI\tKey performance indicator\r\n', 'le');
    expect(sniffZeroBytes(bytes)).toBe('le');
    const preview = await previewTextFile('export.txt', new Blob([bytes as Uint8Array<ArrayBuffer>]));
    const cards = preview.bundle.decks[0]!.cards;
    expect(cards.map((c) => c.front)).toEqual(['Résumé', 'KPI']);
    expect(preview.bundle.warnings[0]).toEqual({
      location: 'encoding',
      message:
        'read as UTF-16 (little-endian): the file has no byte-order mark, but its zero bytes show that encoding. If the cards look garbled, save the file as UTF-8 and import it again.',
    });
  });

  it('big-endian too', () => {
    const decoded = decodeText(utf16('Term,Definition\nA,B\n', 'be'));
    expect(decoded.text).toBe('Term,Definition\nA,B\n');
    expect(decoded.note).toMatch(/^read as UTF-16 \(big-endian\)/);
  });

  it('zero bytes in no pattern: the text is read as UTF-8 with a warning that it may be UTF-16 or not text', () => {
    const bytes = Uint8Array.from([...new TextEncoder().encode('Front,Back\nq,a\n'), 0, 0, 0, 7, 0]);
    expect(decodeText(bytes).note).toMatch(/contains zero bytes, which text files do not: it may be UTF-16/);
  });

  it('plain UTF-8 gets no note; Windows-1252 says how it was read', () => {
    expect(decodeText(new TextEncoder().encode('Front,Back\nCafé,Crème\n')).note).toBeUndefined();
    expect(decodeText(Uint8Array.from([0x43, 0x61, 0x66, 0xe9, 0x2c, 0x78])).note).toMatch(/^read as Windows-1252/);
  });

  it('a text file over 200 MB is refused before it is read', async () => {
    const huge = { size: 300_000_000, arrayBuffer: () => Promise.reject(new Error('read')) } as unknown as Blob;
    await expect(readTextFile(huge, 'big.csv')).rejects.toThrow(
      'big.csv: the file is 300 MB, and PrepDeck reads text files of up to 200 MB',
    );
  });
});

describe('JSON nested too deeply', () => {
  it('an invalid file nested 100,000 levels is refused with its depth and where it went too deep', () => {
    const error = thrown(() => previewTextImport('deep.json', '['.repeat(100_000)));
    expect(error.message).toBe(
      'deep.json, line 1, column 101: not valid JSON: it nests lists and objects 100,000 levels deep, and PrepDeck reads at most 100 (a deck file needs 4)',
    );
  });

  it('brackets inside texts do not count, and an ordinary syntax error is still located', () => {
    const text = `{"id": "d", "name": "${'['.repeat(500)}", "cards": [\n  {"id": "a" "front": "x"}]}`;
    expect(thrown(() => previewTextImport('deck.json', text)).message).toBe(
      'deck.json, line 2, column 14: not valid JSON: a comma is missing',
    );
  });
});
