import { describe, expect, it } from 'vitest';
import { diffOpcodes } from '../../src/domain/sequence-matcher';
import { compareTypedAnswer, stripTypeAnswerExpected, type TypeAnswerToken } from '../../src/domain/type-answer';

const good = (text: string): TypeAnswerToken => ({ kind: 'good', text });
const bad = (text: string): TypeAnswerToken => ({ kind: 'bad', text });
const missed = (text: string): TypeAnswerToken => ({ kind: 'missed', text });

describe('diffOpcodes (difflib.SequenceMatcher)', () => {
  it("gives Python difflib's opcodes for its documented example", () => {
    // difflib docs: SequenceMatcher(None, "qabxcd", "abycdf").get_opcodes()
    const codes = diffOpcodes(Array.from('qabxcd'), Array.from('abycdf')).map((c) => [
      c.tag,
      c.aStart,
      c.aEnd,
      c.bStart,
      c.bEnd,
    ]);
    expect(codes).toEqual([
      ['delete', 0, 1, 0, 0],
      ['equal', 1, 3, 0, 2],
      ['replace', 3, 4, 2, 3],
      ['equal', 4, 6, 3, 5],
      ['insert', 6, 6, 5, 6],
    ]);
  });

  it('leaves popular characters of a long answer out of the index, as difflib does (autojunk)', () => {
    // Python: SequenceMatcher(None, "ab" * 150, "x" + "ab" * 150).get_opcodes() == [("replace", 0, 300, 0, 301)]
    const a = Array.from('ab'.repeat(150));
    const b = Array.from(`x${'ab'.repeat(150)}`);
    expect(diffOpcodes(a, b).map((c) => [c.tag, c.aStart, c.aEnd, c.bStart, c.bEnd])).toEqual([
      ['replace', 0, 300, 0, 301],
    ]);
    // Short of 200 elements, every character counts.
    expect(diffOpcodes(Array.from('ab'.repeat(20)), Array.from(`x${'ab'.repeat(20)}`)).map((c) => c.tag)).toEqual([
      'insert',
      'equal',
    ]);
  });
});

describe("compareTypedAnswer (Anki's typeanswer.rs cases)", () => {
  it('marks a Spanish answer exactly as Anki does', () => {
    const result = compareTypedAnswer('¿Y ahora qué vamos a hacer?', 'y ahora qe vamosa hacer');
    expect(result).toEqual({
      kind: 'different',
      typed: [bad('y'), good(' ahora q'), bad('e'), good(' vamos'), missed('-'), good('a hacer'), missed('-')],
      expected: [
        missed('¿Y'),
        good(' ahora q'),
        missed('ué'),
        good(' vamos'),
        missed(' '),
        good('a hacer'),
        missed('?'),
      ],
    });
  });

  it('shows missed characters in the typed line only after a good run, and counts them in characters', () => {
    expect(compareTypedAnswer('1', '23')).toMatchObject({ typed: [bad('23')] });
    expect(compareTypedAnswer('12', '1')).toMatchObject({ typed: [good('1'), missed('-')] });
    expect(compareTypedAnswer('нос', 'нс')).toMatchObject({ typed: [good('н'), missed('-'), good('с')] });
    expect(compareTypedAnswer('쓰다듬다', '스다뜸다')).toMatchObject({
      typed: [bad('스'), good('다'), bad('뜸'), good('다')],
    });
  });

  it('says correct for the same text in another Unicode form, and shows the answer when nothing was typed', () => {
    expect(compareTypedAnswer('café', 'cafe\u0301')).toEqual({ kind: 'correct', expected: 'café' });
    expect(compareTypedAnswer('source <dir>/bin', '')).toEqual({ kind: 'not-typed', expected: 'source <dir>/bin' });
  });

  it('type:nc: ignores combining marks in the comparison but shows them in the expected line', () => {
    expect(compareTypedAnswer('שִׁנּוּן', 'שנון', false)).toEqual({ kind: 'correct', expected: 'שִׁנּוּן' });
    expect(compareTypedAnswer('ば', 'は', false)).toEqual({ kind: 'correct', expected: 'ば' });
    expect(compareTypedAnswer('חוֹף', 'חופ', false)).toEqual({
      kind: 'different',
      typed: [good('חו'), bad('פ')],
      expected: [good('חוֹ'), missed('ף')],
    });
  });

  it('strips what the field carries besides the answer: HTML, sounds, line breaks', () => {
    expect(stripTypeAnswerExpected('[sound:foo.mp3]<b>1</b> &nbsp;2')).toBe('1  2');
    expect(stripTypeAnswerExpected('<div>123</div>')).toBe('123');
    expect(stripTypeAnswerExpected('a<br>b<div>c</div>')).toBe('a b c');
    expect(stripTypeAnswerExpected('source &lt;dir&gt;/bin')).toBe('source <dir>/bin');
  });
});
