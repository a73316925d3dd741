/**
 * The second pass over a note type's stylesheet (after sanitizeCardCss has dealt with loads):
 * it is parsed by the browser's own CSS parser, in a constructed stylesheet that applies to
 * nothing, and rewritten rule by rule so that the card stays in its box:
 * - `position: fixed | sticky` and huge `z-index` values are dropped (card-style-policy.ts);
 * - rules aimed at the host (`:host`, `:scope`, `@scope`) keep only inherited text and colour
 *   properties, so no rule can move, resize, hide or un-contain the host element;
 * - `@property` and other rules whose effect is document-wide are dropped;
 * - `:root`, `html` and `body` selectors, which match nothing inside a shadow root, are mapped
 *   to the card root and Anki's `.card` element, so CSS variables and base fonts apply.
 * The result is serialized by the same parser, so what the checks saw is what applies.
 */
import { isContainedDeclaration, isHostSafeProperty } from './card-style-policy';

/** What `:root` / `html` become: the element that stands for the page in a card's shadow root. */
export const CARD_ROOT_SELECTOR = '.card-root';
/** What `body` becomes: Anki puts `card cardN` on <body>; here that class is on the card's wrapper. */
export const CARD_BODY_SELECTOR = '.card';

const TYPE_START = /[\s>+~,(]/;

/**
 * Rewrites `:root`, `html` and `body` in a selector list to the card's own elements. Strings,
 * attribute selectors, classes and ids (`.body`, `#html`) are left alone.
 */
export function mapRootSelectors(selector: string): string {
  let out = '';
  let i = 0;
  while (i < selector.length) {
    const char = selector[i]!;
    if (char === '"' || char === "'") {
      const end = findStringEnd(selector, i);
      out += selector.slice(i, end);
      i = end;
      continue;
    }
    if (char === '[') {
      const end = findBracketEnd(selector, i);
      out += selector.slice(i, end);
      i = end;
      continue;
    }
    if (char === '\\') {
      out += selector.slice(i, i + 2);
      i += 2;
      continue;
    }
    const atStart = i === 0 || TYPE_START.test(selector[i - 1]!);
    const rest = selector.slice(i);
    const root = /^:root(?![\w-])/i.exec(rest);
    if (root) {
      out += CARD_ROOT_SELECTOR;
      i += root[0].length;
      continue;
    }
    const type = atStart ? /^(html|body)(?![\w-])/i.exec(rest) : null;
    if (type) {
      out += type[1]!.toLowerCase() === 'html' ? CARD_ROOT_SELECTOR : CARD_BODY_SELECTOR;
      i += type[0].length;
      continue;
    }
    // Skip a whole identifier (a class, an id, a pseudo-class name) so its tail is never matched.
    const word = /^[.#:]*[\w-]+/.exec(rest);
    if (word) {
      out += word[0];
      i += word[0].length;
      continue;
    }
    out += char;
    i += 1;
  }
  return out;
}

function findStringEnd(text: string, start: number): number {
  const quote = text[start];
  let i = start + 1;
  while (i < text.length && text[i] !== quote) i += text[i] === '\\' ? 2 : 1;
  return Math.min(i + 1, text.length);
}

function findBracketEnd(text: string, start: number): number {
  let i = start + 1;
  while (i < text.length && text[i] !== ']') {
    if (text[i] === '"' || text[i] === "'") i = findStringEnd(text, i);
    else i += text[i] === '\\' ? 2 : 1;
  }
  return Math.min(i + 1, text.length);
}

const HOST_SELECTOR = /:host|:scope/i;

type StyleHolder = CSSRule & { style: CSSStyleDeclaration };
type RuleHolder = CSSRule & { cssRules: CSSRuleList; deleteRule(index: number): void };

function isA(rule: CSSRule, name: string): boolean {
  const type = (globalThis as Record<string, unknown>)[name];
  return typeof type === 'function' && rule instanceof (type as new () => CSSRule);
}

function hasStyle(rule: CSSRule): rule is StyleHolder {
  return 'style' in rule && typeof (rule as StyleHolder).style === 'object';
}

function hasRules(rule: CSSRule): rule is RuleHolder {
  return 'cssRules' in rule && typeof (rule as RuleHolder).deleteRule === 'function';
}

/** Rules a card may keep; anything else (@property, @page, @counter-style, ...) acts on the whole page. */
function isKnownRule(rule: CSSRule): boolean {
  return [
    'CSSStyleRule',
    'CSSNestedDeclarations',
    'CSSMediaRule',
    'CSSSupportsRule',
    'CSSContainerRule',
    'CSSLayerBlockRule',
    'CSSLayerStatementRule',
    'CSSScopeRule',
    'CSSStartingStyleRule',
    'CSSKeyframesRule',
    'CSSKeyframeRule',
    'CSSFontFaceRule',
  ].some((name) => isA(rule, name));
}

function cleanDeclarations(style: CSSStyleDeclaration, host: boolean): void {
  const names = Array.from({ length: style.length }, (_, i) => style.item(i));
  for (const name of names) {
    const value = style.getPropertyValue(name);
    if ((host && !isHostSafeProperty(name)) || !isContainedDeclaration(name, value)) style.removeProperty(name);
  }
}

/** Cleans one rule in place; false: the rule must go. `host`: an enclosing rule is aimed at the host. */
function cleanRule(rule: CSSRule, host: boolean): boolean {
  if (!isKnownRule(rule)) return false;
  let aimsAtHost = host || isA(rule, 'CSSScopeRule');
  if ('selectorText' in rule && typeof rule.selectorText === 'string') {
    const styleRule = rule as CSSStyleRule;
    aimsAtHost ||= HOST_SELECTOR.test(styleRule.selectorText);
    const mapped = mapRootSelectors(styleRule.selectorText);
    if (mapped !== styleRule.selectorText) styleRule.selectorText = mapped;
  }
  // Font descriptors are not properties; only their source URL matters, and sanitizeCardCss has checked it.
  if (hasStyle(rule) && !isA(rule, 'CSSFontFaceRule')) cleanDeclarations(rule.style, aimsAtHost);
  if (hasRules(rule)) {
    for (let i = rule.cssRules.length - 1; i >= 0; i -= 1) {
      const child = rule.cssRules[i]!;
      if (cleanRule(child, aimsAtHost)) continue;
      if (isA(rule, 'CSSKeyframesRule'))
        (rule as unknown as CSSKeyframesRule).deleteRule((child as CSSKeyframeRule).keyText);
      else rule.deleteRule(i);
    }
  }
  return true;
}

/**
 * Keeps a note type's stylesheet inside the card (see the module comment). Needs a DOM with
 * constructable stylesheets; returns "" for a stylesheet the parser refuses.
 */
export function containCardCss(css: string): string {
  if (css.trim() === '') return '';
  const sheet = new CSSStyleSheet();
  try {
    sheet.replaceSync(css);
  } catch {
    return '';
  }
  const kept: string[] = [];
  for (const rule of Array.from(sheet.cssRules)) if (cleanRule(rule, false)) kept.push(rule.cssText);
  return kept.join('\n');
}
