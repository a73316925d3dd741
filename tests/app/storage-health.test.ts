/**
 * Issue 15, point 2: what happens to the database connection is told apart, and said honestly.
 * A deletion and a forced close (what Chromium does after an I/O error) stop the app with an
 * offer of the latest automatic backup; an upgrade from another tab asks for a reload; none of
 * them says the progress is saved.
 */
import { forceCloseDatabase } from 'fake-indexeddb';
import { unwrap } from 'idb';
import { afterEach, describe, expect, it } from 'vitest';
import { reportDatabaseProblem, reportStartFailure, storageProblem } from '../../src/app/storage-health';
import { openAppDb } from '../../src/storage/db';

let n = 0;
const open = (name: string) =>
  openAppDb(name, {
    onVersionChange: () => reportDatabaseProblem('updated'),
    onDeleted: () => reportDatabaseProblem('removed'),
    onClosedUnexpectedly: () => reportDatabaseProblem('closed'),
  });

afterEach(() => (storageProblem.value = null));

describe('the database connection', () => {
  it('deleted under the app: "removed", with the backup offered', async () => {
    const name = `health-${n++}`;
    await open(name);
    await new Promise<void>((resolve, reject) => {
      const request = indexedDB.deleteDatabase(name);
      request.onsuccess = () => resolve();
      request.onerror = () => reject(request.error);
    });
    expect(storageProblem.value).toMatchObject({ kind: 'removed', offerBackup: true });
    expect(storageProblem.value!.message).toMatch(/^The browser removed PrepDeck’s data on this device/);
    expect(storageProblem.value!.message).not.toMatch(/saved/i);
  });

  it('closed by the browser (as after an I/O error): "closed", with the backup offered', async () => {
    const db = await open(`health-${n++}`);
    forceCloseDatabase(unwrap(db) as unknown as Parameters<typeof forceCloseDatabase>[0]);
    expect(storageProblem.value).toMatchObject({ kind: 'closed', offerBackup: true });
    expect(storageProblem.value!.message).toMatch(/storage error, often when the device is out of space/);
    expect(storageProblem.value!.message).not.toMatch(/saved/i);
  });

  it('upgraded by another tab: asks for a reload, offers no restore, claims nothing', async () => {
    const name = `health-${n++}`;
    await open(name);
    // A newer version of the app opening the database one version up.
    const newer = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open(name, 99);
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    expect(storageProblem.value).toEqual({
      kind: 'updated',
      message: 'PrepDeck was updated in another tab. Reload this tab to go on.',
      offerBackup: false,
    });
    newer.close();
  });

  it('a start that fails on a full disk says so', () => {
    reportStartFailure(new DOMException('Encountered full disk while opening backing store.', 'QuotaExceededError'));
    expect(storageProblem.value).toMatchObject({ kind: 'start-failed', offerBackup: true });
    expect(storageProblem.value!.message).toMatch(/^PrepDeck could not start: the device is out of space/);
  });
});
