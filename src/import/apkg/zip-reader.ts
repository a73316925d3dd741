/**
 * The package's members, from a zip held in memory: the central directory (so members are
 * looked up by name whatever their order) and one member at a time, stored or deflated,
 * checked against its declared size and CRC-32 so a damaged member is named, not silently
 * imported. Inflating is metered (src/import/unpack-limits.ts), so a bomb is stopped.
 */
import { crc32 } from '../crc32';
import { inflateMember } from '../inflate-member';
import { dataStartOf, readZipDirectory as readEntries, ZipFormatError, type ZipEntry } from '../zip-directory';

export { ZipFormatError, type ZipEntry } from '../zip-directory';

/** The archive's members by name. */
export function readZipDirectory(bytes: Uint8Array): Map<string, ZipEntry> {
  return new Map(readEntries(bytes).map((entry) => [entry.name, entry]));
}

/** The member's uncompressed bytes; throws ZipFormatError when it is truncated or corrupt. */
export function extractZipEntry(
  bytes: Uint8Array,
  entry: ZipEntry,
  meter: (bytes: number) => void = () => {},
): Uint8Array {
  const start = dataStartOf(bytes.subarray(entry.localOffset), entry);
  const end = start + entry.compressedSize;
  if (end > bytes.length) throw new ZipFormatError('member is truncated');
  const raw = bytes.subarray(start, end);
  let data: Uint8Array;
  if (entry.method === 0) data = raw;
  else if (entry.method === 8) data = inflateMember(raw, entry.size, meter);
  else throw new ZipFormatError(`unsupported compression method ${entry.method}`);
  if (data.length !== entry.size) throw new ZipFormatError(`member is ${data.length} bytes, expected ${entry.size}`);
  if (crc32(data) !== entry.crc) throw new ZipFormatError('member is corrupt (CRC mismatch)');
  return data;
}
