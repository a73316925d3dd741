/**
 * Writing media files inside a write transaction: their packs (a few Blobs) and one small
 * record per file, plus the packs a re-import left without any file. The rules are pure, in
 * domain/media-packs.ts.
 */
import type { IDBPObjectStore, StoreNames } from 'idb';
import { planMediaPacks, unusedPacks } from '../domain/media-packs';
import type { MediaFile } from '../domain/model';
import type { AppSchema } from './db';

type Stores<S extends StoreNames<AppSchema>[]> = {
  media: IDBPObjectStore<AppSchema, S, 'media', 'readwrite'>;
  mediaPacks: IDBPObjectStore<AppSchema, S, 'mediaPacks', 'readwrite'>;
};

/** A fresh pack id. randomUUID exists only in secure contexts (https, localhost). */
function newPackId(): string {
  return `pack-${globalThis.crypto?.randomUUID?.() ?? `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`}`;
}

/**
 * Stores `files` (replacing files with the same ids) and deletes the packs of their scopes that
 * nothing refers to afterwards. Only idb requests, so it runs inside the caller's transaction;
 * `write` is runWriteTransaction's.
 */
export async function putMediaFiles<S extends StoreNames<AppSchema>[]>(
  stores: Stores<S>,
  files: readonly MediaFile[],
  write: (request: Promise<unknown>) => Promise<unknown> | undefined,
): Promise<void> {
  if (files.length === 0) return;
  const { packs, records } = planMediaPacks(files, newPackId);
  const scopes = [...new Set(files.map((f) => f.scope))];
  const [existing, packKeys] = await Promise.all([
    Promise.all(scopes.map((scope) => stores.media.index('by-scope').getAll(scope))),
    Promise.all(scopes.map((scope) => stores.mediaPacks.index('by-scope').getAllKeys(scope))),
  ]);
  for (const pack of packs) await write(stores.mediaPacks.put(pack));
  for (const record of records) await write(stores.media.put(record));
  for (let i = 0; i < scopes.length; i++) {
    const written = records.filter((r) => r.scope === scopes[i]);
    for (const id of unusedPacks(existing[i]!, written, packKeys[i]!)) await write(stores.mediaPacks.delete(id));
  }
}
