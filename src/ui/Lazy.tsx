import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';

const loaded = new Map<() => Promise<ComponentType>, ComponentType>();

/** Renders a screen whose code loads on first use (kept off the first paint), then from memory. */
export function Lazy({ load, label }: { load: () => Promise<ComponentType>; label: string }) {
  const [Screen, setScreen] = useState<ComponentType | null>(() => loaded.get(load) ?? null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    if (Screen) return;
    let live = true;
    load().then(
      (component) => {
        loaded.set(load, component);
        if (live) setScreen(() => component);
      },
      (cause: unknown) => live && setError(cause instanceof Error ? cause.message : String(cause)),
    );
    return () => {
      live = false;
    };
  }, [load]);
  if (error)
    return (
      <p class="error" role="alert">
        Could not load {label}: {error}
      </p>
    );
  return Screen ? <Screen /> : <p role="status">Loading {label}…</p>;
}
