/**
 * Makes a note type's stylesheet safe to apply inside a card: nothing may load from another
 * origin, so @import rules are dropped, image-set()/image()/cross-fade()/element() are
 * disabled, and url(...) references are kept only when they name a file of the package that
 * `resolveMedia` turns into a blob: URL (fonts such as "_font.ttf"). CSS escapes are decoded
 * first so that "u\72l(" or "@\69mport" cannot slip past. The result is meant for a <style>
 * element's textContent, never for markup.
 */
export function sanitizeCardCss(css: string, resolveMedia: (name: string) => string | undefined = () => undefined): string {
  let text = decodeCssEscapes(css);
  // Repeat until stable, so that "</sty</style>le>" cannot reassemble.
  for (let previous = ''; previous !== text; ) {
    previous = text;
    text = text.replace(/<\/?style[^>]*>/gi, '');
  }
  return text
    .replace(/@import[^;]*;?/gi, '')
    .replace(/url\(\s*(['"]?)(.*?)\1\s*\)/gi, (_whole, _quote: string, target: string) => {
      const url = /^[a-z][a-z0-9+.-]*:|^\/\//i.test(target) ? undefined : resolveMedia(target);
      return url ? `url("${url}")` : 'none';
    })
    .replace(/(?:-webkit-)?(?:image-set|image|cross-fade|element|expression)\s*\([^)]*\)/gi, 'none');
}

/** Turns CSS escapes ("\72", "\000072 ", "\:") into the characters they stand for. */
function decodeCssEscapes(css: string): string {
  return css.replace(/\\(?:([0-9a-f]{1,6})\s?|([^\n0-9a-f]))/gi, (_whole, hex: string | undefined, char: string | undefined) => {
    if (char !== undefined) return char;
    const code = Number.parseInt(hex!, 16);
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : '\uFFFD';
  });
}
