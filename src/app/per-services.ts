import type { AppServices } from './services';

/**
 * A feature's state, made once per app instance on first use, so the screens that share it
 * (two routes into Rehearse, the story card on Study and My stories) see the same state.
 */
export function perServices<T>(make: (services: AppServices) => T): (services: AppServices) => T {
  const made = new WeakMap<AppServices, T>();
  return (services) => {
    let value = made.get(services);
    if (value === undefined) {
      value = make(services);
      made.set(services, value);
    }
    return value;
  };
}

/** A new record id. */
export function newId(): string {
  return crypto.randomUUID();
}
