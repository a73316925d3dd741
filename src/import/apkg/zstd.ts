/** zstd decoding through fzstd, loaded only when a Latest (schema 18) package is opened. */

/** Thrown for a damaged zstd frame; the package reader names the part. */
export class ZstdFormatError extends Error {}

type Decompress = (data: Uint8Array) => Uint8Array;
let decompress: Decompress | null = null;

/** Loads the decoder (a dynamic import, so it never weighs on the first paint). */
export async function loadZstd(): Promise<Decompress> {
  if (!decompress) {
    const fzstd = await import('fzstd');
    decompress = fzstd.decompress;
  }
  const fn = decompress;
  return (data) => {
    try {
      return fn(data);
    } catch (error) {
      throw new ZstdFormatError(error instanceof Error ? error.message : String(error));
    }
  };
}
