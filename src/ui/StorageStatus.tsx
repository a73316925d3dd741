import { useEffect, useState } from 'preact/hooks';
import {
  askAgainIfSpaceTight,
  formatBytes,
  requestPersistentStorage,
  type StorageStatus as Status,
} from '../app/storage-persistence';
import { isSpaceTight } from '../domain/storage-space';

/**
 * Settings: whether the browser keeps the data for sure, how much space it takes, and a warning
 * when space is getting tight (PrepDeck then asks again to keep its data).
 */
export function StorageStatus() {
  const [status, setStatus] = useState<Status | null>(null);

  async function refresh() {
    setStatus(await askAgainIfSpaceTight());
  }

  useEffect(() => {
    void refresh();
  }, []);

  if (!status) return <p class="storage-status">Checking storage…</p>;
  const tight = isSpaceTight({ usage: status.usageBytes, quota: status.quotaBytes });
  return (
    <div class="storage-status">
      <p>
        {status.persisted === undefined
          ? 'This browser does not say whether it keeps your data.'
          : status.persisted
            ? 'Storage is persistent: the browser will not clear your progress to free space.'
            : 'Storage is not persistent: the browser may clear your progress when space runs low. PrepDeck keeps automatic backups, and you can save one in Your data.'}
      </p>
      {status.usageBytes !== undefined ? (
        <p>
          Using {formatBytes(status.usageBytes)}
          {status.quotaBytes ? ` of ${formatBytes(status.quotaBytes)} available` : ''}.
        </p>
      ) : null}
      {tight && status.usageBytes !== undefined && status.quotaBytes !== undefined ? (
        <p class="error" role="alert">
          Space is getting tight: only {formatBytes(Math.max(0, status.quotaBytes - status.usageBytes))} is left for
          PrepDeck on this device. Free some space; when the device is full, the browser may remove the app’s data.
        </p>
      ) : null}
      {status.persisted === false ? (
        <button
          type="button"
          class="button"
          onClick={async () => {
            await requestPersistentStorage();
            await refresh();
          }}
        >
          Ask to keep my data
        </button>
      ) : null}
    </div>
  );
}
