// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { chordLabel, SHORTCUTS } from '../../src/domain/keyboard-shortcuts';
import { App } from '../../src/ui/App';
import { navigate } from '../../src/ui/routes';
import { makeDeck, manualClock, startApp } from '../helpers/app-fixture';

afterEach(() => {
  cleanup();
  navigate('home');
});

async function renderApp() {
  const app = await startApp([makeDeck('alpha', 2, 'Alpha')], manualClock(Date.UTC(2026, 11, 1, 10)));
  render(<App services={app.services} />);
  await screen.findByRole('heading', { level: 1, name: 'Decks' });
}

const allChords = SHORTCUTS.flatMap((group) => group.shortcuts.flatMap((s) => s.keys.map(chordLabel)));

describe('the keyboard help sheet', () => {
  it('opens with "?", lists every shortcut with what it does, and closes with "?" again', async () => {
    await renderApp();
    expect(screen.queryByRole('dialog', { name: 'Keyboard shortcuts' })).toBeNull();
    fireEvent.keyDown(window, { key: '?' });
    const sheet = await screen.findByRole('dialog', { name: 'Keyboard shortcuts' });
    for (const group of SHORTCUTS) {
      const section = within(sheet).getByRole('region', { name: group.where });
      for (const shortcut of group.shortcuts) {
        const row = within(section).getByText(shortcut.does).closest('.key-row')!;
        const shown = [...row.querySelectorAll('dt > span')].map((chord) =>
          [...chord.querySelectorAll('kbd')].map((k) => k.textContent).join('+'),
        );
        expect(shown).toEqual(shortcut.keys.map(chordLabel));
      }
    }
    expect(allChords).toEqual(expect.arrayContaining(['Space', '1', 'Z', 'Ctrl+Z', '/', 'Ctrl+Enter', 'Alt+Shift+C']));
    fireEvent.keyDown(window, { key: '?' });
    expect(screen.queryByRole('dialog', { name: 'Keyboard shortcuts' })).toBeNull();
  });

  it('is not opened by "?" typed in a text box', async () => {
    await renderApp();
    const input = document.createElement('input');
    document.body.append(input);
    fireEvent.keyDown(input, { key: '?' });
    expect(screen.queryByRole('dialog', { name: 'Keyboard shortcuts' })).toBeNull();
    input.remove();
  });

  it("opens from the header's More menu too", async () => {
    await renderApp();
    fireEvent.click(screen.getByRole('button', { name: 'More' }));
    fireEvent.click(screen.getByRole('button', { name: 'Keyboard shortcuts' }));
    expect(await screen.findByRole('dialog', { name: 'Keyboard shortcuts' })).toBeTruthy();
  });
});
