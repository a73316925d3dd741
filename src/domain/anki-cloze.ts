/**
 * Anki cloze deletions, as rslib/src/cloze.rs renders them: `{{c1::answer}}`,
 * `{{c1::answer::hint}}`, `{{c1,2::shared}}`, nested up to 10 levels, any number (c10+).
 * Pure string -> string; the output HTML matches Anki's so that shared-deck CSS
 * (`.cloze`, `.cloze-inactive`) applies unchanged. Image Occlusion clozes become Anki's shape
 * divs (image-occlusion.ts).
 */
import { renderOcclusionCloze } from './image-occlusion';

interface ClozeNode {
  ordinals: number[];
  hint: string | null;
  children: ClozePart[];
}

type ClozePart = string | ClozeNode;

/** Cloze nesting deeper than this is read as text, as in Anki. */
const MAX_DEPTH = 10;

const OPEN = /^\{\{c([\d,]+)::/;

function parseOrdinals(digits: string): number[] | null {
  const set = new Set<number>();
  for (const part of digits.split(',')) {
    if (part === '') continue;
    const n = Number.parseInt(part, 10);
    if (Number.isFinite(n)) set.add(n);
  }
  return set.size ? [...set].sort((a, b) => a - b) : null;
}

/** Splits field HTML into text and (nested) clozes. A stray `}}` outside a cloze is text. */
function parseClozes(text: string): ClozePart[] {
  const out: ClozePart[] = [];
  const open: ClozeNode[] = [];
  let i = 0;
  let textStart = 0;
  const flushText = (end: number): void => {
    if (end <= textStart) return;
    let chunk = text.slice(textStart, end);
    const top = open[open.length - 1];
    if (top) {
      // The hint is whatever follows the first `::` of a text run inside the cloze.
      const sep = chunk.indexOf('::');
      if (sep >= 0) {
        top.hint = chunk.slice(sep + 2);
        chunk = chunk.slice(0, sep);
      }
      top.children.push(chunk);
    } else {
      out.push(chunk);
    }
  };
  while (i < text.length) {
    if (text.startsWith('{{c', i)) {
      const m = OPEN.exec(text.slice(i, i + 64));
      const ordinals = m ? parseOrdinals(m[1]!) : null;
      if (m && ordinals) {
        flushText(i);
        i += m[0].length;
        textStart = i;
        if (open.length < MAX_DEPTH) open.push({ ordinals, hint: null, children: [] });
        continue;
      }
    }
    if (text.startsWith('}}', i)) {
      flushText(i);
      i += 2;
      textStart = i;
      const closed = open.pop();
      if (closed) {
        const parent = open[open.length - 1];
        (parent ? parent.children : out).push(closed);
      } else {
        out.push('}}');
      }
      continue;
    }
    i += 1;
  }
  flushText(text.length);
  // Anki drops a cloze that is never closed, text and all; keeping it as a cloze loses less.
  while (open.length) {
    const node = open.pop()!;
    const parent = open[open.length - 1];
    (parent ? parent.children : out).push(node);
  }
  return out;
}

function escapeAttribute(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/"/g, '&quot;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/'/g, '&#x27;');
}

function clozedText(node: ClozeNode): string {
  return node.children.map((c) => (typeof c === 'string' ? c : clozedText(c))).join('');
}

interface RevealState {
  found: boolean;
}

const OCCLUSION_PREFIX = 'image-occlusion:';

function revealNode(node: ClozeNode, ord: number, question: boolean, state: RevealState): string {
  const active = node.ordinals.includes(ord);
  state.found ||= active;
  const first = node.children[0];
  if (typeof first === 'string' && first.startsWith(OCCLUSION_PREFIX)) {
    return renderOcclusionCloze(first.slice(OCCLUSION_PREFIX.length), node.ordinals, question, active);
  }
  const ordinals = node.ordinals.join(',');
  const inner = node.children.map((c) => (typeof c === 'string' ? c : revealNode(c, ord, question, state))).join('');
  if (question && active) {
    return `<span class="cloze" data-cloze="${escapeAttribute(inner)}" data-ordinal="${ordinals}">[${node.hint ?? '...'}]</span>`;
  }
  const cls = active ? 'cloze' : 'cloze-inactive';
  return `<span class="${cls}" data-ordinal="${ordinals}">${inner}</span>`;
}

/**
 * The `cloze:` filter for card number `ord` (1-based): the active cloze hidden as `[...]` or
 * `[hint]` on the question, highlighted on the answer; others shown as text. A field with no
 * cloze for `ord` renders as an empty string, as in Anki.
 */
export function renderClozeField(text: string, ord: number, question: boolean): string {
  const state: RevealState = { found: false };
  const html = parseClozes(text)
    .map((part) => (typeof part === 'string' ? part : revealNode(part, ord, question, state)))
    .join('');
  return state.found ? stripHtmlInsideMathJax(html) : '';
}

function collectOnly(parts: ClozePart[], ord: number, question: boolean, out: string[]): void {
  for (const part of parts) {
    if (typeof part === 'string') continue;
    if (part.ordinals.includes(ord)) out.push(question ? (part.hint ?? '...') : clozedText(part));
    collectOnly(part.children, ord, question, out);
  }
}

/** The `cloze-only:` filter: just the texts (answer) or hints (question) of cloze `ord`, joined by ", ". */
export function renderClozeOnly(text: string, ord: number, question: boolean): string {
  const out: string[] = [];
  collectOnly(parseClozes(text), ord, question, out);
  return out.join(', ');
}

/** The answer a user would type for cloze `ord` (identical answers collapse into one). */
export function extractClozeAnswer(text: string, ord: number): string {
  const out: string[] = [];
  collectOnly(parseClozes(text), ord, false, out);
  if (out.length > 0 && out.every((t) => t === out[0])) return out[0]!;
  return out.join(', ');
}

function addNumbers(parts: ClozePart[], into: Set<number>): void {
  for (const part of parts) {
    if (typeof part === 'string') continue;
    for (const n of part.ordinals) if (n !== 0) into.add(n);
    addNumbers(part.children, into);
  }
}

/** The cloze numbers (1-based, c0 excluded) used anywhere in the given field values. */
export function findClozeNumbers(fields: Iterable<string>): Set<number> {
  const set = new Set<number>();
  for (const field of fields) if (field.includes('{{c')) addNumbers(parseClozes(field), set);
  return set;
}

const MATHJAX = /(\\[([])([\s\S]*?)(\\[)\]])/g;

// Anki strips HTML inside MathJax so that a cloze span inside \( \) does not break the maths.
function stripHtmlInsideMathJax(html: string): string {
  if (!html.includes('\\(') && !html.includes('\\[')) return html;
  return html.replace(
    MATHJAX,
    (_m, open: string, inner: string, close: string) => open + inner.replace(/<[^>]*>/g, '') + close,
  );
}
