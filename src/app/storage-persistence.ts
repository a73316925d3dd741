/**
 * Protects the user's progress from eviction: asks for persistent storage once there is
 * something worth keeping, and reports what the browser grants and how much is used.
 * Chromium grants or refuses silently (more readily for installed apps); Firefox asks the user,
 * which is why we wait for real progress rather than asking on the first visit.
 */
import { effect, type ReadonlySignal } from '@preact/signals';

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

/** "1.2 MB": sizes as a person reads them (decimal units, as the browsers' own settings show). */
export function formatBytes(bytes: number): string {
  if (bytes < 1000) return `${bytes} B`;
  const units = ['kB', 'MB', 'GB', 'TB'];
  let value = bytes / 1000;
  let unit = 0;
  while (value >= 1000 && unit < units.length - 1) {
    value /= 1000;
    unit += 1;
  }
  return `${value < 10 ? value.toFixed(1) : Math.round(value)} ${units[unit]}`;
}
