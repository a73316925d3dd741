/**
 * How media files are stored: each file's record names a pack (one stored Blob shared by the
 * files that arrived with it, within one media scope) and its place in it, so a transaction
 * writes a few Blobs however many files it holds. Pure rules; storage/media-writes.ts writes.
 */
import type { MediaFile } from './model';

/** A stored pack: one Blob holding the bytes of several files of one scope. */
export interface MediaPackRecord {
  id: string;
  scope: string;
  blob: Blob;
}

/**
 * A stored media file: its bytes are `size` bytes at `offset` in the pack `pack`. Files stored
 * before packs existed carry their own `blob` instead.
 */
export interface StoredMedia {
  id: string;
  scope: string;
  name: string;
  type: string;
  pack?: string;
  offset?: number;
  size?: number;
  blob?: Blob;
}

/** The packs and records that store `files`: one pack per source Blob and scope, in the order first met. */
export function planMediaPacks(
  files: readonly MediaFile[],
  newPackId: () => string,
): { packs: MediaPackRecord[]; records: StoredMedia[] } {
  const packIds = new Map<Blob, Map<string, string>>();
  const packs: MediaPackRecord[] = [];
  const records = files.map((file): StoredMedia => {
    const byScope = packIds.get(file.data.blob) ?? new Map<string, string>();
    packIds.set(file.data.blob, byScope);
    let pack = byScope.get(file.scope);
    if (!pack) {
      pack = newPackId();
      byScope.set(file.scope, pack);
      packs.push({ id: pack, scope: file.scope, blob: file.data.blob });
    }
    const { id, scope, name, type } = file;
    return { id, scope, name, type, pack, offset: file.data.offset, size: file.data.size };
  });
  return { packs, records };
}

/**
 * The packs of a scope that nothing refers to once `written` records have replaced the ones
 * with the same ids among `existing` (a re-imported package overwrites its files in place).
 */
export function unusedPacks(
  existing: readonly StoredMedia[],
  written: readonly StoredMedia[],
  packsOfScope: readonly string[],
): string[] {
  const replaced = new Set(written.map((r) => r.id));
  const used = new Set<string>();
  for (const record of written) if (record.pack) used.add(record.pack);
  for (const record of existing) if (!replaced.has(record.id) && record.pack) used.add(record.pack);
  return packsOfScope.filter((id) => !used.has(id));
}

/** A stored file's bytes as a place in its pack (or in its own Blob, for files stored before packs). */
export function mediaFileOf(stored: StoredMedia, packBlob: Blob | undefined): MediaFile | undefined {
  const { id, scope, name, type } = stored;
  if (stored.blob) return { id, scope, name, type, data: { blob: stored.blob, offset: 0, size: stored.blob.size } };
  if (!packBlob) return undefined;
  return { id, scope, name, type, data: { blob: packBlob, offset: stored.offset ?? 0, size: stored.size ?? 0 } };
}
