/**
 * Browse's search language, a subset of Anki's: words and "exact phrases" (in front, back,
 * notes and tags; case and accents ignored; `*` matches anything), `tag:x` (and its subtags
 * x::y), `deck:x` (and its subdecks), `is:new|learn|review|suspended|buried|due`, `flag:0-7`,
 * `due:N` (due within N days), `added:N`, `prop:ivl>=10` (ivl, due, reps, lapses, d, s),
 * `-` to negate, `or`, and parentheses. Terms side by side must all match.
 * Matching: card-search-match.ts; sorting: card-sort.ts.
 */

export type IsFilter = 'new' | 'learn' | 'review' | 'suspended' | 'buried' | 'due';
export type PropName = 'ivl' | 'due' | 'reps' | 'lapses' | 'd' | 's';
export type PropOperator = '=' | '!=' | '<' | '>' | '<=' | '>=';

/** A parsed query: a tree of conditions. */
export type SearchNode =
  | { kind: 'and'; children: SearchNode[] }
  | { kind: 'or'; children: SearchNode[] }
  | { kind: 'not'; child: SearchNode }
  /** A word (`*` allowed) or an exact phrase, searched in front, back, notes and tags. */
  | { kind: 'text'; text: string; phrase: boolean }
  /** `tag:x`: the tag or a subtag of it; `none` for cards without tags. */
  | { kind: 'tag'; pattern: string }
  /** `deck:x`: the deck (by name) or a subdeck of it. */
  | { kind: 'deck'; pattern: string }
  | { kind: 'is'; what: IsFilter }
  /** 0: no flag. */
  | { kind: 'flag'; flag: number }
  /** Scheduled cards due within `days` study days (0: today, overdue included). */
  | { kind: 'due'; days: number }
  /** Cards added in the last `days` study days (1: today). */
  | { kind: 'added'; days: number }
  | { kind: 'prop'; prop: PropName; op: PropOperator; value: number };

export interface SearchError {
  message: string;
  /** Index in the query text where the problem is. */
  at: number;
}

export type ParsedSearch = { ok: true; root: SearchNode } | { ok: false; error: SearchError };

type Token =
  | { kind: 'not'; at: number }
  | { kind: 'open'; at: number }
  | { kind: 'close'; at: number }
  | { kind: 'or'; at: number }
  | { kind: 'term'; at: number; negated: boolean; text: string; quoted: boolean };

class SearchSyntaxError extends Error {
  constructor(
    message: string,
    readonly at: number,
  ) {
    super(message);
  }
}

const IS_VALUES: Record<string, IsFilter> = {
  new: 'new',
  learn: 'learn',
  learning: 'learn',
  review: 'review',
  suspended: 'suspended',
  buried: 'buried',
  due: 'due',
};
const PROPS: readonly PropName[] = ['ivl', 'due', 'reps', 'lapses', 'd', 's'];
const PROP = /^([a-z]+)(<=|>=|!=|=|<|>)(-?\d+(?:\.\d+)?)$/i;

/** Reads a quoted run starting at `input[start] === '"'`; returns the text and the index after the quote. */
function readQuoted(input: string, start: number): { text: string; end: number } {
  let text = '';
  let i = start + 1;
  while (i < input.length) {
    const c = input[i]!;
    if (c === '\\' && (input[i + 1] === '"' || input[i + 1] === '\\')) {
      text += input[i + 1];
      i += 2;
    } else if (c === '"') {
      return { text, end: i + 1 };
    } else {
      text += c;
      i += 1;
    }
  }
  throw new SearchSyntaxError('A quote is not closed: add the closing ".', start);
}

function tokenize(input: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < input.length) {
    const c = input[i]!;
    if (/\s/.test(c)) {
      i += 1;
      continue;
    }
    if (c === '(' || c === ')') {
      tokens.push({ kind: c === '(' ? 'open' : 'close', at: i });
      i += 1;
      continue;
    }
    const at = i;
    let negated = false;
    if (c === '-' && i + 1 < input.length && !/\s/.test(input[i + 1]!)) {
      negated = true;
      i += 1;
      if (input[i] === '(') {
        tokens.push({ kind: 'not', at });
        continue;
      }
    }
    if (input[i] === '"') {
      const { text, end } = readQuoted(input, i);
      tokens.push({ kind: 'term', at, negated, text, quoted: true });
      i = end;
      continue;
    }
    let text = '';
    while (i < input.length && !/[\s()]/.test(input[i]!)) {
      if (input[i] === '"') {
        // tag:"a b" — the quoted part belongs to the term.
        const quoted = readQuoted(input, i);
        text += quoted.text;
        i = quoted.end;
      } else {
        text += input[i];
        i += 1;
      }
    }
    if (!negated && !text.includes(':') && text.toLowerCase() === 'or') tokens.push({ kind: 'or', at });
    else if (!negated && text.toLowerCase() === 'and') continue;
    else tokens.push({ kind: 'term', at, negated, text, quoted: false });
  }
  return tokens;
}

function parseNumber(value: string, at: number, what: string, min: number, max: number): number {
  const n = /^\d+$/.test(value) ? Number(value) : Number.NaN;
  if (!(n >= min && n <= max)) throw new SearchSyntaxError(what, at);
  return n;
}

/** A term's condition: a filter when it starts with a known `name:`, else text. */
function termNode(text: string, quoted: boolean, at: number): SearchNode {
  const colon = text.indexOf(':');
  const name = colon > 0 ? text.slice(0, colon).toLowerCase() : '';
  const value = text.slice(colon + 1);
  switch (name) {
    case 'tag':
    case 'deck':
      if (value.trim() === '') throw new SearchSyntaxError(`${name}: needs a name, e.g. ${name}:interview.`, at);
      return { kind: name, pattern: value.trim() };
    case 'is': {
      const what = IS_VALUES[value.toLowerCase()];
      if (!what) {
        throw new SearchSyntaxError(
          `Unknown "is:${value}": use is:new, is:learn, is:review, is:suspended, is:buried or is:due.`,
          at,
        );
      }
      return { kind: 'is', what };
    }
    case 'flag':
      return { kind: 'flag', flag: parseNumber(value, at, 'flag: takes 0 (no flag) to 7, e.g. flag:1 for red.', 0, 7) };
    case 'due':
      return { kind: 'due', days: parseNumber(value, at, 'due: takes a number of days, e.g. due:3.', 0, 36_500) };
    case 'added':
      return { kind: 'added', days: parseNumber(value, at, 'added: takes a number of days, e.g. added:7.', 1, 36_500) };
    case 'prop': {
      const match = PROP.exec(value);
      const prop = match?.[1]!.toLowerCase() as PropName | undefined;
      if (!match || !prop || !PROPS.includes(prop)) {
        throw new SearchSyntaxError(
          'prop: reads like prop:ivl>=10; properties: ivl, due, reps, lapses, d (difficulty 0-1), s (stability).',
          at,
        );
      }
      return { kind: 'prop', prop, op: match[2] as PropOperator, value: Number(match[3]) };
    }
    default:
      return { kind: 'text', text, phrase: quoted || /\s/.test(text) };
  }
}

/** Recursive descent over the tokens: or-groups of and-groups of (negated) terms. */
function parseTokens(tokens: Token[], input: string): SearchNode {
  let i = 0;
  const parseOr = (): SearchNode => {
    const groups = [parseAnd()];
    while (tokens[i]?.kind === 'or') {
      const at = tokens[i]!.at;
      i += 1;
      if (i >= tokens.length || tokens[i]!.kind === 'close' || tokens[i]!.kind === 'or') {
        throw new SearchSyntaxError('"or" needs a search term after it.', at);
      }
      groups.push(parseAnd());
    }
    return groups.length === 1 ? groups[0]! : { kind: 'or', children: groups };
  };
  const parseAnd = (): SearchNode => {
    const children: SearchNode[] = [];
    while (i < tokens.length && tokens[i]!.kind !== 'or' && tokens[i]!.kind !== 'close') children.push(parseUnary());
    if (children.length === 0) {
      const at = tokens[i]?.at ?? input.length;
      throw new SearchSyntaxError(
        tokens[i]?.kind === 'or' ? '"or" needs a search term before it.' : 'Nothing to search for here.',
        at,
      );
    }
    return children.length === 1 ? children[0]! : { kind: 'and', children };
  };
  const parseUnary = (): SearchNode => {
    const token = tokens[i]!;
    i += 1;
    if (token.kind === 'not') return { kind: 'not', child: parseUnary() };
    if (token.kind === 'open') {
      const inner = parseOr();
      if (tokens[i]?.kind !== 'close') throw new SearchSyntaxError('A "(" is not closed: add ")".', token.at);
      i += 1;
      return inner;
    }
    if (token.kind !== 'term') throw new SearchSyntaxError('Unexpected here.', token.at);
    const node = termNode(token.text, token.quoted, token.at + (token.negated ? 1 : 0));
    return token.negated ? { kind: 'not', child: node } : node;
  };
  if (tokens.length === 0) return { kind: 'and', children: [] };
  const root = parseOr();
  if (i < tokens.length) throw new SearchSyntaxError('This ")" has no "(" before it.', tokens[i]!.at);
  return root;
}

/** Parses a Browse query; an empty query matches every card. Errors name the place and the fix. */
export function parseCardSearch(input: string): ParsedSearch {
  try {
    return { ok: true, root: parseTokens(tokenize(input), input) };
  } catch (error) {
    if (error instanceof SearchSyntaxError) return { ok: false, error: { message: error.message, at: error.at } };
    throw error;
  }
}
