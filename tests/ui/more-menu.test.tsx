// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { App } from '../../src/ui/App';
import { navigate, ROUTES, routeHref } from '../../src/ui/routes';
import { makeDeck, manualClock, startApp } from '../helpers/app-fixture';

afterEach(() => {
  cleanup();
  navigate('home');
});

describe("the header's More menu", () => {
  it('shows the screens the header has no room for, goes there, and closes', async () => {
    const app = await startApp([makeDeck('alpha', 2, 'Alpha')], manualClock(Date.UTC(2026, 11, 1, 10)));
    render(<App services={app.services} />);
    const nav = screen.getByRole('navigation', { name: 'Main' });
    const more = within(nav).getByRole('button', { name: 'More' });
    expect(more.getAttribute('aria-expanded')).toBe('false');
    fireEvent.click(more);
    expect(more.getAttribute('aria-expanded')).toBe('true');
    const inMenu = ROUTES.filter((r) => 'more' in r);
    expect(inMenu.map((r) => r.name)).toEqual(['rehearse', 'stories', 'browse', 'add', 'stats', 'custom-study']);
    for (const route of inMenu) {
      const link = within(nav).getByRole('link', { name: 'more' in route ? route.more : '' });
      expect(link.getAttribute('href')).toBe(routeHref(route.name));
    }
    fireEvent.keyDown(window, { key: 'Escape' });
    expect(more.getAttribute('aria-expanded')).toBe('false');
    expect(document.activeElement).toBe(more);

    fireEvent.click(more);
    fireEvent.click(within(nav).getByRole('link', { name: 'Stats' }));
    navigate('stats');
    expect(await screen.findByRole('heading', { level: 1, name: 'Stats' })).toBeTruthy();
    expect(more.getAttribute('aria-expanded')).toBe('false');
    expect(more.className).toContain('current');
  });
});
