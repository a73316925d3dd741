import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ImportError } from '../../src/domain/import-error';
import { parseTextImport, type TextImportOptions } from '../../src/import/text-import';

// Pieces that exercise the awkward paths: quotes, separators, comments, headers, line ends.
const PIECES = [
  '"',
  '""',
  ',',
  ';',
  '\t',
  '|',
  ':',
  ' ',
  '\n',
  '\r\n',
  '\r',
  '#',
  '#separator:',
  '#html:true',
  '#guid column:1',
  '#deck column:2',
  '#tags column:9',
  '#columns:a,b',
  'tags:',
  '::',
  '\uFEFF',
  '<b>',
  '&amp;',
  '{',
  '}',
  '"cards":[]',
  'front',
  'back',
  'q',
  'a',
  '\u0000',
  '😀',
];

const textArb = fc.oneof(
  fc.string({ maxLength: 200 }),
  fc.array(fc.constantFrom(...PIECES), { maxLength: 60 }).map((parts) => parts.join('')),
  fc
    .array(fc.oneof(fc.constantFrom(...PIECES), fc.string({ maxLength: 5 })), { maxLength: 60 })
    .map((parts) => parts.join('')),
);

const optionsArb: fc.Arbitrary<TextImportOptions> = fc.record(
  {
    format: fc.constantFrom('json', 'anki-text', 'csv', 'quizlet'),
    separator: fc.oneof(fc.constantFrom(',', ';', '\t', '|'), fc.string({ maxLength: 2 })),
    hasHeader: fc.boolean(),
    mapping: fc.record(
      { front: fc.integer({ min: -1, max: 4 }), back: fc.integer({ min: -1, max: 4 }) },
      { requiredKeys: [] },
    ),
    quizlet: fc.record(
      { termSeparator: fc.string({ maxLength: 3 }), rowSeparator: fc.string({ maxLength: 3 }) },
      { requiredKeys: [] },
    ),
  },
  { requiredKeys: [] },
);

function importOrImportError(fileName: string, text: string, options: TextImportOptions): void {
  try {
    const bundle = parseTextImport(fileName, text, options);
    // What does come out is importable: no empty deck, no blank side.
    for (const deck of bundle.decks) {
      expect(deck.cards.length).toBeGreaterThan(0);
      for (const card of deck.cards) {
        expect(card.front.trim()).not.toBe('');
        expect(card.back.trim()).not.toBe('');
      }
    }
  } catch (error) {
    if (!(error instanceof ImportError)) throw error;
    expect(error.file).toBe(fileName);
  }
}

// A generous per-test limit: a hang fails the test, a slow shared machine does not.
describe('parseTextImport on random and mangled input', { timeout: 60_000 }, () => {
  it('returns a bundle or throws ImportError, with detected settings', () => {
    fc.assert(
      fc.property(fc.constantFrom('x.csv', 'x.txt', 'x.json', 'x.tsv'), textArb, (fileName, text) =>
        importOrImportError(fileName, text, {}),
      ),
      { numRuns: 1500 },
    );
  });

  it('returns a bundle or throws ImportError, with any options', () => {
    fc.assert(
      fc.property(textArb, optionsArb, (text, options) => importOrImportError('x.txt', text, options)),
      { numRuns: 1500 },
    );
  });

  it('survives a valid file with a character inserted or removed anywhere', () => {
    const valid =
      '#separator:tab\n#html:true\n#guid column:1\n#deck column:2\n#tags column:5\ng1\tA::B\t"multi\nline"\tback\tt1\ng2\tA\tq\t"a ""b"""\t\n';
    fc.assert(
      fc.property(
        fc.nat(valid.length),
        fc.constantFrom('', '"', '\t', '\n', '#', ','),
        fc.boolean(),
        (at, char, remove) => {
          const text = valid.slice(0, at) + char + valid.slice(remove ? at + 1 : at);
          importOrImportError('notes.txt', text, {});
          importOrImportError('notes.csv', text, { format: 'csv' });
        },
      ),
      { numRuns: 800 },
    );
  });
});
