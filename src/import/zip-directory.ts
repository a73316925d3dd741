/**
 * A zip's table of contents: the end record and the central directory, which name every member
 * with its sizes and where it starts. Both zip readers (Anki packages, backups) work from it, so
 * members are found by name whatever their order, a file cut short is told apart from one that
 * is not a zip, and a member's size is known before a byte of it is inflated.
 */

export interface ZipEntry {
  name: string;
  /** 0 stored, 8 deflated. */
  method: number;
  flags: number;
  compressedSize: number;
  /** Uncompressed size, as the directory declares it. */
  size: number;
  crc: number;
  localOffset: number;
}

/** A damaged archive or member; each reader turns it into an ImportError naming the file. */
export class ZipFormatError extends Error {}

const END_SIGNATURE = 0x06054b50;
const CENTRAL_SIGNATURE = 0x02014b50;
export const LOCAL_SIGNATURE = 0x04034b50;
/** The end record is 22 bytes plus a comment of at most 65,535. */
export const END_RECORD_SEARCH = 22 + 0xffff;
/** A local header's fixed part; the name and the extra field follow. */
export const LOCAL_HEADER_BYTES = 30;

export function u16(bytes: Uint8Array, at: number): number {
  if (at + 2 > bytes.length) throw new ZipFormatError('unexpected end of archive');
  return bytes[at]! | (bytes[at + 1]! << 8);
}

export function u32(bytes: Uint8Array, at: number): number {
  if (at + 4 > bytes.length) throw new ZipFormatError('unexpected end of archive');
  return (bytes[at]! | (bytes[at + 1]! << 8) | (bytes[at + 2]! << 16) | (bytes[at + 3]! << 24)) >>> 0;
}

export interface ZipEnd {
  count: number;
  directoryOffset: number;
  directorySize: number;
}

/** Finds and reads the end record in `tail`, the last bytes of a file of `fileSize` bytes; null when there is none. */
export function readEndRecord(tail: Uint8Array, fileSize: number): ZipEnd | null {
  for (let at = tail.length - 22; at >= 0; at--) {
    if (tail[at] !== 0x50 || tail[at + 1] !== 0x4b || u32(tail, at) !== END_SIGNATURE) continue;
    const count = u16(tail, at + 10);
    const directorySize = u32(tail, at + 12);
    const directoryOffset = u32(tail, at + 16);
    if (count === 0xffff || directoryOffset === 0xffffffff)
      throw new ZipFormatError('ZIP64 archives are not supported');
    if (directoryOffset + directorySize > fileSize) throw new ZipFormatError('damaged central directory');
    return { count, directoryOffset, directorySize };
  }
  return null;
}

const decoder = new TextDecoder();

/** The members the central directory lists, in its order. */
export function parseCentralDirectory(directory: Uint8Array, count: number): ZipEntry[] {
  const entries: ZipEntry[] = [];
  let at = 0;
  for (let i = 0; i < count; i++) {
    if (u32(directory, at) !== CENTRAL_SIGNATURE) throw new ZipFormatError('damaged central directory');
    const nameLength = u16(directory, at + 28);
    if (at + 46 + nameLength > directory.length) throw new ZipFormatError('damaged central directory');
    const flags = u16(directory, at + 8);
    const name = decoder.decode(directory.subarray(at + 46, at + 46 + nameLength));
    if (flags & 1) throw new ZipFormatError(`member "${name}" is encrypted`);
    entries.push({
      name,
      method: u16(directory, at + 10),
      flags,
      crc: u32(directory, at + 16),
      compressedSize: u32(directory, at + 20),
      size: u32(directory, at + 24),
      localOffset: u32(directory, at + 42),
    });
    at += 46 + nameLength + u16(directory, at + 30) + u16(directory, at + 32);
  }
  return entries;
}

/** The directory of a zip held in memory; throws ZipFormatError when there is none. */
export function readZipDirectory(bytes: Uint8Array): ZipEntry[] {
  const tailStart = Math.max(0, bytes.length - END_RECORD_SEARCH);
  const end = readEndRecord(bytes.subarray(tailStart), bytes.length);
  if (!end) throw new ZipFormatError('not a zip archive (no central directory found)');
  return parseCentralDirectory(bytes.subarray(end.directoryOffset, end.directoryOffset + end.directorySize), end.count);
}

/** The directory of a zip file, reading only its end; null when the file has no end record (not a zip, or cut short). */
export async function readBlobDirectory(file: Blob): Promise<ZipEntry[] | null> {
  const tailStart = Math.max(0, file.size - END_RECORD_SEARCH);
  const end = readEndRecord(new Uint8Array(await file.slice(tailStart).arrayBuffer()), file.size);
  if (!end) return null;
  const directory = new Uint8Array(
    await file.slice(end.directoryOffset, end.directoryOffset + end.directorySize).arrayBuffer(),
  );
  return parseCentralDirectory(directory, end.count);
}

/** Where a member's data starts, from its local header (`header` holds at least its fixed part). */
export function dataStartOf(header: Uint8Array, entry: ZipEntry): number {
  if (u32(header, 0) !== LOCAL_SIGNATURE) throw new ZipFormatError('damaged member header');
  return entry.localOffset + LOCAL_HEADER_BYTES + u16(header, 26) + u16(header, 28);
}

/** The name in the first local header of a zip (its first member), or null; works on a file cut short. */
export function firstMemberName(head: Uint8Array): string | null {
  if (head.length < LOCAL_HEADER_BYTES || u32(head, 0) !== LOCAL_SIGNATURE) return null;
  const length = u16(head, 26);
  if (LOCAL_HEADER_BYTES + length > head.length) return null;
  return decoder.decode(head.subarray(LOCAL_HEADER_BYTES, LOCAL_HEADER_BYTES + length));
}
