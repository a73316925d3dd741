/**
 * The page side of the service worker: the only module that imports virtual:pwa-register.
 * The update flow itself (prompt, never a reload mid-card) is in sw-bridge.ts.
 */
import { registerSW } from 'virtual:pwa-register';
import { createSwBridge } from './sw-bridge';

const bridge = createSwBridge(registerSW);

export const { needRefresh, offlineReady, applyUpdate, dismissOfflineReady, dismissUpdate } = bridge;

/** The build this page runs (VITE_APP_BUILD at build time, else the package version). */
export const appBuild: string = import.meta.env.VITE_APP_BUILD ?? 'dev';

/** Registers the service worker (production builds only; a no-op where unsupported). */
export function startServiceWorker(): void {
  if (import.meta.env.PROD && 'serviceWorker' in navigator) bridge.start();
}
