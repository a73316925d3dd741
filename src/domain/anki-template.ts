/**
 * Anki's card template language (rslib/src/template.rs, template_filters.rs, notetype/render.rs),
 * rendered the way Anki's reviewer shows it: pure string -> string, no DOM. The output is
 * untrusted HTML from a shared deck; the UI sanitizes it before display.
 */
import { extractClozeAnswer, findClozeNumbers, renderClozeField, renderClozeOnly } from './anki-cloze';
import { htmlToPlainText } from './html-text';
import { TYPE_ANSWER_INPUT, stripTypeAnswerExpected, typeAnswerResult, type TypeAnswerTarget } from './type-answer';

type TemplateNode =
  | { kind: 'text'; text: string }
  | { kind: 'replacement'; key: string; /** in the order they apply (rightmost first) */ filters: string[] }
  | { kind: 'conditional'; key: string; negated: boolean; children: TemplateNode[] };

/** A template parsed once and rendered for many cards, or the reason it cannot be parsed. */
export type ParsedAnkiTemplate = { ok: true; nodes: TemplateNode[] } | { ok: false; problem: string };

const ALT_DIRECTIVE = '{{=<% %>=}}';

type Token =
  | { kind: 'text'; text: string }
  | { kind: 'replacement'; key: string }
  | { kind: 'open'; key: string; negated: boolean }
  | { kind: 'close'; key: string };

function classifyHandle(raw: string): Token {
  const s = raw.replace(/^\{+/, '').trim();
  if (s.length >= 2) {
    if (s.startsWith('#')) return { kind: 'open', key: s.slice(1).trimStart(), negated: false };
    if (s.startsWith('^')) return { kind: 'open', key: s.slice(1).trimStart(), negated: true };
    if (s.startsWith('/')) return { kind: 'close', key: s.slice(1).trimStart() };
  }
  return { kind: 'replacement', key: s };
}

function tokenize(template: string): Token[] {
  let text = template;
  let start = '{{';
  let end = '}}';
  if (text.trimStart().startsWith(ALT_DIRECTIVE)) {
    // Legacy `{{=<% %>=}}` templates use <% Field %> instead of {{Field}}.
    text = text.trimStart().slice(ALT_DIRECTIVE.length);
    start = '<%';
    end = '%>';
  }
  const tokens: Token[] = [];
  let i = 0;
  let textStart = 0;
  const pushText = (upTo: number): void => {
    if (upTo > textStart) tokens.push({ kind: 'text', text: text.slice(textStart, upTo) });
  };
  while (i < text.length) {
    if (text.startsWith(start, i)) {
      const close = text.indexOf(end, i + start.length);
      if (close >= 0) {
        pushText(i);
        tokens.push(classifyHandle(text.slice(i + start.length, close)));
        i = close + end.length;
        textStart = i;
        continue;
      }
    }
    if (text.startsWith('<!--', i)) {
      // Comments pass through verbatim: a {{Field}} inside one is not evaluated.
      const close = text.indexOf('-->', i + 4);
      if (close >= 0) {
        i = close + 3;
        continue;
      }
    }
    i += 1;
  }
  pushText(text.length);
  return tokens;
}

class TemplateProblem extends Error {}

function parseNodes(tokens: Token[], pos: { i: number }, openKey: string | null): TemplateNode[] {
  const nodes: TemplateNode[] = [];
  while (pos.i < tokens.length) {
    const token = tokens[pos.i++]!;
    switch (token.kind) {
      case 'text':
        nodes.push({ kind: 'text', text: token.text });
        break;
      case 'replacement': {
        const parts = token.key.split(':');
        const key = parts.pop()!;
        nodes.push({ kind: 'replacement', key, filters: parts.reverse() });
        break;
      }
      case 'open':
        nodes.push({
          kind: 'conditional',
          key: token.key,
          negated: token.negated,
          children: parseNodes(tokens, pos, token.key),
        });
        break;
      case 'close':
        if (openKey === token.key) return nodes;
        throw new TemplateProblem(
          openKey === null
            ? `Found '{{/${token.key}}}', but missing '{{#${token.key}}}' or '{{^${token.key}}}'.`
            : `Found '{{/${token.key}}}', but expected '{{/${openKey}}}'.`,
        );
    }
  }
  if (openKey !== null) throw new TemplateProblem(`Missing '{{/${openKey}}}'.`);
  return nodes;
}

/** Parses a question or answer template; an unbalanced conditional is reported, not thrown. */
export function parseAnkiTemplate(template: string): ParsedAnkiTemplate {
  try {
    return { ok: true, nodes: parseNodes(tokenize(template), { i: 0 }, null) };
  } catch (error) {
    if (error instanceof TemplateProblem) return { ok: false, problem: error.message };
    throw error;
  }
}

/** The card being rendered: its note's fields by name and the card-level special fields. */
export interface AnkiCardContext {
  /** Note fields by name, in note type order. */
  fields: ReadonlyArray<readonly [name: string, value: string]>;
  /** Template index (normal note types) or cloze number - 1 (cloze note types). */
  cardOrd: number;
  isCloze: boolean;
  /** Full deck name with "::" (the home deck for a card in a filtered deck). */
  deckName: string;
  tags: readonly string[];
  noteTypeName: string;
  templateName: string;
  /** Anki's card flag 0-7. */
  flags: number;
  cardId: string;
}

export interface RenderedAnkiCard {
  question: string;
  answer: string;
  /** Why the card shows a notice instead of its content (a broken template, a blank front). */
  problem: string | null;
}

interface RenderState {
  fields: Map<string, string>;
  nonEmpty: Set<string>;
  ord: number;
  /** Null while rendering the question. */
  frontSide: string | null;
  /** The first type-in answer of the question: what the answer side compares with (Anki reads only the first). */
  typeAnswer: TypeAnswerTarget | null;
}

const EMPTY_FIELD = /^(?:\s|<\/?(?:br|div) ?\/?>)*$/i;

/** True when a field holds only whitespace and empty <br>/<div> tags, which Anki treats as empty. */
export function isAnkiFieldEmpty(html: string): boolean {
  return EMPTY_FIELD.test(html);
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** Plain text of field HTML, as Anki's `text:` filter gives it (kept HTML-escaped so it stays text). */
export function stripAnkiHtml(html: string): string {
  return escapeHtml(htmlToPlainText(html));
}

const FURIGANA = / ?([^ >]+?)\[(.+?)\]/g;

function applyRuby(text: string, pick: (base: string, reading: string) => string): string {
  return text
    .replace(/&nbsp;/g, ' ')
    .replace(FURIGANA, (whole, base: string, reading: string) =>
      reading.startsWith('sound:') ? whole : pick(base, reading),
    );
}

function hintFilter(text: string, fieldName: string): string {
  if (text.trim() === '') return text;
  // A native disclosure: no script, works once sanitized, and keeps Anki's `hint` class.
  return `<details class="hint"><summary>${escapeHtml(fieldName)}</summary>${text}</details>`;
}

// Anki's `type:` gives `[[type:Field]]`, which its reviewer turns into an input box on the
// question and a typed-vs-correct comparison on the answer. Here it gives markers that the card
// view turns into the same (type-answer.ts). As in Anki, the question's first type-in decides
// what is compared, an empty field shows no box, and every marker of the answer shows the result.
function typeFilter(variant: 'type' | 'type-cloze' | 'type-nc', fieldName: string, state: RenderState): string {
  if (state.frontSide !== null) return state.typeAnswer ? typeAnswerResult(state.typeAnswer) : '';
  const value = state.fields.get(fieldName) ?? '';
  const expected = stripTypeAnswerExpected(variant === 'type-cloze' ? extractClozeAnswer(value, state.ord + 1) : value);
  if (expected === '') return '';
  state.typeAnswer ??= { expected, combining: variant !== 'type-nc' };
  return TYPE_ANSWER_INPUT;
}

function applyFilters(value: string, filters: string[], fieldName: string, state: RenderState): string {
  let effective = filters;
  const last = filters[filters.length - 1];
  if (last === 'type') {
    if (filters.length === 2 && filters[0] === 'cloze') effective = ['type-cloze'];
    else if (filters.length === 2 && filters[0] === 'nc') effective = ['type-nc'];
    else effective = ['type'];
  }
  let text = value;
  const question = state.frontSide === null;
  for (const filter of effective) {
    switch (filter) {
      case 'text':
        text = stripAnkiHtml(text);
        break;
      case 'hint':
        text = hintFilter(text, fieldName);
        break;
      case 'cloze':
        text = renderClozeField(text, state.ord + 1, question);
        break;
      case 'cloze-only':
        text = renderClozeOnly(text, state.ord + 1, question);
        break;
      case 'type':
      case 'type-cloze':
      case 'type-nc':
        text = typeFilter(filter, fieldName, state);
        break;
      case 'furigana':
        text = applyRuby(text, (base, reading) => `<ruby><rb>${base}</rb><rt>${reading}</rt></ruby>`);
        break;
      case 'kana':
        text = applyRuby(text, (_base, reading) => reading);
        break;
      case 'kanji':
        text = applyRuby(text, (base) => base);
        break;
      default:
        // Unknown filters (add-ons, `tts …`) leave the text as it is, as Anki does without the add-on.
        break;
    }
  }
  return text;
}

function isClozeConditional(key: string): boolean {
  return /^c\d+$/.test(key);
}

function renderNodes(nodes: TemplateNode[], state: RenderState, out: string[]): void {
  for (const node of nodes) {
    if (node.kind === 'text') {
      out.push(node.text);
    } else if (node.kind === 'replacement') {
      if (node.key === 'FrontSide') {
        out.push(state.frontSide ?? '');
        continue;
      }
      if (node.key === '' && node.filters.length > 0) continue;
      const value = state.fields.get(node.key);
      if (value === undefined) {
        const shown = [...node.filters].reverse().concat(node.key).join(':');
        throw new TemplateProblem(`Found '{{${shown}}}', but there is no field called '${node.key}'.`);
      }
      out.push(applyFilters(value, node.filters, node.key, state));
    } else {
      let truthy: boolean;
      if (state.nonEmpty.has(node.key)) truthy = true;
      else if (state.fields.has(node.key) || isClozeConditional(node.key)) truthy = false;
      else
        throw new TemplateProblem(
          `Found '{{${node.negated ? '^' : '#'}${node.key}}}', but there is no field called '${node.key}'.`,
        );
      // The hidden branch is still rendered so that its errors show, as in Anki.
      const target = truthy !== node.negated ? out : [];
      renderNodes(node.children, state, target);
    }
  }
}

/** True if the template shows at least one non-empty field, special fields included (template.rs, render_card). */
function rendersAField(nodes: TemplateNode[], nonEmpty: Set<string>): boolean {
  for (const node of nodes) {
    if (node.kind === 'replacement' && nonEmpty.has(node.key)) return true;
    if (node.kind === 'conditional') {
      if (node.negated ? nonEmpty.has(node.key) : !nonEmpty.has(node.key)) continue;
      if (rendersAField(node.children, nonEmpty)) return true;
    }
  }
  return false;
}

function notice(side: 'Front' | 'Back' | null, problem: string): string {
  const header = side ? `<strong>${side} template has a problem:</strong><br>` : '';
  return `<div class="template-error">${header}${escapeHtml(problem)}</div>`;
}

function buildFieldMap(card: AnkiCardContext): Map<string, string> {
  const fields = new Map<string, string>(card.fields);
  // Special fields never clobber a note field of the same name.
  const subdeck = card.deckName.split('::').pop() ?? card.deckName;
  const special: Array<[string, string]> = [
    ['Tags', card.tags.join(' ')],
    ['Type', card.noteTypeName],
    ['Deck', card.deckName],
    ['Subdeck', subdeck],
    ['CardFlag', `flag${card.flags & 7}`],
    ['Card', card.templateName],
    ['CardID', card.cardId],
    [`c${card.cardOrd + 1}`, '1'],
  ];
  for (const [name, value] of special) if (!fields.has(name)) fields.set(name, value);
  return fields;
}

function toParsed(template: string | ParsedAnkiTemplate): ParsedAnkiTemplate {
  return typeof template === 'string' ? parseAnkiTemplate(template) : template;
}

/**
 * Renders one card's question and answer as Anki would. A broken template or a missing field
 * gives a visible `<div class="template-error">` on the card and a `problem`, never a throw.
 */
export function renderAnkiCard(
  qfmt: string | ParsedAnkiTemplate,
  afmt: string | ParsedAnkiTemplate,
  card: AnkiCardContext,
): RenderedAnkiCard {
  const fields = buildFieldMap(card);
  const nonEmpty = new Set<string>();
  for (const [name, value] of fields) if (!isAnkiFieldEmpty(value)) nonEmpty.add(name);
  const state: RenderState = { fields, nonEmpty, ord: card.cardOrd, frontSide: null, typeAnswer: null };

  const q = toParsed(qfmt);
  let question: string;
  try {
    if (!q.ok) throw new TemplateProblem(q.problem);
    const out: string[] = [];
    renderNodes(q.nodes, state, out);
    question = out.join('');
  } catch (error) {
    if (!(error instanceof TemplateProblem)) throw error;
    const html = notice('Front', error.message);
    return { question: html, answer: html, problem: `front template: ${error.message}` };
  }

  let blank: string | null = null;
  if (card.isCloze) {
    if (!findClozeNumbers(card.fields.map(([, value]) => value)).has(card.cardOrd + 1)) {
      blank = `No cloze ${card.cardOrd + 1} found on this card.`;
    }
  } else if (q.ok && !rendersAField(q.nodes, nonEmpty)) {
    blank = 'The front of this card is blank.';
  }
  if (blank !== null) {
    return { question: question + notice(null, blank), answer: notice(null, blank), problem: blank };
  }

  // {{FrontSide}} on the answer shows the question with its type-in box turned into the result, as in Anki.
  state.frontSide = state.typeAnswer
    ? question.split(TYPE_ANSWER_INPUT).join(typeAnswerResult(state.typeAnswer))
    : question;
  const a = toParsed(afmt);
  try {
    if (!a.ok) throw new TemplateProblem(a.problem);
    const out: string[] = [];
    renderNodes(a.nodes, state, out);
    return { question, answer: out.join(''), problem: null };
  } catch (error) {
    if (!(error instanceof TemplateProblem)) throw error;
    return { question, answer: notice('Back', error.message), problem: `back template: ${error.message}` };
  }
}
