import { describe, expect, it } from 'vitest';
import { sanitizeCardCss } from '../../src/ui/sanitize-css';

const resolve = (name: string) => (name === '_font.woff2' ? 'blob:app/1' : undefined);

describe('note-type CSS', () => {
  it('keeps ordinary Anki styling as written, escapes in strings and selectors included', () => {
    const css =
      '.card { font-family: arial; color: black; }\n.q:before { content: "\\""; } .x { content: "\\201C"; }\n.md\\:flex { display: flex; }\n.cloze { color: blue; }';
    expect(sanitizeCardCss(css)).toBe(css);
  });

  it('resolves a package font to its blob: URL and drops other urls and imports', () => {
    const out = sanitizeCardCss(
      '@font-face { font-family: f; src: url("_font.woff2"); } @import "https://x.example/a.css"; .a { background: url(https://x.example/b.png); }',
      resolve,
    );
    expect(out).toContain('url("blob:app/1")');
    expect(out).not.toMatch(/x\.example|@import/);
  });

  it.each([
    ['an escaped url(', '.b{background:u\\72l(http://evil.example/a.png)}'],
    ['a doubly escaped url(', '.b{background:u\\\\72l(http://evil.example/a.png)}'],
    ['an escaped backslash before the escape', '.b{background:\\5c 75rl(http://evil.example/a.png)}'],
    ['an escaped @import', '@\\69mport "http://evil.example/c.css";'],
    ['a line continuation inside a url string', '.c{background:url("http://evil.example/\\\nb.png")}'],
    ['image-set', '.d{background:image-set("http://evil.example/d.png" 1x)}'],
    ['an escaped scheme inside a url string', '.e{background:url("h\\74tp://evil.example/e.png")}'],
  ])('neutralizes %s', (_label, css) => {
    const out = sanitizeCardCss(`.card{color:red}${css}`);
    expect(out).not.toMatch(/evil\.example/);
  });

  it('closes nothing left open at the end: an unterminated url is still caught', () => {
    expect(sanitizeCardCss('.a{background:url(http://evil.example/c.png')).not.toMatch(/evil/);
    expect(sanitizeCardCss('.a{background:url("http://evil.example/d.png"')).not.toMatch(/evil/);
  });
});
