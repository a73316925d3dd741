import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { AppModel } from '../app/app-model';

export const AppContext = createContext<AppModel | null>(null);

/** The app model provided by <App>. */
export function useApp(): AppModel {
  const model = useContext(AppContext);
  if (!model) throw new Error('useApp: no AppContext provider');
  return model;
}
