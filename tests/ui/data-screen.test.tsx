// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { App } from '../../src/ui/App';
import { navigate } from '../../src/ui/routes';
import { makeDeck, manualClock, startApp } from '../helpers/app-fixture';

afterEach(() => {
  cleanup();
  navigate('home');
});

async function renderData() {
  const app = await startApp(
    [makeDeck('alpha', 2, 'Alpha'), makeDeck('beta', 3, 'Beta')],
    manualClock(Date.UTC(2026, 11, 2, 10)),
  );
  navigate('data');
  render(<App services={app.services} />);
  await screen.findByRole('heading', { level: 1, name: 'Your data' });
  return app;
}

describe('Your data', () => {
  it('a backup says which file it saved and what it holds', async () => {
    await renderData();
    fireEvent.click(screen.getByRole('button', { name: 'Back up everything' }));
    // Its size first, then the file.
    expect(
      (await screen.findByRole('heading', { name: /^This backup will take up to \d+(\.\d+)? kB$/ })).textContent,
    ).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Save backup' }));
    expect(await screen.findByText('Saved prepdeck-backup-2026-12-02.zip: 2 decks, 5 cards, 0 reviews.')).toBeTruthy();
  });

  it('an export says which file it saved, for which deck, with how many cards', async () => {
    await renderData();
    fireEvent.change(screen.getByLabelText('Deck'), { target: { value: 'beta' } });
    fireEvent.click(screen.getByRole('button', { name: 'Export as JSON' }));
    expect(await screen.findByText('Saved Beta.json: the deck "Beta" with 3 cards.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Export for Anki (.txt)' }));
    expect(await screen.findByText('Saved Beta.txt: the deck "Beta" with 3 cards.')).toBeTruthy();
  });

  it('a file that is not a backup is refused with its name and the reason, and nothing changes', async () => {
    const { db } = await renderData();
    const input = document.querySelector('input[type=file]') as HTMLInputElement;
    const file = new File(['not a zip'], 'notes.zip', { type: 'application/zip' });
    Object.defineProperty(input, 'files', { value: [file], configurable: true });
    fireEvent.change(input);
    expect((await screen.findByRole('alert')).textContent).toMatch(
      /^notes\.zip: not a PrepDeck backup: the file is not a zip file/,
    );
    expect(await db.count('cards')).toBe(5);
  });
});
