/**
 * Anki's type-in answers (`{{type:Field}}`, `{{type:cloze:Text}}`, `{{type:nc:Field}}`): a box
 * on the question, and on the answer the typed text compared with the expected one, marked as
 * Anki's rslib/src/typeanswer.rs marks it (typeGood / typeBad / typeMissed).
 *
 * The renderer leaves markers in the card's HTML; the card view puts a real input box in place
 * of the question's marker and the comparison in place of the answer's.
 */
import { htmlToPlainText } from './html-text';
import { diffOpcodes } from './sequence-matcher';

/** The question side's marker: the input box goes here. */
export const TYPE_ANSWER_INPUT = '<div class="type-answer" data-type-answer="input"></div>';

/** What the card's answer is compared with. */
export interface TypeAnswerTarget {
  /** Plain text (no HTML). */
  expected: string;
  /** false for `type:nc:`: accents and other combining marks are not compared. */
  combining: boolean;
}

function escapeAttribute(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** The answer side's marker: the comparison goes here. */
export function typeAnswerResult(target: TypeAnswerTarget): string {
  return `<div class="type-answer" data-type-answer="compare" data-expected="${escapeAttribute(target.expected)}" data-combining="${target.combining}"></div>`;
}

const AV_TAGS = /\[sound:[^\]]*\]|\[anki:tts[^\]]*\][\s\S]*?\[\/anki:tts\]/g;
const LINE_BREAKS = /(?:\n|<br\s?\/?>|<\/?div>)+/gi;

/** The text to type for a field's HTML: sounds dropped, line breaks as spaces, tags removed (typeanswer.rs). */
export function stripTypeAnswerExpected(html: string): string {
  return htmlToPlainText(html.replace(AV_TAGS, '').replace(LINE_BREAKS, ' '))
    .replace(/\u00a0/g, ' ')
    .trim();
}

export interface TypeAnswerToken {
  kind: 'good' | 'bad' | 'missed';
  text: string;
}

export type TypeAnswerComparison =
  /** Nothing typed: the expected answer is shown as it is. */
  | { kind: 'not-typed'; expected: string }
  | { kind: 'correct'; expected: string }
  /** The typed line with its mistakes marked, and the expected line with what was missed. */
  | { kind: 'different'; typed: TypeAnswerToken[]; expected: TypeAnswerToken[] };

const MARK = /\p{M}/u;

/** A token that starts with a combining mark gets a no-break space, so it does not join the one before. */
function isolateLeadingMark(tokens: TypeAnswerToken[]): TypeAnswerToken[] {
  return tokens.map((t) => (MARK.test(t.text[0] ?? '') ? { ...t, text: `\u00a0${t.text}` } : t));
}

function diffTokens(typed: string[], expected: string[]): { typed: TypeAnswerToken[]; expected: TypeAnswerToken[] } {
  const out = { typed: [] as TypeAnswerToken[], expected: [] as TypeAnswerToken[] };
  for (const op of diffOpcodes(typed, expected)) {
    const t = typed.slice(op.aStart, op.aEnd).join('');
    const e = expected.slice(op.bStart, op.bEnd).join('');
    switch (op.tag) {
      case 'equal':
        out.typed.push({ kind: 'good', text: t });
        out.expected.push({ kind: 'good', text: e });
        break;
      case 'delete':
        out.typed.push({ kind: 'bad', text: t });
        break;
      case 'insert':
        out.typed.push({ kind: 'missed', text: '-'.repeat(op.bEnd - op.bStart) });
        out.expected.push({ kind: 'missed', text: e });
        break;
      case 'replace':
        out.typed.push({ kind: 'bad', text: t });
        out.expected.push({ kind: 'missed', text: e });
        break;
    }
  }
  return out;
}

/**
 * Compares what was typed with the expected answer, character by character, as Anki does
 * (Unicode-normalized; with `combining` false, accents are ignored in the comparison but still
 * shown in the expected line).
 */
export function compareTypedAnswer(expected: string, typed: string, combining = true): TypeAnswerComparison {
  if (typed === '') return { kind: 'not-typed', expected };
  if (combining) {
    const t = Array.from(typed.normalize('NFC'));
    const e = Array.from(expected.normalize('NFC'));
    if (t.join('') === e.join('')) return { kind: 'correct', expected: e.join('') };
    const tokens = diffTokens(t, e);
    return {
      kind: 'different',
      typed: isolateLeadingMark(tokens.typed),
      expected: isolateLeadingMark(tokens.expected),
    };
  }
  const t = Array.from(typed.normalize('NFKD')).filter((c) => !MARK.test(c));
  // Each expected character keeps its marks for display: "ō" is compared as "o", shown as "ō".
  const groups: string[] = [];
  for (const c of Array.from(expected.normalize('NFKD'))) {
    if (MARK.test(c) && groups.length > 0) groups[groups.length - 1] += c;
    else groups.push(c);
  }
  const e = groups.map((g) => Array.from(g)[0]!);
  if (t.join('') === e.join('')) return { kind: 'correct', expected };
  const tokens = diffTokens(t, e);
  let index = 0;
  const shownExpected = tokens.expected.map((token) => {
    const length = Array.from(token.text).length;
    const text = groups
      .slice(index, index + length)
      .join('')
      .normalize('NFC');
    index += length;
    return { ...token, text };
  });
  return { kind: 'different', typed: isolateLeadingMark(tokens.typed), expected: shownExpected };
}
