import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import type { AppServices } from '../app/services';
import { ROUTES, type RouteEntry, type ScreenProps } from './routes';

/** Each app instance's loaded screens, so a screen and its feature state are made once per app. */
const loaded = new WeakMap<AppServices, Map<string, ComponentType<ScreenProps>>>();

function cached(services: AppServices, route: RouteEntry): ComponentType<ScreenProps> | null {
  return loaded.get(services)?.get(route.name) ?? null;
}

/** Loads a route's screen (code and feature state) ahead of its first visit, e.g. once the page is idle. */
export async function preloadScreen(name: string, services: AppServices): Promise<void> {
  const route: RouteEntry | undefined = ROUTES.find((r) => r.name === name);
  if (!route?.load || cached(services, route)) return;
  remember(services, route, await route.load(services));
}

function remember(services: AppServices, route: RouteEntry, component: ComponentType<ScreenProps>): void {
  const forApp = loaded.get(services) ?? new Map<string, ComponentType<ScreenProps>>();
  if (!forApp.has(route.name)) forApp.set(route.name, component);
  loaded.set(services, forApp);
}

/** Renders a route's screen, loading its code on first use (kept off the first paint), then from memory. */
export function Lazy({ route, services, props }: { route: RouteEntry; services: AppServices; props: ScreenProps }) {
  const [Screen, setScreen] = useState<{ route: string; component: ComponentType<ScreenProps> } | null>(() => {
    const component = cached(services, route);
    return component ? { route: route.name, component } : null;
  });
  const [error, setError] = useState<string | null>(null);
  const ready = Screen?.route === route.name ? Screen.component : cached(services, route);
  useEffect(() => {
    if (ready) return;
    let live = true;
    setError(null);
    route.load!(services).then(
      (component) => {
        remember(services, route, component);
        if (live) setScreen({ route: route.name, component: cached(services, route)! });
      },
      (cause: unknown) => live && setError(cause instanceof Error ? cause.message : String(cause)),
    );
    return () => {
      live = false;
    };
  }, [route, services, ready]);
  if (error) {
    return (
      <p class="error" role="alert">
        Could not load this screen: {error}
      </p>
    );
  }
  const Component = ready;
  return Component ? <Component {...props} /> : <p role="status">Loading…</p>;
}
