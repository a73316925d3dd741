/** Hash routes, so the phone's back button and a home-screen launch both land somewhere sensible. */
import { signal } from '@preact/signals';

export type Route = { name: 'home' } | { name: 'study'; scope: string } | { name: 'settings' } | { name: 'import' };

/** Reads a route from a location hash such as "#/study/all". */
export function parseRoute(hash: string): Route {
  const path = hash.replace(/^#\/?/, '');
  const [head, ...rest] = path.split('/');
  if (head === 'study' && rest.length > 0) return { name: 'study', scope: decodeURIComponent(rest.join('/')) };
  if (head === 'settings') return { name: 'settings' };
  if (head === 'import') return { name: 'import' };
  return { name: 'home' };
}

/** The hash for a route. */
export function routeHref(route: Route): string {
  return route.name === 'study'
    ? `#/study/${encodeURIComponent(route.scope)}`
    : route.name === 'home'
      ? '#/'
      : `#/${route.name}`;
}

export const route = signal<Route>(typeof location === 'undefined' ? { name: 'home' } : parseRoute(location.hash));

/** Keeps `route` in step with the address bar. */
export function followHashChanges(): () => void {
  const update = () => {
    route.value = parseRoute(location.hash);
  };
  window.addEventListener('hashchange', update);
  return () => window.removeEventListener('hashchange', update);
}

/** Goes to a route (adds a history entry, so Back returns). */
export function navigate(to: Route): void {
  location.hash = routeHref(to);
  route.value = to;
}
