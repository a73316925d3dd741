/**
 * Gathers media files' bytes into packs: one Blob per few megabytes instead of one per file
 * (see MediaBytes in domain/model.ts). Creating 25,000 Blobs costs the browser seconds on its
 * own, and storing them opened 25,000 files at once.
 */
import type { MediaBytes } from '../domain/model';

/** About this many bytes go into one pack (a file larger than this is a pack of its own). */
export const PACK_BYTES = 16_000_000;

const UNSET = new Blob([]);

/** Collects files' bytes; each `add` returns the file's place, whose Blob is filled in when its pack closes. */
export function createMediaPacker(packBytes = PACK_BYTES) {
  let parts: Uint8Array[] = [];
  let pending: MediaBytes[] = [];
  let size = 0;

  function flush(): void {
    if (pending.length === 0) return;
    const blob = new Blob(parts as Uint8Array<ArrayBuffer>[]);
    for (const place of pending) place.blob = blob;
    parts = [];
    pending = [];
    size = 0;
  }

  return {
    /** Adds one file's bytes; its MediaBytes is complete once `finish` (or a later pack) has run. */
    add(bytes: Uint8Array): MediaBytes {
      const place: MediaBytes = { blob: UNSET, offset: size, size: bytes.length };
      parts.push(bytes);
      pending.push(place);
      size += bytes.length;
      if (size >= packBytes) flush();
      return place;
    },
    /** Closes the last pack. */
    finish: flush,
  };
}
