/**
 * What a card's styles may do, for inline `style` attributes and note-type stylesheets alike:
 * lay out and hide its own content (display, visibility, floats, flex, grid, absolute
 * positioning inside the card), never step out of the card's box or over the app. The card's
 * host clips and contains it (contain: paint), so what is left to refuse is what would reach
 * the page around it: fixed and sticky positioning, a stacking order meant to beat the app's,
 * and rules that move or resize the host element itself.
 */

/** Properties an inline style attribute may set (a stylesheet may set any, within the checks below). */
const INLINE_PROPERTIES = new Set([
  // Text and colour
  'color',
  'background',
  'background-color',
  'background-image',
  'opacity',
  'font',
  'font-weight',
  'font-style',
  'font-size',
  'font-family',
  'font-variant',
  'text-decoration',
  'text-decoration-line',
  'text-decoration-color',
  'text-decoration-style',
  'text-align',
  'text-indent',
  'text-transform',
  'text-shadow',
  'text-overflow',
  'vertical-align',
  'line-height',
  'letter-spacing',
  'word-spacing',
  'word-break',
  'overflow-wrap',
  'word-wrap',
  'white-space',
  'direction',
  'unicode-bidi',
  'writing-mode',
  // Box
  'margin',
  'margin-top',
  'margin-bottom',
  'margin-left',
  'margin-right',
  'padding',
  'padding-top',
  'padding-bottom',
  'padding-left',
  'padding-right',
  'border',
  'border-top',
  'border-bottom',
  'border-left',
  'border-right',
  'border-color',
  'border-style',
  'border-width',
  'border-collapse',
  'border-spacing',
  'border-radius',
  'outline',
  'box-shadow',
  'box-sizing',
  'width',
  'min-width',
  'max-width',
  'height',
  'min-height',
  'max-height',
  // Layout and hiding: what templates use to show a part on one side only.
  'display',
  'visibility',
  'position',
  'top',
  'right',
  'bottom',
  'left',
  'inset',
  'z-index',
  'float',
  'clear',
  'overflow',
  'overflow-x',
  'overflow-y',
  'flex',
  'flex-direction',
  'flex-wrap',
  'flex-flow',
  'flex-grow',
  'flex-shrink',
  'flex-basis',
  'order',
  'justify-content',
  'justify-items',
  'justify-self',
  'align-content',
  'align-items',
  'align-self',
  'place-content',
  'place-items',
  'gap',
  'row-gap',
  'column-gap',
  'grid-template-columns',
  'grid-template-rows',
  'grid-column',
  'grid-row',
  'grid-area',
  'columns',
  'column-count',
  'table-layout',
  'caption-side',
  'empty-cells',
  'list-style',
  'list-style-type',
  'list-style-position',
  'cursor',
]);

/** Positioning that stays inside the card: fixed and sticky would pin content over the app. */
const CONTAINED_POSITION = /^(?:static|relative|absolute|inherit|initial|unset|revert|revert-layer)$/i;

/** A stacking order inside the card: small integers. A huge one is meant to beat the app's. */
const CONTAINED_Z_INDEX = /^(?:auto|inherit|initial|unset|revert|revert-layer|-?\d{1,4})$/i;

/** A value that could load something, run something, or hide such a thing from these checks. */
const UNSAFE_VALUE =
  /url\s*\(|image-set|image\s*\(|cross-fade|element\s*\(|expression\s*\(|@import|javascript:|\\|[<>]/i;

/**
 * Properties a rule aimed at the card's host (`:host`, `:scope`) may set: what is inherited
 * into the card (text, colour, custom properties) and the host's own background. Anything that
 * would move, resize, hide, transform or un-contain the host is refused.
 */
const HOST_PROPERTY =
  /^(?:--.+|color|font(?:-.+)?|text-(?:align|decoration.*|indent|shadow|transform)|letter-spacing|word-spacing|line-height|white-space|background(?:-(?:color|image))?|caret-color|accent-color|hyphens|tab-size|quotes|list-style(?:-.+)?|cursor)$/i;

function withoutImportant(value: string): string {
  return value.replace(/!\s*important\s*$/i, '').trim();
}

/** True when `property: value` keeps the card's content inside the card (any property name). */
export function isContainedDeclaration(property: string, value: string): boolean {
  const name = property.trim().toLowerCase();
  const bare = withoutImportant(value);
  if (name === 'position') return CONTAINED_POSITION.test(bare);
  if (name === 'z-index') return CONTAINED_Z_INDEX.test(bare);
  return true;
}

/** True when a rule aimed at the host element may set this property. */
export function isHostSafeProperty(property: string): boolean {
  return HOST_PROPERTY.test(property.trim());
}

/**
 * An inline `style` attribute with only the declarations a card may use: allowlisted
 * properties, contained values, nothing that loads or hides from the checks. "" if none is left.
 */
export function keepCardInlineStyle(style: string): string {
  return style
    .split(';')
    .map((declaration) => declaration.trim())
    .filter((declaration) => {
      const colon = declaration.indexOf(':');
      if (colon <= 0) return false;
      const property = declaration.slice(0, colon).trim().toLowerCase();
      const value = declaration.slice(colon + 1);
      return INLINE_PROPERTIES.has(property) && !UNSAFE_VALUE.test(value) && isContainedDeclaration(property, value);
    })
    .join('; ');
}
