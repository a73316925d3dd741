/**
 * How deeply lists and objects nest in a JSON text, measured without parsing (strings are
 * skipped). The tolerant parser that locates a syntax error recurses once per level, so a
 * damaged file nested 100,000 deep made it fail with "Maximum call stack size exceeded"; this
 * says what is wrong instead.
 */

/** The deepest nesting PrepDeck reads: a deck file needs 4 (the deck, its cards, a card, its tags). */
export const MAX_JSON_DEPTH = 100;

export interface JsonDepth {
  /** The deepest level reached. */
  depth: number;
  /** Where the nesting first went past `limit` (1-based), when it did. */
  past?: { line: number; column: number };
}

/** Measures the nesting of `text`; `past` is where it first goes deeper than `limit`. */
export function measureJsonDepth(text: string, limit = MAX_JSON_DEPTH): JsonDepth {
  let depth = 0;
  let deepest = 0;
  let past: JsonDepth['past'];
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 34 /* " */) {
      // Skip the string, its escapes included; a string never closed runs to the end.
      for (i++; i < text.length; i++) {
        const s = text.charCodeAt(i);
        if (s === 92 /* \ */) i++;
        else if (s === 34) break;
        else if (s === 10) {
          line++;
          lineStart = i + 1;
        }
      }
    } else if (c === 91 /* [ */ || c === 123 /* { */) {
      depth++;
      if (depth > deepest) deepest = depth;
      if (depth > limit && !past) past = { line, column: i - lineStart + 1 };
    } else if (c === 93 /* ] */ || c === 125 /* } */) {
      depth = Math.max(0, depth - 1);
    } else if (c === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return past ? { depth: deepest, past } : { depth: deepest };
}
