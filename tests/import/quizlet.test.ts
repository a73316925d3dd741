import { describe, expect, it } from 'vitest';
import { ImportError } from '../../src/domain/import-error';
import { parseQuizlet } from '../../src/import/quizlet';

const pairs = (text: string, options = {}) =>
  parseQuizlet(text, 'set.txt', options).decks[0]?.cards.map((c) => [c.front, c.back]);

describe('Quizlet export', () => {
  it('reads the default: tab between term and definition, a newline between rows', () => {
    expect(pairs('SLA\tService level agreement\r\nKPI\tKey performance indicator\n')).toEqual([
      ['SLA', 'Service level agreement'],
      ['KPI', 'Key performance indicator'],
    ]);
  });

  it('reads custom separators such as "," and ";"', () => {
    expect(pairs('SLA,Service level, agreed;KPI,Key indicator;', { termSeparator: ',', rowSeparator: ';' })).toEqual([
      ['SLA', 'Service level, agreed'],
      ['KPI', 'Key indicator'],
    ]);
  });

  it('reads multi-character separators such as " - " and "---", so a definition may span lines', () => {
    const text = 'SLA - a promise\nabout service\n---\nKPI - a number\n---\n';
    expect(pairs(text, { termSeparator: ' - ', rowSeparator: '\n---\n' })).toEqual([
      ['SLA', 'a promise\nabout service'],
      ['KPI', 'a number'],
    ]);
  });

  it('does no quoting: quotes are part of the text', () => {
    expect(pairs('"quoted"\t"also"')).toEqual([['"quoted"', '"also"']]);
  });

  it('warns about a row without the term separator, naming its line', () => {
    const bundle = parseQuizlet('a\t1\nb\t2\nno separator here\nc\t3\n', 'set.txt');
    expect(bundle.decks[0]?.cards).toHaveLength(3);
    expect(bundle.warnings).toEqual([
      { location: 'line 3', message: 'line 3: no tab between term and definition; the row is skipped' },
    ]);
  });

  it('counts lines across a custom row separator', () => {
    const bundle = parseQuizlet('a=1;\nb=;\nc=3', 'set.txt', { termSeparator: '=', rowSeparator: ';' });
    expect(bundle.warnings.map((w) => w.location)).toEqual(['line 2']);
  });

  it('rejects text where most rows lack the separator: the separators are wrong', () => {
    let error: unknown;
    try {
      parseQuizlet('a,1\nb,2\n', 'set.txt');
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ImportError);
    expect((error as ImportError).location).toBe('line 1');
  });

  it('rejects equal or empty separators', () => {
    expect(() => parseQuizlet('a', 'set.txt', { termSeparator: ';', rowSeparator: ';' })).toThrow(ImportError);
    expect(() => parseQuizlet('a', 'set.txt', { termSeparator: '' })).toThrow(ImportError);
  });

  it('imports as plain text cards in one deck named after the file', () => {
    const bundle = parseQuizlet('<b>x</b>\ty', 'My set.txt');
    expect(bundle.kind).toBe('quizlet');
    expect(bundle.decks[0]?.name).toBe('My set');
    expect(bundle.decks[0]?.cards[0]?.format).toBe('text');
  });
});
