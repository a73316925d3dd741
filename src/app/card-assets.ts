/**
 * What an imported card needs besides its text: blob: URLs for its media and its note type's
 * CSS, from the database. A URL is made once per file and kept for the page's life (cards
 * repeat), and dropped when the app's data is reloaded (an import or restore may change it).
 */
import { effect } from '@preact/signals';
import type { CardRecord } from '../domain/model';
import type { AppDb } from '../storage/db';
import { loadMedia, loadStyle } from '../storage/media-store';
import type { AppState } from './app-state';

export type CardAssets = ReturnType<typeof createCardAssets>;

export interface LoadedAssets {
  media: Map<string, string>;
  css: string;
}

/** Builds the card-asset loader over the database; its cache follows the app's reloads. */
export function createCardAssets(app: Pick<AppState, 'generation'>, db: AppDb) {
  const urls = new Map<string, string | null>();
  // URLs are forgotten, not revoked: a card on screen may still show one.
  effect(() => {
    void app.generation.value;
    urls.clear();
  });

  async function mediaUrl(scope: string, name: string): Promise<string | undefined> {
    const id = `${scope}/${name}`;
    if (!urls.has(id)) {
      const record = await loadMedia(db, scope, name);
      urls.set(id, record ? URL.createObjectURL(record.blob) : null);
    }
    return urls.get(id) ?? undefined;
  }

  return {
    /** The note-type CSS and blob: URLs for the named media files of an imported card. */
    async load(card: CardRecord, names: readonly string[]): Promise<LoadedAssets> {
      const media = new Map<string, string>();
      if (card.mediaScope) {
        for (const name of names) {
          const url = await mediaUrl(card.mediaScope, name);
          if (url) media.set(name, url);
        }
      }
      const css = card.styleId ? ((await loadStyle(db, card.styleId))?.css ?? '') : '';
      return { media, css };
    },
  };
}
