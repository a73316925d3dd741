/**
 * Protects the user's progress from eviction: asks for persistent storage once there is
 * something worth keeping, and reports what the browser grants and how much is used.
 * Chromium grants or refuses silently (more readily for installed apps); Firefox asks the user,
 * which is why we wait for real progress rather than asking on the first visit.
 */
import { effect, type ReadonlySignal } from '@preact/signals';
import { isSpaceTight } from '../domain/storage-space';

export { formatBytes } from '../domain/format-bytes';

export interface StorageStatus {
  /** undefined where the browser has no Storage API (older Safari). */
  persisted: boolean | undefined;
  usageBytes: number | undefined;
  quotaBytes: number | undefined;
}

function storageManager(): StorageManager | undefined {
  return typeof navigator !== 'undefined' && 'storage' in navigator ? navigator.storage : undefined;
}

/** Asks for persistent storage, unless already granted; resolves to whether storage is now persistent. */
export async function requestPersistentStorage(storage = storageManager()): Promise<boolean> {
  if (!storage?.persist) return false;
  if (await storage.persisted()) return true;
  return storage.persist();
}

/**
 * Watches `hasProgress` and asks for persistence the first time it becomes true, once per page
 * load. Returns a function that stops watching.
 */
export function persistOnceProgressExists(
  hasProgress: ReadonlySignal<boolean>,
  storage = storageManager(),
): () => void {
  let asked = false;
  // Once asked, the effect reads no signal any more, so it never runs again.
  return effect(() => {
    if (asked || !hasProgress.value) return;
    asked = true;
    void requestPersistentStorage(storage).catch(() => false);
  });
}

/** Reads whether storage is persistent and how much of the quota is used. */
export async function readStorageStatus(storage = storageManager()): Promise<StorageStatus> {
  if (!storage) return { persisted: undefined, usageBytes: undefined, quotaBytes: undefined };
  const [persisted, estimate] = await Promise.all([
    storage.persisted ? storage.persisted() : Promise.resolve(undefined),
    storage.estimate ? storage.estimate() : Promise.resolve(undefined),
  ]);
  return { persisted, usageBytes: estimate?.usage, quotaBytes: estimate?.quota };
}

let askedWhenTight = false;

/**
 * Checks the space left and, when it is getting tight and storage is not yet persistent, asks
 * the browser again to keep the app's data (once per page load): a browser short of space
 * evicts non-persistent sites first. Resolves with the status after asking.
 */
export async function askAgainIfSpaceTight(storage = storageManager()): Promise<StorageStatus> {
  const status = await readStorageStatus(storage);
  if (
    status.persisted === false &&
    !askedWhenTight &&
    isSpaceTight({ usage: status.usageBytes, quota: status.quotaBytes })
  ) {
    askedWhenTight = true;
    const granted = await requestPersistentStorage(storage).catch(() => false);
    return { ...status, persisted: granted };
  }
  return status;
}
