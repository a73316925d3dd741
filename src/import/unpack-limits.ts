/**
 * What PrepDeck agrees to unpack from one file. A zip bomb (a small file that inflates to
 * gigabytes) is refused from the sizes its directory declares, before a byte is inflated, and a
 * member that inflates to more than it declared is stopped as soon as it does; zstd frames
 * inside Anki packages are metered the same way. Stored (uncompressed) members cost nothing
 * here: they are no bigger than the file the user chose.
 */
import { formatBytes, formatCount } from '../domain/format-bytes';
import { ImportError } from '../domain/import-error';
import type { ZipEntry } from './zip-directory';

export interface UnpackLimits {
  /** Bytes all decompression of one file may produce. */
  maxTotalBytes: number;
  /** How many times its packed size a member may unpack to... */
  maxRatio: number;
  /** ...once it unpacks to more than this (small members may compress well: an empty table, a blank image). */
  ratioFloorBytes: number;
}

export const UNPACK_LIMITS: UnpackLimits = {
  maxTotalBytes: 2_000_000_000,
  maxRatio: 100,
  ratioFloorBytes: 10_000_000,
};

/** Declared: refused before unpacking; metered: stopped where it went over. */
type When = 'declared' | 'metered';

const BOMB: Record<When, string> = {
  declared: 'it looks like a zip bomb, so nothing was unpacked',
  metered: 'it looks like a zip bomb, so unpacking stopped there',
};
const UNPACKS: Record<When, string> = { declared: 'would unpack to', metered: 'unpacks to more than' };

function ratioReason(when: When, member: string, packed: number, unpacked: number, limits: UnpackLimits): string {
  const times = formatCount(unpacked / Math.max(1, packed));
  return (
    `refused: "${member}" ${UNPACKS[when]} ${formatBytes(unpacked)} from ${formatBytes(packed)} ` +
    `(${times} times its packed size; PrepDeck unpacks at most ${limits.maxRatio} times the packed size ` +
    `for a member over ${formatBytes(limits.ratioFloorBytes)}): ${BOMB[when]}`
  );
}

function totalReason(when: When, total: number, limits: UnpackLimits): string {
  return (
    `refused: it ${UNPACKS[when]} ${formatBytes(total)} in all, and PrepDeck unpacks at most ` +
    `${formatBytes(limits.maxTotalBytes)} from one file: ${BOMB[when]}`
  );
}

/** The decompression allowance of one file: checks declared sizes up front, then meters what is actually produced. */
export class UnpackBudget {
  private used = 0;

  constructor(
    readonly fileName: string,
    readonly limits: UnpackLimits = UNPACK_LIMITS,
  ) {}

  /** Refuses the file when its compressed members declare more than the limits allow. */
  checkDirectory(entries: readonly ZipEntry[]): void {
    let total = 0;
    for (const entry of entries) {
      if (entry.method === 0) continue;
      total += entry.size;
      if (entry.size > this.limits.ratioFloorBytes && entry.size > entry.compressedSize * this.limits.maxRatio)
        throw new ImportError(
          this.fileName,
          null,
          ratioReason('declared', entry.name, entry.compressedSize, entry.size, this.limits),
        );
    }
    if (total > this.limits.maxTotalBytes)
      throw new ImportError(this.fileName, null, totalReason('declared', total, this.limits));
  }

  /**
   * A meter for one member being decompressed (`packed` bytes in): call it with each chunk's
   * length; it throws ImportError the moment the member or the file goes over the limits.
   */
  meter(member: string, packed: number): (bytes: number) => void {
    let produced = 0;
    return (bytes) => {
      produced += bytes;
      this.used += bytes;
      if (produced > this.limits.ratioFloorBytes && produced > packed * this.limits.maxRatio)
        throw new ImportError(this.fileName, null, ratioReason('metered', member, packed, produced, this.limits));
      if (this.used > this.limits.maxTotalBytes)
        throw new ImportError(this.fileName, null, totalReason('metered', this.used, this.limits));
    };
  }
}
