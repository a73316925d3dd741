import { useEffect, useState } from 'preact/hooks';
import {
  formatBytes,
  readStorageStatus,
  requestPersistentStorage,
  type StorageStatus as Status,
} from '../app/storage-persistence';

/** Settings: whether the browser keeps the data for sure, and how much space it takes. */
export function StorageStatus() {
  const [status, setStatus] = useState<Status | null>(null);

  async function refresh() {
    setStatus(await readStorageStatus());
  }

  useEffect(() => {
    void refresh();
  }, []);

  if (!status) return <p class="storage-status">Checking storage…</p>;
  return (
    <div class="storage-status">
      <p>
        {status.persisted === undefined
          ? 'This browser does not say whether it keeps your data.'
          : status.persisted
            ? 'Storage is persistent: the browser will not clear your progress to free space.'
            : 'Storage is not persistent: the browser may clear your progress when space runs low. Export a backup now and then.'}
      </p>
      {status.usageBytes !== undefined ? (
        <p>
          Using {formatBytes(status.usageBytes)}
          {status.quotaBytes ? ` of ${formatBytes(status.quotaBytes)} available` : ''}.
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
