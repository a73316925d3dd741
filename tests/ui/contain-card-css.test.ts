// @vitest-environment jsdom
// jsdom's CSS parser stands in for the browser's here; tests/e2e/card-safety.e2e.test.ts runs the
// same stylesheets through Chromium's and checks that the app stays usable.
import { describe, expect, it } from 'vitest';
import { containCardCss, mapRootSelectors } from '../../src/ui/contain-card-css';

/** The rules of a cleaned stylesheet, whitespace collapsed, for comparison. */
function rules(css: string): string[] {
  return containCardCss(css)
    .split('\n')
    .map((rule) => rule.replace(/\s+/g, ' ').trim())
    .filter(Boolean);
}

describe('mapRootSelectors: :root, html and body reach the card', () => {
  it.each([
    [':root', '.card-root'],
    ['html', '.card-root'],
    ['body', '.card'],
    ['html body .x', '.card-root .card .x'],
    ['html>body', '.card-root>.card'],
    ['body.nightMode, .night_mode body', '.card.nightMode, .night_mode .card'],
    [':not(:root) p', ':not(.card-root) p'],
    [':is(html, body) b', ':is(.card-root, .card) b'],
    ['body::before', '.card::before'],
  ])('%s -> %s', (selector, mapped) => {
    expect(mapRootSelectors(selector)).toBe(mapped);
  });

  it.each(['.body', '#html', '.x-body', 'tbody', 'htmlish', '[title="html body"]', "a[href*='body']", '.a\\:root'])(
    'leaves %s alone',
    (selector) => {
      expect(mapRootSelectors(selector)).toBe(selector);
    },
  );
});

describe('containCardCss', () => {
  it('keeps ordinary note-type styling, CSS variables on :root now applying to the card root', () => {
    expect(
      rules(
        ':root { --accent: #c00; } html { font-size: 20px; } body { text-align: center; } .card { color: var(--accent); }',
      ),
    ).toEqual([
      '.card-root { --accent: #c00; }',
      '.card-root { font-size: 20px; }',
      '.card { text-align: center; }',
      '.card { color: var(--accent); }',
    ]);
  });

  it('drops fixed and sticky positions and huge z-indexes, keeping the rest of each rule', () => {
    expect(
      rules(
        'a { position: fixed; inset: 0; opacity: .01 } .bar { position: sticky; top: 0; color: red } .pop { position: absolute; z-index: 2147483647; left: 0 } .ok { position: relative; z-index: 2 }',
      ),
    ).toEqual([
      'a { inset: 0px; opacity: 0.01; }',
      '.bar { top: 0px; color: red; }',
      '.pop { position: absolute; left: 0px; }',
      '.ok { position: relative; z-index: 2; }',
    ]);
  });

  it('lets a :host rule set only inherited text and colour, never move, resize, hide or un-contain the host', () => {
    expect(
      rules(
        ':host { position: fixed; inset: 0; z-index: 2147483647; width: 100vw; height: 300vh; margin: -500px 0 0; transform: scale(20); display: contents; contain: none; overflow: visible; color: navy; font-size: 18px; --tone: 3; }',
      ),
    ).toEqual([':host { color: navy; font-size: 18px; --tone: 3; }']);
    expect(rules(':host(.card-back) { height: 5000px; background-color: #eee }')).toEqual([
      ':host(.card-back) { background-color: rgb(238, 238, 238); }',
    ]);
  });

  it('cleans rules inside @media, @supports and nesting the same way, and drops page-wide at-rules', () => {
    const out = containCardCss(
      '@media (min-width: 1px) { :host { width: 100vw; color: red } .z { position: fixed; color: blue } } @supports (display: grid) { html { display: grid } } @property --app-bg { syntax: "<length>"; inherits: false; initial-value: 0px } :host { & { height: 9999px } }',
    ).replace(/\s+/g, ' ');
    expect(out).toContain(':host { color: red; }');
    expect(out).toContain('.z { color: blue; }');
    expect(out).toContain('.card-root { display: grid; }');
    expect(out).not.toMatch(/100vw|fixed|9999px|@property/);
  });

  it('drops a huge z-index inside keyframes', () => {
    const out = containCardCss('@keyframes up { from { z-index: 1 } to { z-index: 2147483647; opacity: 1 } }');
    expect(out).not.toContain('2147483647');
    expect(out).toContain('opacity: 1');
  });

  it('gives nothing for an empty stylesheet', () => {
    expect(containCardCss('  ')).toBe('');
  });
});
