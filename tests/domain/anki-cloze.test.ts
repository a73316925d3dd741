import { describe, expect, it } from 'vitest';
import { extractClozeAnswer, findClozeNumbers, renderClozeField, renderClozeOnly } from '../../src/domain/anki-cloze';

describe('cloze rendering (Anki cloze.rs)', () => {
  const text = '{{c1::one}} {{c2::two::hint}}';

  it('hides the active cloze as [...] on the question and shows the others as text', () => {
    expect(renderClozeField(text, 1, true)).toBe(
      '<span class="cloze" data-cloze="one" data-ordinal="1">[...]</span> <span class="cloze-inactive" data-ordinal="2">two</span>',
    );
  });

  it('shows the hint in brackets when the cloze has one', () => {
    expect(renderClozeField(text, 2, true)).toContain('data-ordinal="2">[hint]</span>');
    expect(renderClozeField(text, 2, true)).toContain('<span class="cloze-inactive" data-ordinal="1">one</span>');
  });

  it('highlights the answer on the back', () => {
    expect(renderClozeField(text, 2, false)).toBe(
      '<span class="cloze-inactive" data-ordinal="1">one</span> <span class="cloze" data-ordinal="2">two</span>',
    );
  });

  it("renders a field without the card's cloze as empty", () => {
    expect(renderClozeField(text, 3, true)).toBe('');
    expect(renderClozeField('no clozes here', 1, false)).toBe('');
  });

  it('handles numbers above 9 as their own cards', () => {
    const many = '{{c1::a}} {{c10::j}} {{c11::k}}';
    expect(findClozeNumbers([many])).toEqual(new Set([1, 10, 11]));
    const q = renderClozeField(many, 10, true);
    expect(q).toContain('data-ordinal="10">[...]</span>');
    expect(q).toContain('<span class="cloze-inactive" data-ordinal="1">a</span>');
    expect(q).toContain('<span class="cloze-inactive" data-ordinal="11">k</span>');
  });

  it('nests: the outer cloze hides everything inside it, the inner one hides only itself', () => {
    const nested = '{{c1::outer {{c2::inner}} end}}';
    const q1 = renderClozeField(nested, 1, true);
    expect(q1).toMatch(/^<span class="cloze" data-cloze="[^"]*inner[^"]*" data-ordinal="1">\[\.\.\.\]<\/span>$/);
    const q2 = renderClozeField(nested, 2, true);
    expect(q2).toBe(
      '<span class="cloze-inactive" data-ordinal="1">outer <span class="cloze" data-cloze="inner" data-ordinal="2">[...]</span> end</span>',
    );
    const a2 = renderClozeField(nested, 2, false);
    expect(a2).toContain('<span class="cloze" data-ordinal="2">inner</span>');
  });

  it('shares one deletion between several cards with c1,2', () => {
    expect(renderClozeField('{{c1,2::both}}', 2, true)).toContain('data-ordinal="1,2">[...]');
    expect(findClozeNumbers(['{{c1,2::both}}'])).toEqual(new Set([1, 2]));
  });

  it('escapes the hidden answer inside the data-cloze attribute', () => {
    expect(renderClozeField('{{c1::a "quoted" <b>x</b>}}', 1, true)).toContain(
      'data-cloze="a &quot;quoted&quot; &lt;b&gt;x&lt;/b&gt;"',
    );
  });

  it('keeps a stray }} as text and ignores c0', () => {
    expect(renderClozeField('a }} {{c1::b}}', 1, false)).toBe('a }} <span class="cloze" data-ordinal="1">b</span>');
    expect(findClozeNumbers(['{{c0::zero}}'])).toEqual(new Set());
  });

  it('gives cloze-only text and the typed answer', () => {
    expect(renderClozeOnly('{{c1::x}} and {{c1::y::why}}', 1, false)).toBe('x, y');
    expect(renderClozeOnly('{{c1::x}} and {{c1::y::why}}', 1, true)).toBe('..., why');
    expect(extractClozeAnswer('{{c1::same}} {{c1::same}}', 1)).toBe('same');
  });

  it('strips HTML inside MathJax so a cloze in a formula stays valid', () => {
    const a = renderClozeField('\\({{c1::x^2}}\\)', 1, false);
    expect(a).toBe('\\(x^2\\)');
  });
});
