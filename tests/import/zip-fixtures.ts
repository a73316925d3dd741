/** Zips as attackers and damaged disks make them, for the readers' tests. */
import { zipSync, type Zippable } from 'fflate';

const u32 = (bytes: Uint8Array, at: number) =>
  (bytes[at]! | (bytes[at + 1]! << 8) | (bytes[at + 2]! << 16) | (bytes[at + 3]! << 24)) >>> 0;
const put32 = (bytes: Uint8Array, at: number, value: number) =>
  new DataView(bytes.buffer, bytes.byteOffset).setUint32(at, value, true);

/**
 * Rewrites the uncompressed size that the central directory (and the local header) declare for
 * `member`, leaving its data as it is: a zip that lies about what it holds.
 */
export function withDeclaredSize(zip: Uint8Array, member: string, size: number): Uint8Array {
  const out = zip.slice();
  const name = new TextEncoder().encode(member);
  const matches = (nameAt: number, nameLength: number) =>
    nameLength === name.length && name.every((b, i) => out[nameAt + i] === b);
  let patched = 0;
  for (let at = 0; at + 46 <= out.length; at++) {
    const signature = u32(out, at);
    if (signature === 0x02014b50) {
      const nameLength = out[at + 28]! | (out[at + 29]! << 8);
      if (matches(at + 46, nameLength)) {
        put32(out, at + 24, size);
        patched++;
      }
    } else if (signature === 0x04034b50) {
      const nameLength = out[at + 26]! | (out[at + 27]! << 8);
      if (matches(at + 30, nameLength)) put32(out, at + 22, size);
    }
  }
  if (patched !== 1) throw new Error(`withDeclaredSize: ${member} not found once in the directory`);
  return out;
}

/** `bytes` zeros, deflated: a member that unpacks to about a thousand times its packed size. */
export function zeroBomb(name: string, bytes: number, extra: Zippable = {}): Uint8Array {
  return zipSync({ ...extra, [name]: [new Uint8Array(bytes), { level: 1 }] });
}
