/**
 * Hash routes, so the phone's back button and a home-screen launch both land somewhere
 * sensible. The router knows paths, not screens: the route table (src/ui/routes.tsx) names the
 * screens and their path patterns ("study/:scope").
 */
import { signal } from '@preact/signals';

/** The path in the address bar's hash, without "#/": "", "settings", "study/all". */
export const currentPath = signal(typeof location === 'undefined' ? '' : pathOfHash(location.hash));

/** "#/study/all" -> "study/all". */
export function pathOfHash(hash: string): string {
  return hash.replace(/^#\/?/, '');
}

/** The parameters of `path` if it matches `pattern` ("study/:scope" matches "study/a%2Fb" with scope "a/b"). */
export function matchPath(pattern: string, path: string): Record<string, string> | null {
  const want = pattern.split('/');
  const got = path.split('/');
  // The last parameter takes the rest, so a deck id may hold a slash.
  const last = want.length - 1;
  if (got.length < want.length || (got.length > want.length && !want[last]!.startsWith(':'))) return null;
  const params: Record<string, string> = {};
  for (let i = 0; i < want.length; i++) {
    const part = i === last ? got.slice(i).join('/') : got[i]!;
    if (want[i]!.startsWith(':')) {
      if (part === '') return null;
      params[want[i]!.slice(1)] = decodeURIComponent(part);
    } else if (want[i] !== part) return null;
  }
  return params;
}

/** The path for a pattern with its parameters filled in. */
export function fillPath(pattern: string, params: Record<string, string> = {}): string {
  return pattern
    .split('/')
    .map((part) => (part.startsWith(':') ? encodeURIComponent(params[part.slice(1)] ?? '') : part))
    .join('/');
}

/** Keeps `currentPath` in step with the address bar. */
export function followHashChanges(): () => void {
  const update = () => {
    currentPath.value = pathOfHash(location.hash);
  };
  window.addEventListener('hashchange', update);
  return () => window.removeEventListener('hashchange', update);
}

/** Goes to a path (adds a history entry, so Back returns). */
export function goTo(path: string): void {
  location.hash = `#/${path}`;
  currentPath.value = path;
}
