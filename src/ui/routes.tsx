/**
 * The route table: every screen, its path, its label in the navigation, and its loader. App.tsx
 * renders from it; adding a screen is one entry here plus the screen's own files (component,
 * state module, pure data module). Screens other than Home load on first visit, with the
 * feature state they need, so their code stays off the first paint.
 */
import type { ComponentChildren, ComponentType } from 'preact';
import { currentPath, fillPath, goTo, matchPath } from '../app/router';
import type { AppServices } from '../app/services';
import { HomeScreen } from './HomeScreen';

/** What the shell hands every screen. */
export interface ScreenProps {
  /** The path's parameters ("study/:scope" gives `scope`). */
  params: Record<string, string>;
  /** Extra parts the page adds to a screen (Settings: storage status and version). */
  extras?: ComponentChildren;
}

export interface RouteEntry {
  name: string;
  /** The hash path, with ":name" parameters. */
  path: string;
  /** The label in the main navigation; none for screens reached from another screen. */
  nav?: string;
  /** A screen in the first bundle (Home), shown at once. */
  screen?: ComponentType<ScreenProps>;
  /** Or the screen's code and feature state, loaded on first visit; called once per app instance. */
  load?: (services: AppServices) => Promise<ComponentType<ScreenProps>>;
  /** Needs the stored data loaded before it shows (everything but Home, which says "Loading decks…"). */
  needsData?: boolean;
}

export const ROUTES = [
  { name: 'home', path: '', nav: 'Decks', screen: HomeScreen },
  {
    name: 'study',
    path: 'study/:scope',
    needsData: true,
    load: async () => (await import('./StudyScreen')).StudyScreen,
  },
  {
    name: 'import',
    path: 'import',
    nav: 'Import',
    needsData: true,
    load: async (services) => {
      const [{ createImportFlow }, { ImportScreen }] = await Promise.all([
        import('../app/import-flow'),
        import('./ImportScreen'),
      ]);
      const flow = createImportFlow(services);
      return () => <ImportScreen flow={flow} />;
    },
  },
  {
    name: 'data',
    path: 'data',
    nav: 'Your data',
    needsData: true,
    load: async (services) => {
      const [{ createDataFlow }, { DataScreen }] = await Promise.all([
        import('../app/data-flow'),
        import('./DataScreen'),
      ]);
      const flow = createDataFlow(services);
      return () => <DataScreen flow={flow} />;
    },
  },
  {
    name: 'readiness',
    path: 'readiness',
    needsData: true,
    load: async (services) => {
      const [{ createReadinessFlow }, { ReadinessScreen }] = await Promise.all([
        import('../app/readiness-flow'),
        import('./ReadinessScreen'),
      ]);
      const flow = createReadinessFlow(services);
      return () => <ReadinessScreen flow={flow} />;
    },
  },
  {
    // A study session of a role's weakest cards, from the Readiness screen.
    name: 'drill',
    path: 'drill/:role',
    needsData: true,
    load: async (services) => {
      const [{ createReadinessFlow }, { DrillScreen }] = await Promise.all([
        import('../app/readiness-flow'),
        import('./DrillScreen'),
      ]);
      const flow = createReadinessFlow(services);
      return ({ params }) => <DrillScreen flow={flow} name={params.role ?? ''} />;
    },
  },
  {
    name: 'settings',
    path: 'settings',
    nav: 'Settings',
    needsData: true,
    load: async () => (await import('./SettingsScreen')).SettingsScreen,
  },
] as const satisfies readonly RouteEntry[];

export type RouteName = (typeof ROUTES)[number]['name'];

/** The screen a path shows, with its parameters; an unknown path shows Home. */
export function matchRoute(path: string): { route: RouteEntry; params: Record<string, string> } {
  for (const route of ROUTES) {
    const params = matchPath(route.path, path);
    if (params) return { route, params };
  }
  return { route: ROUTES[0], params: {} };
}

/** The screen on show now. */
export const currentRoute = () => matchRoute(currentPath.value);

/** The link to a screen, e.g. routeHref('study', { scope: 'all' }) -> "#/study/all". */
export function routeHref(name: RouteName, params: Record<string, string> = {}): string {
  return `#/${fillPath(ROUTES.find((r) => r.name === name)!.path, params)}`;
}

/** Goes to a screen (adds a history entry, so Back returns). */
export function navigate(name: RouteName, params: Record<string, string> = {}): void {
  goTo(fillPath(ROUTES.find((r) => r.name === name)!.path, params));
}
