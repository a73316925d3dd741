/**
 * Makes a note type's stylesheet safe to apply inside a card: nothing may load from another
 * origin. @import rules are dropped, image-set()/image()/cross-fade()/element()/expression()
 * become `none`, and url(...) is kept only when it names a file of the package that
 * `resolveMedia` turns into a blob: URL (fonts such as "_font.ttf"). The text is otherwise left
 * as written (escapes in strings and selectors are legitimate). A stylesheet that still hides
 * one of those constructs behind CSS escapes or line continuations is hostile: it is dropped
 * whole. The result is meant for a <style> element's textContent, never for markup.
 */
const FORBIDDEN = /@import|url\s*\(|(?:image-set|image|cross-fade|element|expression)\s*\(/i;

export function sanitizeCardCss(
  css: string,
  resolveMedia: (name: string) => string | undefined = () => undefined,
): string {
  let text = css;
  // Repeat until stable, so that "</sty</style>le>" cannot reassemble.
  for (let previous = ''; previous !== text;) {
    previous = text;
    text = text.replace(/<\/?style[^>]*>/gi, '');
  }
  // A backslash before a line break continues a string: a way to hide a URL from the checks.
  if (/\\\r?\n/.test(text)) return '';
  const resolved: string[] = [];
  const cleaned = text
    .replace(/@import[^;]*(?:;|$)/gi, '')
    .replace(/url\(\s*(['"]?)(.*?)\1\s*(?:\)|$)/gis, (_whole, _quote: string, target: string) => {
      const url = /^[a-z][a-z0-9+.-]*:|^\/\//i.test(target.trim()) ? undefined : resolveMedia(target.trim());
      if (!url) return 'none';
      resolved.push(url);
      return `url("${url}")`;
    })
    .replace(/(?:-webkit-)?(?:image-set|image|cross-fade|element|expression)\s*\((?:[^)]*)(?:\)|$)/gi, 'none');
  // What the browser would read once escapes are decoded (decoded again until nothing changes,
  // to be strict about escaped escapes): anything forbidden left means obfuscation.
  let decoded = cleaned;
  for (let previous = ''; previous !== decoded;) {
    previous = decoded;
    decoded = decodeCssEscapes(decoded);
  }
  for (const url of resolved) decoded = decoded.split(`url("${url}")`).join('');
  return FORBIDDEN.test(decoded) ? '' : cleaned;
}

/** Turns CSS escapes ("\72", "\000072 ", "\:") into the characters they stand for. */
function decodeCssEscapes(css: string): string {
  return css.replace(
    /\\(?:([0-9a-f]{1,6})\s?|([^\n0-9a-f]))/gi,
    (_whole, hex: string | undefined, char: string | undefined) => {
      if (char !== undefined) return char;
      const code = Number.parseInt(hex!, 16);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : '\uFFFD';
    },
  );
}
