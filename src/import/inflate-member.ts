/** Inflating one deflated zip member with its size held to what the directory declared. */
import { Inflate } from 'fflate';
import { ZipFormatError } from './zip-directory';

const STEP = 1 << 20;

/**
 * Inflates `raw`, a member that declares `size` bytes, feeding it in 1 MB steps: it stops the
 * moment the output passes `size` (a member that lies about its size is a bomb, or damaged), and
 * `meter` sees every chunk so a file's overall allowance is kept. Throws ZipFormatError.
 */
export function inflateMember(raw: Uint8Array, size: number, meter: (bytes: number) => void = () => {}): Uint8Array {
  const out = new Uint8Array(size);
  let at = 0;
  const inflater = new Inflate((chunk) => {
    if (at + chunk.length > size) throw new ZipFormatError(`inflates to more than the ${size} bytes it declares`);
    meter(chunk.length);
    out.set(chunk, at);
    at += chunk.length;
  });
  try {
    if (raw.length === 0) inflater.push(new Uint8Array(0), true);
    for (let i = 0; i < raw.length; i += STEP) inflater.push(raw.subarray(i, i + STEP), i + STEP >= raw.length);
  } catch (error) {
    if (error instanceof ZipFormatError || (error instanceof Error && error.name === 'ImportError')) throw error;
    throw new ZipFormatError(`cannot inflate member (${error instanceof Error ? error.message : String(error)})`);
  }
  if (at !== size) throw new ZipFormatError(`member is ${at} bytes, expected ${size}`);
  return out;
}
