/**
 * Type-in answers inside a card: the question's marker becomes a real input box (made here,
 * never from the deck's markup), and the answer's markers show Anki's comparison, built as
 * text nodes so nothing typed can become markup.
 */
import { compareTypedAnswer, type TypeAnswerToken } from '../domain/type-answer';

/** What the study screen shares between the two sides of a card. */
export interface TypeInState {
  value: string;
  onChange(value: string): void;
  /** Enter in the box: show the answer. */
  onSubmit(): void;
}

/** Anki's reviewer colours for the comparison; a note type's own CSS comes after and wins. */
export const TYPE_IN_CSS =
  '#typeans{font-family:ui-monospace,Menlo,Consolas,monospace;white-space:pre-wrap}' +
  'input#typeans{box-sizing:border-box;width:100%;max-width:30em;min-height:44px;font:inherit;padding:.4em .6em;border:1px solid currentColor;border-radius:8px;background:transparent;color:inherit}' +
  '.typeGood{background:#afa;color:#000}.typeBad{background:#faa;color:#000}.typeMissed{background:#ccc;color:#000}' +
  '.type-answer{margin:.5em 0}.visually-hidden{position:absolute;width:1px;height:1px;overflow:hidden;clip-path:inset(50%);white-space:nowrap}';

const CLASSES: Record<TypeAnswerToken['kind'], string> = { good: 'typeGood', bad: 'typeBad', missed: 'typeMissed' };

function appendTokens(doc: Document, parent: HTMLElement, tokens: TypeAnswerToken[]): void {
  for (const token of tokens) {
    const span = doc.createElement('span');
    span.className = CLASSES[token.kind];
    span.textContent = token.text;
    parent.append(span);
  }
}

function buildComparison(
  doc: Document,
  expected: string,
  typed: string,
  combining: boolean,
  first: boolean,
): HTMLElement {
  const code = doc.createElement('code');
  if (first) code.id = 'typeans';
  const result = compareTypedAnswer(expected, typed, combining);
  const summary = doc.createElement('span');
  summary.className = 'visually-hidden';
  if (result.kind === 'not-typed') {
    code.textContent = result.expected;
    return code;
  }
  if (result.kind === 'correct') {
    summary.textContent = 'You typed the answer correctly: ';
    code.append(summary);
    appendTokens(doc, code, [{ kind: 'good', text: result.expected }]);
    return code;
  }
  summary.textContent = `You typed "${typed}"; the answer is "${expected}". Compared: `;
  code.append(summary);
  appendTokens(doc, code, result.typed);
  const arrow = doc.createElement('span');
  if (first) arrow.id = 'typearrow';
  arrow.setAttribute('aria-hidden', 'true');
  arrow.textContent = '↓';
  code.append(doc.createElement('br'), arrow, doc.createElement('br'));
  appendTokens(doc, code, result.expected);
  return code;
}

/**
 * Puts the input box on the question side (focused, Enter submits), or the comparison of what
 * was typed on the answer side. Returns the box, if one was placed.
 */
export function placeTypeIn(
  root: HTMLElement,
  side: 'front' | 'back',
  state: TypeInState | undefined,
): HTMLInputElement | null {
  const doc = root.ownerDocument;
  if (side === 'front') {
    const markers = Array.from(root.querySelectorAll<HTMLElement>('[data-type-answer="input"]'));
    // Anki reads one typed answer per card: the first box takes it, any other is dropped.
    markers.slice(1).forEach((marker) => marker.remove());
    const marker = markers[0];
    if (!marker) return null;
    const input = doc.createElement('input');
    input.type = 'text';
    input.id = 'typeans';
    input.autocomplete = 'off';
    input.setAttribute('autocapitalize', 'off');
    input.spellcheck = false;
    input.setAttribute('aria-label', 'Type your answer, then press Enter');
    input.placeholder = 'Type your answer';
    input.value = state?.value ?? '';
    if (!state) input.readOnly = true;
    input.addEventListener('input', () => state?.onChange(input.value));
    input.addEventListener('keydown', (event) => {
      if (event.key !== 'Enter' || event.isComposing) return;
      event.preventDefault();
      state?.onSubmit();
    });
    marker.replaceChildren(input);
    return input;
  }
  Array.from(root.querySelectorAll<HTMLElement>('[data-type-answer="compare"]')).forEach((marker, i) => {
    const expected = marker.getAttribute('data-expected') ?? '';
    const combining = marker.getAttribute('data-combining') !== 'false';
    marker.replaceChildren(buildComparison(doc, expected, state?.value ?? '', combining, i === 0));
  });
  return null;
}
