import type { MediaRecord, StyleRecord } from '../domain/model';
import type { AppDb } from './db';

/** The media file `name` of the package `scope` (as a card's mediaScope names it), or undefined. */
export async function loadMedia(db: AppDb, scope: string, name: string): Promise<MediaRecord | undefined> {
  return db.get('media', `${scope}/${name}`);
}

/** Every media file of one package. */
export async function loadMediaInScope(db: AppDb, scope: string): Promise<MediaRecord[]> {
  return db.getAllFromIndex('media', 'by-scope', scope);
}

/** A note type's stylesheet by id, or undefined. */
export async function loadStyle(db: AppDb, id: string): Promise<StyleRecord | undefined> {
  return db.get('styles', id);
}
