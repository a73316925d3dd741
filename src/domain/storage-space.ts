/**
 * Will an import fit? Its size is estimated from what it writes (text counts twice: the browser
 * stores strings as UTF-16 and indexes some fields; media as they are), plus the safety backup
 * made first, and compared with what the browser says is left (navigator.storage.estimate()).
 * Refusing with the numbers beats a write that fails halfway on a full disk, after which
 * Chromium may delete the whole database.
 */
import type { ImportBundle } from './import-bundle';
import { formatBytes } from './format-bytes';

/** Bytes per stored record beyond its text: keys, indexes, structure. */
const RECORD_OVERHEAD = 400;
/** Room kept free beyond the estimate, as estimates are rough. */
const MARGIN = 1.25;

/** About how many bytes writing `bundle` takes. */
export function estimateImportBytes(bundle: ImportBundle): number {
  let bytes = 0;
  for (const deck of bundle.decks) {
    bytes += RECORD_OVERHEAD + 2 * (deck.name.length + deck.description.length);
    for (const card of deck.cards) {
      const text = card.front.length + card.back.length + (card.notes?.length ?? 0) + (card.source?.length ?? 0);
      bytes += RECORD_OVERHEAD + 2 * (text + card.tags.join(' ').length);
      if (card.schedule) bytes += RECORD_OVERHEAD;
      bytes += (card.reviews?.length ?? 0) * RECORD_OVERHEAD;
    }
  }
  for (const media of bundle.media ?? []) bytes += RECORD_OVERHEAD + media.data.size;
  for (const style of bundle.styles ?? []) bytes += RECORD_OVERHEAD + 2 * style.css.length;
  return Math.round(bytes * MARGIN);
}

export interface SpaceEstimate {
  usage: number;
  quota: number;
}

export interface SpaceShortfall {
  need: number;
  free: number;
  usage: number;
  quota: number;
}

/** The shortfall when `need` bytes will not fit, or null when they will (or the browser does not say). */
export function findShortfall(need: number, estimate: Partial<SpaceEstimate> | undefined): SpaceShortfall | null {
  if (estimate?.usage === undefined || estimate.quota === undefined) return null;
  const free = Math.max(0, estimate.quota - estimate.usage);
  return need > free ? { need, free, usage: estimate.usage, quota: estimate.quota } : null;
}

/** Why an import was refused, with the numbers. */
export function describeShortfall(s: SpaceShortfall, withBackup: boolean): string {
  return (
    `Not enough space for this import: it needs about ${formatBytes(s.need)}` +
    (withBackup ? ' (the cards and media, and a safety backup of your data made first)' : '') +
    `, and the browser lets PrepDeck store only ${formatBytes(s.free)} more on this device ` +
    `(it uses ${formatBytes(s.usage)} of ${formatBytes(s.quota)}). Nothing was imported. ` +
    'Free some space on the device, or delete decks you no longer need, and try again.'
  );
}

/** Space is getting tight: less than a fifth of the allowance, or under 100 MB, is left. */
export function isSpaceTight(estimate: Partial<SpaceEstimate> | undefined): boolean {
  if (estimate?.usage === undefined || estimate.quota === undefined || estimate.quota === 0) return false;
  const free = estimate.quota - estimate.usage;
  return free < estimate.quota * 0.2 || free < 100_000_000;
}
