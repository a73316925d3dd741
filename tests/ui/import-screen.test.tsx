// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { createDataFlow } from '../../src/app/data-flow';
import { followHashChanges } from '../../src/app/router';
import { App } from '../../src/ui/App';
import { navigate } from '../../src/ui/routes';
import { makeDeck, manualClock, startApp } from '../helpers/app-fixture';

let stopFollowing = () => {};
afterEach(() => {
  cleanup();
  stopFollowing();
  navigate('home');
});

/** The app on its Import screen (the screen, its flow and Your data load as in the app). */
async function renderImport() {
  const clock = manualClock(Date.UTC(2026, 11, 1, 10), 60);
  const app = await startApp([makeDeck('alpha', 2, 'Alpha')], clock);
  navigate('import');
  // Links change the address bar's hash, as in the app.
  stopFollowing = followHashChanges();
  render(<App services={app.services} />);
  await screen.findByRole('heading', { name: 'Import' });
  return app;
}

function chooseFile(name: string, content: string | Uint8Array, type = 'text/plain') {
  const file = new File([content as BlobPart], name, { type });
  const input = document.querySelector('input[type=file]') as HTMLInputElement;
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  fireEvent.change(input);
}

describe('import screen', () => {
  it('pasted Quizlet text with custom separators: preview, confirm, and the deck is there', async () => {
    const { db, app } = await renderImport();
    fireEvent.click(screen.getByText('Text file options'));
    fireEvent.change(screen.getByLabelText('Format'), { target: { value: 'quizlet' } });
    fireEvent.change(screen.getByLabelText('Between term and definition'), { target: { value: 'custom' } });
    fireEvent.input(screen.getByLabelText('Between term and definition: custom text'), { target: { value: '---' } });
    fireEvent.change(screen.getByLabelText('Between rows'), { target: { value: ';' } });
    fireEvent.input(screen.getByLabelText('Deck name (default: the file name)'), { target: { value: 'Quiz' } });
    fireEvent.input(screen.getByLabelText(/Or paste text/), {
      target: { value: 'SLA---Service level agreement;KPI---Key performance indicator' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Import pasted text' }));

    await screen.findByText('Quiz');
    expect(screen.getByText(/new deck, 2 new cards/)).toBeTruthy();
    expect(screen.getByText('Key performance indicator')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Import 2 cards' }));
    await screen.findByText(/Imported 2 cards into Quiz\./);
    expect(await db.count('cards')).toBe(4);
    expect(app.summaries.value.map((s) => s.deck.name)).toContain('Quiz');
  });

  it('a broken file says which file, which line and why, and writes nothing', async () => {
    const { db } = await renderImport();
    chooseFile(
      'broken.json',
      '{\n  "id": "x",\n  "name": "X",\n  "cards": [{ "id": "a", "front": "Q" }]\n}',
      'application/json',
    );
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toMatch(/broken\.json, card 1 \(id "a"\): field "back": expected a non-empty text/);
    expect(await db.count('cards')).toBe(2);
  });

  it('a CSV whose columns are not obvious can be re-mapped in the preview', async () => {
    await renderImport();
    chooseFile('words.csv', '1;SLA;Service level agreement\n2;KPI;Key performance indicator\n');
    await screen.findByRole('heading', { name: 'Preview: words.csv' });
    // Guessed: column 1 front, column 2 back, so the meanings are not on any card yet.
    expect(screen.queryByText('Service level agreement')).toBeNull();
    fireEvent.change(screen.getByLabelText('Front'), { target: { value: '1' } });
    await waitFor(() => expect((screen.getByLabelText('Front') as HTMLSelectElement).value).toBe('1'));
    fireEvent.change(screen.getByLabelText('Back'), { target: { value: '2' } });
    await screen.findByText('Service level agreement');
    const firstCard = document.querySelector('.preview-card')!;
    expect(firstCard.querySelector('.card-front')!.textContent).toBe('SLA');
    expect(firstCard.querySelector('.card-back')!.textContent).toBe('Service level agreement');
  });

  it('a backup file asks before replacing everything, then restores it', async () => {
    const { db, app, services } = await renderImport();
    const { data } = (await createDataFlow(services).saveBackup())!;
    await db.clear('cards');
    await app.reload();
    chooseFile('prepdeck-backup.zip', new Uint8Array(await data.arrayBuffer()), 'application/zip');
    // Import hands a backup to Your data, where it is restored after a confirmation.
    fireEvent.click(await screen.findByRole('button', { name: 'Restore it in Your data' }));
    await screen.findByRole('alertdialog');
    expect(screen.getByText(/holds 1 deck, 2 cards and 0 reviews/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Replace my data' }));
    await screen.findByText(/Restored 1 deck, 2 cards/);
    expect(await db.count('cards')).toBe(2);
  });

  it('a file dropped on the screen is read like a chosen one', async () => {
    await renderImport();
    const file = new File(['Front\tBack\nSLA\tService level agreement\n'], 'dropped.tsv', {
      type: 'text/tab-separated-values',
    });
    fireEvent.drop(screen.getByRole('heading', { name: 'Import' }).closest('section')!, {
      dataTransfer: { files: [file] },
    });
    await screen.findByRole('heading', { name: 'Preview: dropped.tsv' });
    expect(screen.getByText(/new deck, 1 new card/)).toBeTruthy();
  });

  it('a column set to None stays None when another column is changed', async () => {
    await renderImport();
    chooseFile('tagged.csv', 'Front,Back,Tags,Notes\nSLA,Service level agreement,ops,more\n');
    await screen.findByRole('heading', { name: 'Preview: tagged.csv' });
    fireEvent.change(screen.getByLabelText('Tags'), { target: { value: '' } });
    await waitFor(() => expect((screen.getByLabelText('Tags') as HTMLSelectElement).value).toBe(''));
    fireEvent.change(screen.getByLabelText('Notes'), { target: { value: '' } });
    await waitFor(() => expect((screen.getByLabelText('Notes') as HTMLSelectElement).value).toBe(''));
    expect((screen.getByLabelText('Tags') as HTMLSelectElement).value).toBe('');
  });

  it('an imported deck can be deleted after a confirmation; a built-in one cannot', async () => {
    const { db, app } = await renderImport();
    fireEvent.input(screen.getByLabelText(/Or paste text/), {
      target: { value: 'Term,Definition\nSLA,Service level agreement\n' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Import pasted text' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Import 1 card' }));
    await screen.findByText(/Imported 1 card/);
    // Deleting a deck is done in Your data.
    fireEvent.click(within(screen.getByRole('navigation')).getByRole('link', { name: 'Your data' }));
    await screen.findByRole('heading', { name: 'Your data' });
    const select = screen.getByLabelText('Deck') as HTMLSelectElement;
    expect(screen.getByRole('button', { name: 'Delete deck…' }).hasAttribute('disabled')).toBe(true); // Alpha, built in, comes first
    const pasted = app.decks.value.find((d) => d.source === 'import')!;
    fireEvent.change(select, { target: { value: pasted.id } });
    fireEvent.click(screen.getByRole('button', { name: 'Delete deck…' }));
    expect(screen.getByRole('alertdialog').textContent).toContain(pasted.name);
    fireEvent.click(screen.getByRole('button', { name: 'Delete' }));
    await screen.findByText(/Deleted ".*": 1 card and their progress\./);
    expect(await db.get('decks', pasted.id)).toBeUndefined();
    expect(await db.count('cards')).toBe(2);
  });
});
