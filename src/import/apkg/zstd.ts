/** zstd decoding through fzstd, loaded only when a Latest (schema 18) package is opened. */

import { concatBytes } from '../concat-bytes';

/** Thrown for a damaged zstd frame; the package reader names the part. */
export class ZstdFormatError extends Error {}

/** Decodes one zstd stream; `meter` sees each decoded chunk's length and may throw to stop a bomb. */
export type ZstdDecode = (data: Uint8Array, meter?: (bytes: number) => void) => Uint8Array;

type Fzstd = typeof import('fzstd');
let fzstd: Fzstd | null = null;

/** Loads the decoder (a dynamic import, so it never weighs on the first paint). */
export async function loadZstd(): Promise<ZstdDecode> {
  fzstd ??= await import('fzstd');
  const { Decompress } = fzstd;
  return (data, meter) => {
    const chunks: Uint8Array[] = [];
    let total = 0;
    // Streaming, block by block, so a frame that decodes to gigabytes is stopped by the meter
    // long before it is held in memory.
    const stream = new Decompress((chunk) => {
      meter?.(chunk.length);
      chunks.push(chunk);
      total += chunk.length;
    });
    try {
      stream.push(data, true);
    } catch (error) {
      if (error instanceof Error && error.name === 'ImportError') throw error;
      throw new ZstdFormatError(error instanceof Error ? error.message : String(error));
    }
    return concatBytes(chunks, total);
  };
}
