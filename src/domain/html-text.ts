/** Plain text out of card HTML, without a DOM: for search, empty-field checks and exports. */

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** Decodes named (the common ones), decimal and hex character references; `&nbsp;` becomes `nbsp`. */
export function decodeHtmlEntities(text: string, nbsp = '\u00a0'): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const code =
        name[1]!.toLowerCase() === 'x' ? Number.parseInt(name.slice(2), 16) : Number.parseInt(name.slice(1), 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    const lower = name.toLowerCase();
    return lower === 'nbsp' ? nbsp : (ENTITIES[lower] ?? whole);
  });
}

/** The text a reader sees in an HTML fragment: comments, scripts, styles and tags dropped, entities decoded. */
export function htmlToText(html: string): string {
  const stripped = html
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<(style|script)\b[\s\S]*?<\/\1\s*>/gi, '')
    .replace(/<(br|\/?(p|div|li|tr|h\d))\b[^>]*>/gi, ' ')
    .replace(/<[^>]*>/g, '');
  return decodeHtmlEntities(stripped, ' ');
}

/**
 * The text of field HTML as Anki's strip_html gives it: comments, style/script blocks and tags
 * removed (no spaces put in their place), entities decoded, `&nbsp;` as a plain space.
 */
export function htmlToPlainText(html: string): string {
  const stripped = html
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<(style|script)\b[\s\S]*?<\/\1\s*>/gi, '')
    .replace(/<[^>]*>/g, '');
  return decodeHtmlEntities(stripped, ' ');
}
