import type { ComponentChildren } from 'preact';
import { online } from '../app/connectivity';
import type { Recovery } from '../app/recovery';
import type { AppServices } from '../app/services';
import type { StorageProblem } from '../app/storage-health';
import { AppContext } from './app-context';
import { KeyboardHelp } from './KeyboardHelp';
import { Lazy } from './Lazy';
import { MoreMenu } from './MoreMenu';
import { NoticeArea } from './NoticeArea';
import { currentRoute, ROUTES, routeHref } from './routes';
import { StorageProblemPanel } from './StorageProblemPanel';

export interface AppSlots {
  /** Shown above every screen (update banner, install prompt). */
  banners?: ComponentChildren;
  /** Extra sections at the end of Settings (storage status). */
  settingsExtras?: ComponentChildren;
  /** A problem that stops the app (the database deleted or closed under it, another tab's upgrade). */
  fatal?: StorageProblem | null;
  /** Restores the latest automatic backup when the database is gone. */
  recovery?: Recovery;
}

const NAV = ROUTES.filter((r): r is Extract<(typeof ROUTES)[number], { nav: string }> => 'nav' in r);
const MORE = ROUTES.filter((r): r is Extract<(typeof ROUTES)[number], { more: string }> => 'more' in r);

/** The shell: navigation, banners and the current screen, picked from the route table. */
export function App({ services, banners, settingsExtras, fatal, recovery }: AppSlots & { services: AppServices }) {
  const { route, params } = currentRoute();
  const waiting = route.needsData && !services.state.ready.value;
  return (
    <AppContext.Provider value={services}>
      <a class="skip-link" href="#main">
        Skip to content
      </a>
      <header class="app-header">
        <span class="app-name" aria-hidden="true">
          PrepDeck
        </span>
        <nav aria-label="Main">
          {NAV.map((r) => (
            <a key={r.name} href={routeHref(r.name)} aria-current={route.name === r.name ? 'page' : undefined}>
              {r.nav}
            </a>
          ))}
          <MoreMenu
            items={MORE.map((r) => ({ label: r.more, href: routeHref(r.name), current: route.name === r.name }))}
          />
        </nav>
        {online.value ? null : (
          <span class="offline-mark" role="status">
            Offline
          </span>
        )}
        {/* One quiet place for app messages (update, install, offline-ready, storage): docked at
            the bottom, above a screen's action bar, never over it. */}
        <NoticeArea>{banners}</NoticeArea>
      </header>
      <main id="main" tabIndex={-1}>
        {fatal ? (
          <StorageProblemPanel problem={fatal} recovery={recovery} />
        ) : waiting ? (
          // Screens show and edit stored data: wait until it is loaded (Home says "Loading decks…").
          <p role="status">Loading…</p>
        ) : route.screen ? (
          <route.screen params={params} />
        ) : (
          <Lazy
            key={route.name}
            route={route}
            services={services}
            props={{ params, extras: route.name === 'settings' ? settingsExtras : undefined }}
          />
        )}
      </main>
      <KeyboardHelp />
    </AppContext.Provider>
  );
}
