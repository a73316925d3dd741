/** Whether the device has a connection, for the small "Offline" mark in the header. */
import { signal } from '@preact/signals';

export const online = signal(typeof navigator === 'undefined' ? true : navigator.onLine);

/** Follows the browser's online and offline events; call once at start-up. */
export function watchConnectivity(): () => void {
  const update = () => {
    online.value = navigator.onLine;
  };
  window.addEventListener('online', update);
  window.addEventListener('offline', update);
  update();
  return () => {
    window.removeEventListener('online', update);
    window.removeEventListener('offline', update);
  };
}
