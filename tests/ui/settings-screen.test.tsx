// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { navigate } from '../../src/ui/routes';
import { App } from '../../src/ui/App';
import { createAppServices } from '../../src/app/services';
import { openAppDb } from '../../src/storage/db';
import { makeDeck, manualClock, startApp } from '../helpers/app-fixture';

afterEach(() => {
  cleanup();
  navigate('home');
});

async function renderSettings() {
  const app = await startApp([makeDeck('alpha', 30, 'Alpha')], manualClock(Date.UTC(2026, 11, 1, 10), 60));
  navigate('settings');
  render(<App services={app.services} />);
  await screen.findByRole('heading', { name: 'Settings' });
  return app;
}

describe('settings screen', () => {
  it('shows the defaults: retention 0.9, 20 new, 200 reviews, steps 1m 10m / 10m, day starts 04:00', async () => {
    await renderSettings();
    expect((screen.getByLabelText('Desired retention') as HTMLInputElement).value).toBe('0.9');
    expect((screen.getByLabelText('New cards per day') as HTMLInputElement).value).toBe('20');
    expect((screen.getByLabelText('Maximum reviews per day') as HTMLInputElement).value).toBe('200');
    expect((screen.getByLabelText('Learning steps') as HTMLInputElement).value).toBe('1m 10m');
    expect((screen.getByLabelText('Relearning steps') as HTMLInputElement).value).toBe('10m');
    expect((screen.getByLabelText('A new study day starts at') as HTMLSelectElement).value).toBe('4');
  });

  it('saves changes to the database, and the home screen follows them', async () => {
    const { db, app } = await renderSettings();
    fireEvent.input(screen.getByLabelText('New cards per day'), { target: { value: '7' } });
    fireEvent.input(screen.getByLabelText('Learning steps'), { target: { value: '2m 15m 1h' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save settings' }));
    await screen.findByText('Saved.');
    expect(await db.get('settings', 'scheduler')).toMatchObject({ newPerDay: 7, learningSteps: ['2m', '15m', '1h'] });
    expect(app.summaries.value[0]!.newCards).toBe(7);
  });

  it('refuses values out of range with a message by the field, and saves nothing', async () => {
    const { db } = await renderSettings();
    fireEvent.input(screen.getByLabelText('Desired retention'), { target: { value: '0.99' } });
    fireEvent.input(screen.getByLabelText('Learning steps'), { target: { value: '1 minute' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save settings' }));
    expect(await screen.findByText('Enter a number from 0.70 to 0.97.')).toBeTruthy();
    expect(screen.getByText(/Enter steps such as "1m 10m"/)).toBeTruthy();
    expect(screen.getByLabelText('Desired retention').getAttribute('aria-invalid')).toBe('true');
    expect(await db.get('settings', 'scheduler')).toBeUndefined();
  });

  it('waits for the saved settings before showing the form, so Save cannot overwrite them with defaults', async () => {
    const db = await openAppDb('settings-before-ready');
    await db.put('settings', { newPerDay: 50, desiredRetention: 0.85 }, 'scheduler');
    const services = createAppServices({
      db,
      clock: manualClock(Date.UTC(2026, 11, 1, 10), 60),
      loadBuiltinDecks: async () => [],
    });
    navigate('settings');
    render(<App services={services} />);
    expect(screen.getByText('Loading…')).toBeTruthy();
    expect(screen.queryByLabelText('New cards per day')).toBeNull();
    await services.state.start();
    expect(((await screen.findByLabelText('New cards per day')) as HTMLInputElement).value).toBe('50');
    expect((screen.getByLabelText('Desired retention') as HTMLInputElement).value).toBe('0.85');
  });
});
