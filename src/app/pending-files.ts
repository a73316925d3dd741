import { signal } from '@preact/signals';

/** Files opened from outside the app (the manifest's file handlers) wait here for the import screen. */
export const pendingFiles = signal<File[]>([]);
