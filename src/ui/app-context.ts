import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { AppServices } from '../app/services';

export const AppContext = createContext<AppServices | null>(null);

/** Everything <App> provides: shared state, card assets, and what features build on (the study session loads with its screen). */
export function useServices(): AppServices {
  const services = useContext(AppContext);
  if (!services) throw new Error('useServices: no AppContext provider');
  return services;
}

/** The app's shared state (decks, settings, counts, the clock). */
export const useApp = () => useServices().state;

/** Media URLs and note-type CSS for imported cards. */
export const useCardAssets = () => useServices().assets;

/** The interview's roles and date, and the plan toward it. */
export const useGuide = () => useServices().guide;
