/**
 * A small ZIP reader over fflate's inflate: it reads the central directory, so members are
 * looked up by name whatever their order, and unpacks one member at a time (stored or
 * deflated), checking size and CRC-32 so a damaged member is named, not silently imported.
 */
import { inflateSync } from 'fflate';

export interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  size: number;
  crc: number;
  localOffset: number;
}

/** Thrown for a damaged archive or member; the package reader turns it into an ImportError. */
export class ZipFormatError extends Error {}

const EOCD_SIGNATURE = 0x06054b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const LOCAL_SIGNATURE = 0x04034b50;

function u16(bytes: Uint8Array, at: number): number {
  if (at + 2 > bytes.length) throw new ZipFormatError('unexpected end of archive');
  return bytes[at]! | (bytes[at + 1]! << 8);
}

function u32(bytes: Uint8Array, at: number): number {
  if (at + 4 > bytes.length) throw new ZipFormatError('unexpected end of archive');
  return (bytes[at]! | (bytes[at + 1]! << 8) | (bytes[at + 2]! << 16) | (bytes[at + 3]! << 24)) >>> 0;
}

function findEndOfCentralDirectory(bytes: Uint8Array): number {
  // The record is 22 bytes plus a comment of at most 65535 bytes, at the very end.
  const last = bytes.length - 22;
  const first = Math.max(0, last - 0xffff);
  for (let at = last; at >= first; at--) {
    if (bytes[at] === 0x50 && bytes[at + 1] === 0x4b && u32(bytes, at) === EOCD_SIGNATURE) return at;
  }
  throw new ZipFormatError('not a zip archive (no central directory found)');
}

const decoder = new TextDecoder();

/** The archive's members by name. */
export function readZipDirectory(bytes: Uint8Array): Map<string, ZipEntry> {
  const eocd = findEndOfCentralDirectory(bytes);
  const count = u16(bytes, eocd + 10);
  const offset = u32(bytes, eocd + 16);
  if (count === 0xffff || offset === 0xffffffff) throw new ZipFormatError('ZIP64 archives are not supported');
  const entries = new Map<string, ZipEntry>();
  let at = offset;
  for (let i = 0; i < count; i++) {
    if (u32(bytes, at) !== CENTRAL_SIGNATURE) throw new ZipFormatError('damaged central directory');
    const flags = u16(bytes, at + 8);
    const nameLength = u16(bytes, at + 28);
    if (at + 46 + nameLength > bytes.length) throw new ZipFormatError('damaged central directory');
    const name = decoder.decode(bytes.subarray(at + 46, at + 46 + nameLength));
    const entry: ZipEntry = {
      name,
      method: u16(bytes, at + 10),
      crc: u32(bytes, at + 16),
      compressedSize: u32(bytes, at + 20),
      size: u32(bytes, at + 24),
      localOffset: u32(bytes, at + 42),
    };
    if (flags & 1) throw new ZipFormatError(`member "${name}" is encrypted`);
    entries.set(name, entry);
    at += 46 + nameLength + u16(bytes, at + 30) + u16(bytes, at + 32);
  }
  return entries;
}

let crcTable: Uint32Array | null = null;

function crc32(data: Uint8Array): number {
  if (!crcTable) {
    crcTable = new Uint32Array(256);
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      crcTable[n] = c >>> 0;
    }
  }
  const table = crcTable;
  let crc = 0xffffffff;
  for (let i = 0; i < data.length; i++) crc = table[(crc ^ data[i]!) & 0xff]! ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

/** The member's uncompressed bytes; throws ZipFormatError when it is truncated or corrupt. */
export function extractZipEntry(bytes: Uint8Array, entry: ZipEntry): Uint8Array {
  const local = entry.localOffset;
  if (u32(bytes, local) !== LOCAL_SIGNATURE) throw new ZipFormatError('damaged member header');
  const start = local + 30 + u16(bytes, local + 26) + u16(bytes, local + 28);
  const end = start + entry.compressedSize;
  if (end > bytes.length) throw new ZipFormatError('member is truncated');
  const raw = bytes.subarray(start, end);
  let data: Uint8Array;
  if (entry.method === 0) {
    data = raw;
  } else if (entry.method === 8) {
    try {
      data = inflateSync(raw, { out: new Uint8Array(entry.size) });
    } catch (error) {
      throw new ZipFormatError(`cannot inflate member (${error instanceof Error ? error.message : String(error)})`);
    }
  } else {
    throw new ZipFormatError(`unsupported compression method ${entry.method}`);
  }
  if (data.length !== entry.size) throw new ZipFormatError(`member is ${data.length} bytes, expected ${entry.size}`);
  if (crc32(data) !== entry.crc) throw new ZipFormatError('member is corrupt (CRC mismatch)');
  return data;
}
