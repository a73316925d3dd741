import type { ComponentChildren } from 'preact';
import type { AppModel } from '../app/app-model';
import { route, routeHref, type Route } from '../app/router';
import { AppContext } from './app-context';
import { HomeScreen } from './HomeScreen';
import { SettingsScreen } from './SettingsScreen';
import { StudyScreen } from './StudyScreen';

export interface AppSlots {
  /** Shown above every screen (update banner, install prompt). */
  banners?: ComponentChildren;
  /** Extra sections at the end of Settings (storage status). */
  settingsExtras?: ComponentChildren;
  /** The import screen, when available. */
  importScreen?: ComponentChildren;
  /** A problem that stops the app (another tab upgraded the database). */
  fatal?: string | null;
}

const NAV: { label: string; to: Route }[] = [
  { label: 'Decks', to: { name: 'home' } },
  { label: 'Import', to: { name: 'import' } },
  { label: 'Settings', to: { name: 'settings' } },
];

/** The shell: navigation, banners and the current screen. */
export function App({ model, banners, settingsExtras, importScreen, fatal }: AppSlots & { model: AppModel }) {
  const current = route.value;
  return (
    <AppContext.Provider value={model}>
      <a class="skip-link" href="#main">
        Skip to content
      </a>
      <header class="app-header">
        <span class="app-name" aria-hidden="true">
          PrepDeck
        </span>
        <nav aria-label="Main">
          {NAV.map(({ label, to }) => (
            <a key={label} href={routeHref(to)} aria-current={current.name === to.name ? 'page' : undefined}>
              {label}
            </a>
          ))}
        </nav>
      </header>
      {banners}
      <main id="main" tabIndex={-1}>
        {fatal ? (
          <div class="fatal" role="alert">
            <p>{fatal}</p>
            <button type="button" class="button primary" onClick={() => location.reload()}>
              Reload
            </button>
          </div>
        ) : !model.ready.value && current.name !== 'home' ? (
          // Screens show and edit stored data: wait until it is loaded (Home says "Loading decks…").
          <p role="status">Loading…</p>
        ) : current.name === 'study' ? (
          <StudyScreen scope={current.scope} />
        ) : current.name === 'settings' ? (
          <SettingsScreen>{settingsExtras}</SettingsScreen>
        ) : current.name === 'import' ? (
          (importScreen ?? <p>Import is not available yet.</p>)
        ) : (
          <HomeScreen />
        )}
      </main>
    </AppContext.Provider>
  );
}
