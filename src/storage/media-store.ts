import type { MediaRecord, StyleRecord } from '../domain/model';
import type { AppDb } from './db';

/** The media file `name` of the package `scope` (as a card's mediaScope names it), or undefined. */
export async function loadMedia(db: AppDb, scope: string, name: string): Promise<MediaRecord | undefined> {
  const tx = db.transaction(['media', 'mediaPacks']);
  const stored = await tx.objectStore('media').get(`${scope}/${name}`);
  const pack = stored?.pack ? await tx.objectStore('mediaPacks').get(stored.pack) : undefined;
  if (!stored) return undefined;
  const { id, type } = stored;
  if (stored.blob) return { id, scope: stored.scope, name: stored.name, type, blob: stored.blob };
  if (!pack) return undefined;
  const start = stored.offset ?? 0;
  const blob = pack.blob.slice(start, start + (stored.size ?? 0), type);
  return { id, scope: stored.scope, name: stored.name, type, blob };
}

/** A note type's stylesheet by id, or undefined. */
export async function loadStyle(db: AppDb, id: string): Promise<StyleRecord | undefined> {
  return db.get('styles', id);
}
