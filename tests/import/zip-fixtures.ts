/** Zips as attackers and damaged disks make them, for the readers' tests. */
import { zipSync, type Zippable } from 'fflate';
import { constants, deflateRawSync } from 'node:zlib';

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

/**
 * A real deflate stream of `gigabytes` GB of zeros in about a thousandth of that: one 16 MiB
 * chunk compressed with a full flush (so it stands alone and ends on a byte), repeated, then an
 * empty final block. Any inflater reads it to the end.
 */
export function deflatedZeros(chunks: number): Uint8Array {
  const chunk = deflateRawSync(Buffer.alloc(16 * 1024 * 1024), { level: 9, finishFlush: constants.Z_FULL_FLUSH });
  const out = Buffer.alloc(chunk.length * chunks + 2);
  for (let i = 0; i < chunks; i++) chunk.copy(out, i * chunk.length);
  out[out.length - 2] = 0x03;
  out[out.length - 1] = 0x00;
  return new Uint8Array(out.buffer, out.byteOffset, out.length);
}

/** A zip of deflated members given as raw deflate data with the sizes to declare (CRC left 0: a bomb is never inflated). */
export function rawZip(members: { name: string; deflated: Uint8Array; size: number }[]): Uint8Array {
  const parts: Uint8Array[] = [];
  const central: Uint8Array[] = [];
  let offset = 0;
  for (const member of members) {
    const name = new TextEncoder().encode(member.name);
    const local = new Uint8Array(30 + name.length);
    const view = new DataView(local.buffer);
    view.setUint32(0, 0x04034b50, true);
    view.setUint16(4, 20, true);
    view.setUint16(8, 8, true);
    view.setUint32(18, member.deflated.length, true);
    view.setUint32(22, member.size, true);
    view.setUint16(26, name.length, true);
    local.set(name, 30);
    const entry = new Uint8Array(46 + name.length);
    const e = new DataView(entry.buffer);
    e.setUint32(0, 0x02014b50, true);
    e.setUint16(4, 20, true);
    e.setUint16(6, 20, true);
    e.setUint16(10, 8, true);
    e.setUint32(20, member.deflated.length, true);
    e.setUint32(24, member.size, true);
    e.setUint16(28, name.length, true);
    e.setUint32(42, offset, true);
    entry.set(name, 46);
    parts.push(local, member.deflated);
    central.push(entry);
    offset += local.length + member.deflated.length;
  }
  const directorySize = central.reduce((n, c) => n + c.length, 0);
  const end = new Uint8Array(22);
  const v = new DataView(end.buffer);
  v.setUint32(0, 0x06054b50, true);
  v.setUint16(8, members.length, true);
  v.setUint16(10, members.length, true);
  v.setUint32(12, directorySize, true);
  v.setUint32(16, offset, true);
  const all = [...parts, ...central, end];
  const out = new Uint8Array(all.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of all) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}
