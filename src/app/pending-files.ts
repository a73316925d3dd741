import { signal } from '@preact/signals';

/** Files opened from outside the app (the manifest's file handlers) wait here for the import screen. */
export const pendingFiles = signal<File[]>([]);

/** A backup chosen on the Import screen waits here for the Your data screen, which restores it. */
export const pendingBackup = signal<File | null>(null);
