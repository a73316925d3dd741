/**
 * Makes a note type's stylesheet safe to apply inside a card: nothing may load from another
 * origin, so @import rules are dropped and url(...) references are kept only when they name
 * a file of the package that `resolveMedia` turns into a blob: URL (fonts such as "_font.ttf").
 */
export function sanitizeCardCss(css: string, resolveMedia: (name: string) => string | undefined = () => undefined): string {
  return css
    .replace(/<\/?style[^>]*>/gi, '')
    .replace(/@import[^;]*;?/gi, '')
    .replace(/url\(\s*(['"]?)(.*?)\1\s*\)/gi, (_whole, _quote: string, target: string) => {
      const url = /^[a-z][a-z0-9+.-]*:|^\/\//i.test(target) ? undefined : resolveMedia(target);
      return url ? `url("${url}")` : 'none';
    })
    .replace(/expression\s*\(/gi, 'invalid(');
}
