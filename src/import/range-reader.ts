/**
 * Reads a Blob (a chosen file, a file in the browser's private storage) range by range,
 * through a window of a few megabytes: thousands of small zip members cost a few reads, and
 * nothing larger than the window is ever held at once.
 */

export const WINDOW_BYTES = 8 * 1024 * 1024;

/** Thrown when a range reaches past the end of the file (it was cut short). */
export class PastEndError extends Error {}

export function createRangeReader(file: Blob, windowBytes = WINDOW_BYTES) {
  let windowStart = 0;
  let window = new Uint8Array(0);

  async function load(start: number, end: number): Promise<void> {
    window = new Uint8Array(await file.slice(start, Math.max(end, start + windowBytes)).arrayBuffer());
    windowStart = start;
  }

  return {
    size: file.size,
    /** Bytes [start, end); for ranges up to the window's size. Throws PastEndError beyond the file's end. */
    async read(start: number, end: number): Promise<Uint8Array> {
      if (end > file.size) throw new PastEndError(`${end} is past the end of the file (${file.size} bytes)`);
      if (start < windowStart || end > windowStart + window.length) await load(start, end);
      return window.subarray(start - windowStart, end - windowStart);
    },
    /** Bytes [start, end) in pieces of at most the window's size, for a range of any length. */
    async *pieces(start: number, end: number): AsyncGenerator<Uint8Array> {
      if (end > file.size) throw new PastEndError(`${end} is past the end of the file (${file.size} bytes)`);
      for (let at = start; at < end; at += windowBytes) yield this.read(at, Math.min(end, at + windowBytes));
    },
  };
}

export type RangeReader = ReturnType<typeof createRangeReader>;
