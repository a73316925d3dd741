import { signal } from '@preact/signals';
import { describe, expect, it, vi } from 'vitest';
import { formatBytes, persistOnceProgressExists, readStorageStatus } from '../../src/app/storage-persistence';

function fakeStorage(persisted = false) {
  let granted = persisted;
  return {
    persisted: vi.fn(async () => granted),
    persist: vi.fn(async () => (granted = true)),
    estimate: vi.fn(async () => ({ usage: 1_234_567, quota: 10_000_000_000 })),
  } as unknown as StorageManager & { persist: ReturnType<typeof vi.fn> };
}

describe('persistOnceProgressExists', () => {
  it('asks nothing before there is progress, then asks exactly once', async () => {
    const storage = fakeStorage();
    const hasProgress = signal(false);
    persistOnceProgressExists(hasProgress, storage);
    await Promise.resolve();
    expect(storage.persist).not.toHaveBeenCalled();

    hasProgress.value = true;
    await vi.waitFor(() => expect(storage.persist).toHaveBeenCalledOnce());
    hasProgress.value = false;
    hasProgress.value = true;
    await Promise.resolve();
    expect(storage.persist).toHaveBeenCalledOnce();
  });

  it('does not ask again when storage is already persistent', async () => {
    const storage = fakeStorage(true);
    persistOnceProgressExists(signal(true), storage);
    await vi.waitFor(() => expect(storage.persisted).toHaveBeenCalled());
    expect(storage.persist).not.toHaveBeenCalled();
  });
});

describe('readStorageStatus', () => {
  it('reports persistence and usage', async () => {
    expect(await readStorageStatus(fakeStorage(true))).toEqual({
      persisted: true,
      usageBytes: 1_234_567,
      quotaBytes: 10_000_000_000,
    });
  });

  it('says "unknown" where the browser has no Storage API', async () => {
    expect(await readStorageStatus(undefined)).toEqual({
      persisted: undefined,
      usageBytes: undefined,
      quotaBytes: undefined,
    });
  });
});

describe('formatBytes', () => {
  it('reads like the browsers settings do', () => {
    expect(formatBytes(512)).toBe('512 B');
    expect(formatBytes(1_234_567)).toBe('1.2 MB');
    expect(formatBytes(10_000_000_000)).toBe('10 GB');
  });
});
