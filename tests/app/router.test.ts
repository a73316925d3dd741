import { describe, expect, it } from 'vitest';
import { fillPath, matchPath, pathOfHash } from '../../src/app/router';

describe('hash routes', () => {
  it('reads the path from the address bar hash', () => {
    expect(pathOfHash('#/study/all')).toBe('study/all');
    expect(pathOfHash('#settings')).toBe('settings');
    expect(pathOfHash('')).toBe('');
  });

  it('matches patterns with parameters, and only them', () => {
    expect(matchPath('', '')).toEqual({});
    expect(matchPath('settings', 'settings')).toEqual({});
    expect(matchPath('settings', 'import')).toBeNull();
    expect(matchPath('study/:scope', 'study/all')).toEqual({ scope: 'all' });
    expect(matchPath('study/:scope', 'study')).toBeNull();
    expect(matchPath('study/:scope', 'study/')).toBeNull();
    expect(matchPath('settings', 'settings/extra')).toBeNull();
  });

  it('a parameter survives the round trip, slashes and spaces included', () => {
    const scope = 'Spanish::Animals/2 ü';
    const path = fillPath('study/:scope', { scope });
    expect(path).toBe('study/Spanish%3A%3AAnimals%2F2%20%C3%BC');
    expect(matchPath('study/:scope', path)).toEqual({ scope });
    // An address typed by hand with a raw slash still finds the deck.
    expect(matchPath('study/:scope', 'study/a/b')).toEqual({ scope: 'a/b' });
  });
});
