// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { App } from '../../src/ui/App';
import { matchRoute, navigate, ROUTES, routeHref } from '../../src/ui/routes';
import { makeDeck, manualClock, startApp } from '../helpers/app-fixture';

afterEach(() => {
  cleanup();
  navigate('home');
});

/** The heading each screen opens with. */
const HEADINGS: Record<string, RegExp> = {
  home: /^Decks$/,
  study: /^Alpha$/,
  import: /^Import$/,
  data: /^Your data$/,
  settings: /^Settings$/,
  rehearse: /^Rehearse$/,
  'rehearse-card': /^Rehearse$/,
  stories: /^My stories$/,
  'story-for': /^My stories$/,
  browse: /^Browse$/,
  add: /^Add cards$/,
  edit: /^Edit card$/,
  'study-edit': /^Edit card$/,
  stats: /^Stats$/,
  'custom-study': /^Custom study$/,
};

/** The parameters each screen's path needs. */
const PARAMS: Record<string, Record<string, string>> = {
  study: { scope: 'alpha' },
  'rehearse-card': { cardId: 'alpha/c1' },
  'story-for': { cardId: 'alpha/c1' },
  edit: { card: 'alpha/c1' },
  'study-edit': { scope: 'alpha', card: 'alpha/c1' },
};

describe('the route table', () => {
  it('the navigation lists every screen the table labels, in its order', async () => {
    const app = await startApp([makeDeck('alpha', 2, 'Alpha')], manualClock(Date.UTC(2026, 11, 1, 10)));
    render(<App services={app.services} />);
    const links = within(screen.getByRole('navigation', { name: 'Main' })).getAllByRole('link');
    const labelled = ROUTES.filter((r) => 'nav' in r);
    expect(links.map((l) => l.textContent)).toEqual(labelled.map((r) => ('nav' in r ? r.nav : '')));
    expect(links.map((l) => l.getAttribute('href'))).toEqual(labelled.map((r) => routeHref(r.name)));
  });

  it.each(ROUTES.map((r) => r.name))('the %s screen is rendered from its entry', async (name) => {
    expect(HEADINGS[name], `a heading for the "${name}" screen in this test`).toBeDefined();
    const app = await startApp([makeDeck('alpha', 2, 'Alpha')], manualClock(Date.UTC(2026, 11, 1, 10)));
    navigate(name, PARAMS[name] ?? {});
    render(<App services={app.services} />);
    expect(await screen.findByRole('heading', { level: 1, name: HEADINGS[name] })).toBeTruthy();
  });

  it('an unknown address shows Home; a deck id with a slash reaches its deck', () => {
    expect(matchRoute('no/such/screen').route.name).toBe('home');
    expect(matchRoute('study/a%2Fb')).toMatchObject({ route: { name: 'study' }, params: { scope: 'a/b' } });
    expect(matchRoute('study/a%2Fb/edit/a%2Fb%2Fc1')).toMatchObject({
      route: { name: 'study-edit' },
      params: { scope: 'a/b', card: 'a/b/c1' },
    });
  });
});
