/**
 * Reading a backup file (a zip with `backup.json`, format in domain/backup-format.ts, and
 * `media/<index>` members): from its central directory, so sizes are known before anything is
 * inflated (a bomb is refused with its numbers) and a file cut short is called a damaged backup.
 * The media are never copied: each run of stored members becomes one slice of the file itself
 * (a pack, see MediaBytes), checked against its CRC as the file is read once, in order, through a
 * window of a few megabytes. Recordings (backup version 2, `recordings/<index>`) are read whole
 * and checked the same way. Runs in the import worker (run-import.ts), with progress and cancel.
 */
import { strFromU8 } from 'fflate';
import { checkBackupValues } from '../domain/backup-values';
import { BACKUP_MANIFEST, type Backup, type BackupMediaEntry } from '../domain/backup-format';
import { validateBackupManifest } from '../domain/backup-validate';
import { validateRehearsalManifest } from '../domain/backup-rehearsal';
import { formatBytes } from '../domain/format-bytes';
import { ImportError } from '../domain/import-error';
import type { MediaBytes, MediaFile, RecordingRecord } from '../domain/model';
import { updateCrc32 } from './crc32';
import { inflateMember } from './inflate-member';
import { createMediaPacker } from './media-packer';
import { createRangeReader, PastEndError, type RangeReader } from './range-reader';
import { UnpackBudget } from './unpack-limits';
import { createAbortError } from './worker-job';
import {
  dataStartOf,
  firstMemberName,
  LOCAL_HEADER_BYTES,
  readBlobDirectory,
  ZipFormatError,
  type ZipEntry,
} from './zip-directory';

export interface ReadHooks {
  /** Bytes of the file read so far, of `total`. */
  onProgress?: (done: number, total: number) => void;
  isCancelled?: () => boolean;
}

/** backup.json may be this large unpacked: it must become one string to be parsed. */
export const MAX_MANIFEST_BYTES = 500_000_000;
/** A run of stored media members becomes one pack up to this size. */
const RUN_BYTES = 32_000_000;
const PROGRESS_BYTES = 1 << 20;

/** A backup that cannot be read to its end: cut short, or changed since it was made. */
export function damagedBackup(fileName: string, detail?: string): ImportError {
  return new ImportError(
    fileName,
    null,
    `this backup is damaged${detail ? ` (${detail})` : ''}: the file is incomplete (cut off before its end) or was changed after it was made, so it cannot be restored. Try another copy of the backup.`,
  );
}

/**
 * Whether a zip file is a PrepDeck backup, reading only its end (the directory names
 * backup.json) or, when it has no end (cut short), its first member, which is backup.json.
 */
export async function looksLikeBackup(file: Blob): Promise<boolean> {
  try {
    const entries = await readBlobDirectory(file);
    if (entries) return entries.some((e) => e.name === BACKUP_MANIFEST);
  } catch {
    // A damaged directory: judge by the first member.
  }
  return firstMemberName(new Uint8Array(await file.slice(0, 512).arrayBuffer())) === BACKUP_MANIFEST;
}

/** Where a member's data starts, from its local header. */
async function dataStart(reader: RangeReader, entry: ZipEntry): Promise<number> {
  return dataStartOf(await reader.read(entry.localOffset, entry.localOffset + LOCAL_HEADER_BYTES), entry);
}

/** A member's bytes, inflated if need be, checked against its size and CRC. For members that fit in memory. */
async function readWholeMember(reader: RangeReader, entry: ZipEntry, budget: UnpackBudget): Promise<Uint8Array> {
  const start = await dataStart(reader, entry);
  const raw = new Uint8Array(entry.compressedSize);
  let at = 0;
  for await (const piece of reader.pieces(start, start + entry.compressedSize)) {
    raw.set(piece, at);
    at += piece.length;
  }
  let data: Uint8Array;
  if (entry.method === 0) data = raw;
  else if (entry.method === 8) data = inflateMember(raw, entry.size, budget.meter(entry.name, entry.compressedSize));
  else throw new ZipFormatError(`unsupported compression method ${entry.method}`);
  if (data.length !== entry.size || updateCrc32(0, data) !== entry.crc) throw new ZipFormatError('corrupt member');
  return data;
}

interface MediaPlan {
  file: BackupMediaEntry;
  entry: ZipEntry;
}

/**
 * Reads the media members in file order: stored ones are checked piece by piece and become
 * slices of the file (one per run of a scope), compressed ones are inflated into packs.
 */
async function readMedia(
  file: Blob,
  reader: RangeReader,
  plans: MediaPlan[],
  budget: UnpackBudget,
  hooks: ReadHooks,
): Promise<Map<string, MediaBytes>> {
  const places = new Map<string, MediaBytes>();
  const packer = createMediaPacker();
  let run: {
    start: number;
    end: number;
    scope: string;
    members: { id: string; start: number; size: number }[];
  } | null = null;
  const closeRun = () => {
    if (!run) return;
    const blob = file.slice(run.start, run.end);
    for (const m of run.members) places.set(m.id, { blob, offset: m.start - run.start, size: m.size });
    run = null;
  };
  const ordered = [...plans].sort((a, b) => a.entry.localOffset - b.entry.localOffset);
  // Progress every megabyte, not every member: each report re-renders the page's progress bar.
  let reported = 0;
  const report = (at: number) => {
    if (at - reported < PROGRESS_BYTES) return;
    reported = at;
    hooks.onProgress?.(at, file.size);
  };
  for (const { file: media, entry } of ordered) {
    if (hooks.isCancelled?.()) throw createAbortError();
    if (entry.method !== 0) {
      closeRun();
      places.set(media.id, packer.add(await readWholeMember(reader, entry, budget)));
    } else {
      const start = await dataStart(reader, entry);
      const end = start + entry.compressedSize;
      let crc = 0;
      for await (const piece of reader.pieces(start, end)) crc = updateCrc32(crc, piece);
      if (crc !== entry.crc) throw new ZipFormatError(`"${entry.name}" is corrupt`);
      if (run && (run.scope !== media.scope || end - run.start > RUN_BYTES)) closeRun();
      run ??= { start, end, scope: media.scope, members: [] };
      run.end = end;
      run.members.push({ id: media.id, start, size: entry.size });
      report(end);
    }
  }
  closeRun();
  packer.finish();
  return places;
}

/**
 * Reads and validates a backup file; throws ImportError naming the file and the damaged part.
 * Writes nothing. Runs in the import worker (run-import.ts) or, in tests, here.
 */
export async function readBackupFile(file: Blob, fileName: string, hooks: ReadHooks = {}): Promise<Backup> {
  try {
    return await readBackup(file, fileName, hooks);
  } catch (error) {
    if (error instanceof ZipFormatError || error instanceof PastEndError) throw damagedBackup(fileName, error.message);
    throw error;
  }
}

async function readBackup(file: Blob, fileName: string, hooks: ReadHooks): Promise<Backup> {
  const entries = await readBlobDirectory(file);
  if (!entries) {
    const head = new Uint8Array(await file.slice(0, 512).arrayBuffer());
    if (firstMemberName(head) !== null) throw damagedBackup(fileName);
    throw new ImportError(fileName, null, 'not a PrepDeck backup: the file is not a zip file');
  }
  const budget = new UnpackBudget(fileName);
  budget.checkDirectory(entries);
  const byName = new Map(entries.map((e) => [e.name, e]));
  const manifestEntry = byName.get(BACKUP_MANIFEST);
  if (!manifestEntry) throw new ImportError(fileName, BACKUP_MANIFEST, 'missing: this is not a PrepDeck backup');
  if (manifestEntry.size > MAX_MANIFEST_BYTES)
    throw new ImportError(
      fileName,
      BACKUP_MANIFEST,
      `would unpack to ${formatBytes(manifestEntry.size)}, and PrepDeck reads one of up to ${formatBytes(MAX_MANIFEST_BYTES)}`,
    );

  const reader = createRangeReader(file);
  hooks.onProgress?.(0, file.size);
  const json = await readWholeMember(reader, manifestEntry, budget);
  let data: unknown;
  try {
    data = JSON.parse(strFromU8(json));
  } catch {
    throw new ImportError(fileName, BACKUP_MANIFEST, 'not valid JSON: the file is damaged');
  }
  const manifest = checkBackupValues(validateBackupManifest(data, fileName), fileName);

  const plans = manifest.media.map((media, i): MediaPlan => {
    const entry = byName.get(media.file);
    if (!entry)
      throw new ImportError(
        fileName,
        media.file,
        `missing (the media file "${media.name}", media[${i}] in ${BACKUP_MANIFEST})`,
      );
    if (entry.size !== media.size)
      throw new ImportError(
        fileName,
        media.file,
        `has ${entry.size} bytes, expected ${media.size}: the file is damaged`,
      );
    if (entry.method === 0 && entry.compressedSize !== entry.size) throw damagedBackup(fileName, media.file);
    return { file: media, entry };
  });
  const places = await readMedia(file, reader, plans, budget, hooks);
  const media = manifest.media.map(({ id, scope, name, type }): MediaFile => ({
    id,
    scope,
    name,
    type,
    data: places.get(id)!,
  }));
  const rehearsal = validateRehearsalManifest(data, manifest.version, fileName);
  const recordings: RecordingRecord[] = [];
  for (const [i, { file: member, ...entry }] of rehearsal.recordings.entries()) {
    if (hooks.isCancelled?.()) throw createAbortError();
    const zipEntry = byName.get(member);
    if (!zipEntry)
      throw new ImportError(fileName, member, `missing (the recording recordings[${i}] in ${BACKUP_MANIFEST})`);
    if (zipEntry.size !== entry.size)
      throw new ImportError(
        fileName,
        member,
        `has ${zipEntry.size} bytes, expected ${entry.size}: the file is damaged`,
      );
    const bytes = await readWholeMember(reader, zipEntry, budget);
    recordings.push({ ...entry, blob: new Blob([bytes as Uint8Array<ArrayBuffer>], { type: entry.mimeType }) });
  }
  hooks.onProgress?.(file.size, file.size);
  const { createdAt, counts, decks, cards, schedules, reviews, settings, styles } = manifest;
  const { stories, attempts } = rehearsal;
  return {
    fileName,
    createdAt,
    counts,
    decks,
    cards,
    schedules,
    reviews,
    settings,
    styles,
    media,
    stories,
    attempts,
    recordings,
  };
}
