/** Where an Anki package's media and note-type styles are kept: their scope and style ids. */
import { hashText } from '../../domain/content-hash';
import type { ImportedMedia } from '../../domain/import-bundle';

/**
 * Anki keeps one media folder per collection, so every Anki card shares this scope: a file
 * that several packages carry is stored once, and a re-import replaces it.
 */
export const ANKI_MEDIA_SCOPE = 'anki-media';

/**
 * The media scope of one package: its files' names and sizes, fingerprinted. Two packages that
 * both hold a "1.mp3" keep their own; importing the same package again reuses its scope.
 */
export function mediaScopeFor(media: readonly ImportedMedia[]): string {
  const listing = media
    .map((m) => `${m.name}\u0000${m.data.size}`)
    .sort()
    .join('\n');
  return `${ANKI_MEDIA_SCOPE}:${hashText(listing)}`;
}

/** Stylesheet id of an Anki note type (StyleRecord.id / ImportedCard.styleId). */
export function styleIdForNoteType(noteTypeId: number): string {
  return `anki-notetype:${noteTypeId}`;
}
