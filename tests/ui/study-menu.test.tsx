// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { currentPath } from '../../src/app/router';
import { App } from '../../src/ui/App';
import { preloadScreen } from '../../src/ui/Lazy';
import { navigate } from '../../src/ui/routes';
import { makeDeck, manualClock, startApp } from '../helpers/app-fixture';

const T = Date.UTC(2026, 11, 1, 10, 0);

async function renderStudy(cards = 3) {
  const clock = manualClock(T, 60);
  const app = await startApp([makeDeck('alpha', cards, 'Alpha')], clock);
  await preloadScreen('study', app.services);
  navigate('study', { scope: 'alpha' });
  render(<App services={app.services} />);
  await screen.findByRole('button', { name: 'Show answer' });
  return { ...app, clock };
}

afterEach(() => {
  cleanup();
  navigate('home');
});

const menuButton = () => screen.getByRole('button', { name: 'Card actions' });

describe("the study screen's card menu", () => {
  it('is a thumb-sized "⋯" button that opens the card actions and closes with Esc, focus back on it', async () => {
    await renderStudy();
    const button = menuButton();
    expect(button.textContent).toBe('⋯');
    expect(button.getAttribute('aria-expanded')).toBe('false');
    fireEvent.click(button);
    expect(button.getAttribute('aria-expanded')).toBe('true');
    const panel = screen.getByRole('list', { name: 'Card actions' });
    const names = within(panel)
      .getAllByRole('button')
      .map((b) => b.textContent);
    expect(names.slice(0, 3)).toEqual(['Edit card E', 'Suspend card @', 'Bury until tomorrow -']);
    expect(names).toContain('⚑Red flagCtrl+1');
    expect(within(panel).getByRole('button', { name: 'Suspend card' }).getAttribute('aria-keyshortcuts')).toBe('@');
    expect(
      within(panel)
        .getByRole('button', { name: /Red flag/ })
        .getAttribute('aria-pressed'),
    ).toBe('false');
    fireEvent.keyDown(window, { key: 'Escape' });
    expect(screen.queryByRole('list', { name: 'Card actions' })).toBeNull();
    expect(document.activeElement).toBe(button);
  });

  it('Suspend from the menu takes the card out of the session at once; Undo brings it back', async () => {
    const { db, app } = await renderStudy();
    expect(app.summaries.value[0]!.newCards).toBe(3);
    fireEvent.click(menuButton());
    fireEvent.click(screen.getByRole('button', { name: 'Suspend card' }));
    await screen.findByText('Alpha question 2');
    expect(screen.getByText('2 left')).toBeTruthy();
    expect(screen.getByText(/^Card suspended/)).toBeTruthy();
    expect((await db.get('cards', 'alpha/c1'))?.suspended).toBe(true);
    // Home's counts follow.
    expect(app.summaries.value[0]!.newCards).toBe(2);
    const status = screen.getByText(/^Card suspended/).closest<HTMLElement>('[role="status"]')!;
    fireEvent.click(within(status).getByRole('button', { name: 'Undo' }));
    await screen.findByText('Alpha question 1');
    expect(screen.getByText('3 left')).toBeTruthy();
    expect(await screen.findByText(/^Undone: Card suspended/)).toBeTruthy();
    expect((await db.get('cards', 'alpha/c1'))?.suspended).toBeUndefined();
    expect(app.summaries.value[0]!.newCards).toBe(3);
  });

  it('keys: @ suspends, - buries, Ctrl+1 flags red and Ctrl+1 again removes the flag', async () => {
    const { db } = await renderStudy();
    fireEvent.keyDown(window, { key: '@' });
    await screen.findByText('Alpha question 2');
    expect((await db.get('cards', 'alpha/c1'))?.suspended).toBe(true);

    fireEvent.keyDown(window, { key: '-' });
    await screen.findByText('Alpha question 3');
    expect(screen.getByText('1 left')).toBeTruthy();
    expect(screen.getByText('Card buried until tomorrow.')).toBeTruthy();
    // Until the next study day: 04:00 local (UTC+1) is 03:00 UTC.
    expect((await db.get('cards', 'alpha/c2'))?.buriedUntil).toBe(Date.UTC(2026, 11, 2, 3, 0));

    fireEvent.keyDown(window, { key: '1', ctrlKey: true });
    expect(await screen.findByRole('img', { name: 'Red flag' })).toBeTruthy();
    expect((await db.get('cards', 'alpha/c3'))?.flag).toBe(1);
    expect(screen.getByText('Flagged the card red.')).toBeTruthy();
    // The flag keeps the card where it is, the answer side included.
    fireEvent.keyDown(window, { key: ' ' });
    await screen.findByText('Alpha answer 3');
    fireEvent.keyDown(window, { key: '4', ctrlKey: true });
    expect(await screen.findByRole('img', { name: 'Blue flag' })).toBeTruthy();
    fireEvent.click(menuButton());
    expect(screen.getByRole('button', { name: /Blue flag/ }).getAttribute('aria-pressed')).toBe('true');
    fireEvent.keyDown(window, { key: 'Escape' });
    fireEvent.keyDown(window, { key: '4', ctrlKey: true });
    await waitFor(() => expect(screen.queryByRole('img', { name: /flag$/ })).toBeNull());
    expect((await db.get('cards', 'alpha/c3'))?.flag).toBeUndefined();
    expect(screen.getByText('Alpha answer 3')).toBeTruthy();
    // Ctrl+1..4 never grades.
    expect(await db.count('reviews')).toBe(0);
  });

  it('E opens the card in the Edit screen; saving comes back to the session, its count kept', async () => {
    const { db, study } = await renderStudy();
    fireEvent.keyDown(window, { key: ' ' });
    fireEvent.click(await screen.findByRole('button', { name: /^Good/ }));
    await screen.findByText('Alpha question 2');
    fireEvent.keyDown(window, { key: 'e' });
    await screen.findByRole('heading', { level: 1, name: 'Edit card' });
    expect(currentPath.value).toBe('study/alpha/edit/alpha%2Fc2');
    expect(screen.getByRole('link', { name: 'Back to studying' }).getAttribute('href')).toBe('#/study/alpha');
    const front = screen.getByLabelText('Front') as HTMLTextAreaElement;
    expect(front.value).toBe('Alpha question 2');
    fireEvent.input(front, { target: { value: 'Alpha question 2, reworded' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await screen.findByText('Alpha question 2, reworded');
    expect(currentPath.value).toBe('study/alpha');
    expect((await db.get('cards', 'alpha/c2'))?.front).toBe('Alpha question 2, reworded');
    // The session carries on: one card graded before the edit.
    expect(study.session.value!.graded).toBe(1);
    fireEvent.keyDown(window, { key: ' ' });
    fireEvent.click(await screen.findByRole('button', { name: /^Good/ }));
    await screen.findByText('Alpha question 3');
    expect(study.session.value!.graded).toBe(2);
  });

  it('the keys do nothing while typing in a text box or while a dialog is open', async () => {
    const { db } = await renderStudy();
    const input = document.createElement('input');
    document.body.append(input);
    for (const key of ['@', '-', 'e']) fireEvent.keyDown(input, { key });
    fireEvent.keyDown(input, { key: '1', ctrlKey: true });
    input.remove();

    fireEvent.keyDown(window, { key: '?' });
    await screen.findByRole('dialog', { name: 'Keyboard shortcuts' });
    for (const key of ['@', '-', 'e']) fireEvent.keyDown(window, { key });
    fireEvent.keyDown(window, { key: '2', ctrlKey: true });

    await new Promise((resolve) => setTimeout(resolve, 50));
    fireEvent.keyDown(window, { key: '?' });
    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Keyboard shortcuts' })).toBeNull());
    expect(currentPath.value).toBe('study/alpha');
    expect(screen.getByText('Alpha question 1')).toBeTruthy();
    const card = await db.get('cards', 'alpha/c1');
    expect(card?.suspended).toBeUndefined();
    expect(card?.buriedUntil).toBeUndefined();
    expect(card?.flag).toBeUndefined();
  });

  it('the help sheet lists the study card keys', async () => {
    await renderStudy();
    fireEvent.keyDown(window, { key: '?' });
    const sheet = await screen.findByRole('dialog', { name: 'Keyboard shortcuts' });
    const study = within(sheet).getByRole('region', { name: 'Study' });
    expect(within(study).getByText('Suspend the card')).toBeTruthy();
    expect(within(study).getByText('Bury the card until tomorrow')).toBeTruthy();
    expect(within(study).getByText('Edit the card (saving returns to studying)')).toBeTruthy();
    expect(within(study).getByText(/^Flag the card red/)).toBeTruthy();
    fireEvent.keyDown(window, { key: '?' });
  });
});
