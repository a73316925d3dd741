import { useEffect, useState } from 'preact/hooks';
import type { Recovery } from '../app/recovery';
import { KIND_LABELS } from '../domain/auto-backups';
import { formatBytes } from '../domain/format-bytes';
import { describeRepairedSettings } from '../domain/settings-check';
import { useApp } from './app-context';
import { routeHref } from './routes';

/**
 * Notices above every screen about the data: the app found its database empty while an
 * automatic backup exists (the browser may have removed the data), and stored settings that
 * had to be replaced by defaults.
 */
export function StorageNotices({ dataWasMissing, recovery }: { dataWasMissing: boolean; recovery: Recovery }) {
  const app = useApp();
  const [dismissed, setDismissed] = useState(false);
  useEffect(() => {
    if (dataWasMissing) void recovery.findLatest();
  }, [dataWasMissing]);
  const latest = recovery.latest.value;
  const step = recovery.step.value;
  const repaired = app.settingsRepaired.value;
  return (
    <>
      {dataWasMissing && latest && !dismissed ? (
        <div class="notice notice-stack" role="alert">
          <p class="notice-text">
            PrepDeck found none of your data in this browser, but it has an automatic backup: the{' '}
            {KIND_LABELS[latest.kind].toLowerCase()} of{' '}
            {new Date(latest.createdAt).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' })} (
            {formatBytes(latest.size)}). The browser may have removed the app’s data to free space or after a storage
            error.
          </p>
          {step.name === 'failed' ? <p class="notice-text error">{step.message}</p> : null}
          {step.name === 'reading' || step.name === 'writing' ? (
            <p class="notice-text" role="status">
              Restoring…
            </p>
          ) : null}
          <button
            type="button"
            class="button primary"
            disabled={step.name === 'reading' || step.name === 'writing'}
            onClick={async () => {
              if (await recovery.restoreLatest()) location.reload();
            }}
          >
            Restore it
          </button>
          <button type="button" class="button" onClick={() => setDismissed(true)}>
            Start afresh
          </button>
        </div>
      ) : null}
      {repaired.length > 0 ? (
        <div class="notice notice-stack" role="status">
          <p class="notice-text">
            {describeRepairedSettings(repaired)} <a href={routeHref('settings')}>Open Settings</a>
          </p>
          <button type="button" class="button" onClick={() => app.dismissSettingsNotice()}>
            OK
          </button>
        </div>
      ) : null}
    </>
  );
}
