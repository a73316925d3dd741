import type { MediaBytes } from '../../src/domain/model';

/** A whole Blob as one file's bytes (a pack of one). */
export function wholeBlob(blob: Blob): MediaBytes {
  return { blob, offset: 0, size: blob.size };
}

/** One file's bytes, as a list of numbers for comparisons. */
export async function bytesOfMedia(data: MediaBytes): Promise<number[]> {
  return [...new Uint8Array(await data.blob.slice(data.offset, data.offset + data.size).arrayBuffer())];
}
