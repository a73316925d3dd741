// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { createRecovery } from '../../src/app/recovery';
import { createAppServices } from '../../src/app/services';
import { DEFAULT_SETTINGS } from '../../src/domain/model';
import { autoBackupName } from '../../src/domain/auto-backups';
import { openAppDb } from '../../src/storage/db';
import { App } from '../../src/ui/App';
import { StorageNotices } from '../../src/ui/StorageNotices';
import { StorageProblemPanel } from '../../src/ui/StorageProblemPanel';
import { navigate } from '../../src/ui/routes';
import { makeDeck, manualClock } from '../helpers/app-fixture';
import { memoryFolder } from '../helpers/memory-folder';

afterEach(() => {
  cleanup();
  navigate('home');
});

const T = Date.UTC(2026, 2, 10, 9);
let n = 0;

async function appWith(settings: unknown, dataWasMissing = false) {
  const db = await openAppDb(`notices-${n++}`);
  if (settings) await db.put('settings', settings, 'scheduler');
  const clock = manualClock(T);
  const loadBuiltinDecks = async () => [makeDeck('alpha', 3, 'Alpha')];
  const folder = memoryFolder();
  const services = createAppServices({ db, clock, loadBuiltinDecks, backups: { openFolder: async () => folder } });
  await services.state.start();
  const recovery = createRecovery({ dbName: db.name, clock, loadBuiltinDecks, openFolder: async () => folder });
  render(<App services={services} banners={<StorageNotices dataWasMissing={dataWasMissing} recovery={recovery} />} />);
  return { services, folder, recovery };
}

describe('notices about the data', () => {
  it('stored settings the Settings screen would refuse: the app says it uses the defaults, and why', async () => {
    const { services } = await appWith({ ...DEFAULT_SETTINGS, dayStartHour: 30 });
    const notice = await screen.findByText(/Your saved settings had values PrepDeck cannot use/);
    expect(notice.textContent).toContain('The hour a new study day starts is 30, but must be an hour from 0 to 23');
    fireEvent.click(screen.getByRole('button', { name: 'OK' }));
    expect(screen.queryByText(/Your saved settings had values/)).toBeNull();
    expect(services.state.settings.value.dayStartHour).toBe(4);
  });

  it('a database found empty while a backup exists: the banner offers it', async () => {
    const db = await openAppDb(`notices-${n++}`);
    const folder = memoryFolder();
    const clock = manualClock(T);
    const loadBuiltinDecks = async () => [makeDeck('alpha', 3, 'Alpha')];
    // A backup file from before (its content does not matter to the banner).
    const writer = await folder.create(autoBackupName('daily', T - 86_400_000));
    writer.write(new Uint8Array([0x50, 0x4b, 0x05, 0x06, ...new Array(18).fill(0)]));
    const services = createAppServices({ db, clock, loadBuiltinDecks, backups: { openFolder: async () => folder } });
    await services.state.start();
    const recovery = createRecovery({ dbName: db.name, clock, loadBuiltinDecks, openFolder: async () => folder });
    render(<App services={services} banners={<StorageNotices dataWasMissing recovery={recovery} />} />);
    const banner = await screen.findByText(/PrepDeck found none of your data in this browser/);
    expect(banner.textContent).toMatch(/the daily backup of .*\(22 B\)/);
    expect(screen.getByRole('button', { name: 'Restore it' })).toBeTruthy();
  });

  it('the database removed under the app: what happened, the latest backup, never "saved"', async () => {
    const folder = memoryFolder();
    const writer = await folder.create(autoBackupName('daily', T));
    writer.write(new Uint8Array([0x50, 0x4b, 0x05, 0x06, ...new Array(18).fill(0)]));
    const recovery = createRecovery({
      dbName: 'x',
      clock: manualClock(T),
      loadBuiltinDecks: async () => [],
      openFolder: async () => folder,
    });
    render(
      <StorageProblemPanel
        problem={{ kind: 'removed', message: 'The browser removed PrepDeck’s data on this device.', offerBackup: true }}
        recovery={recovery}
      />,
    );
    await screen.findByRole('button', { name: 'Restore the latest automatic backup' });
    expect(screen.getByRole('alert').textContent).toMatch(
      /The latest automatic backup in this browser is the daily backup of/,
    );
    expect(screen.getByRole('alert').textContent).not.toMatch(/saved/i);
  });
});
