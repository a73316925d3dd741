/**
 * The backup file's codec: a zip with `backup.json` (every record, format in
 * domain/backup-format.ts) and `media/<index>` members. Reading streams the file once, with
 * progress and cancel, so it can run in the import worker; telling a backup from an Anki
 * package reads only the zip's central directory.
 */
import { strFromU8, strToU8, Unzip, UnzipInflate, zipSync, type UnzipFile, type Zippable } from 'fflate';
import {
  BACKUP_FORMAT,
  BACKUP_MANIFEST,
  BACKUP_VERSION,
  mediaMemberName,
  validateBackupManifest,
  type Backup,
  type BackupContents,
  type BackupManifest,
} from '../domain/backup-format';
import {
  recordingMemberName,
  validateRehearsalManifest,
  type BackupRecordingEntry,
  type RehearsalCounts,
  type RehearsalManifest,
} from '../domain/backup-rehearsal';
import { ImportError } from '../domain/import-error';
import type { MediaRecord, RecordingRecord } from '../domain/model';
import { createAbortError } from './worker-job';

export interface ReadHooks {
  /** Bytes of the file read so far, of `total`. */
  onProgress?: (done: number, total: number) => void;
  isCancelled?: () => boolean;
}

const END_OF_CENTRAL_DIRECTORY = 0x06054b50;
const CENTRAL_FILE_HEADER = 0x02014b50;
/** The end record is 22 bytes plus a comment of at most 65,535. */
const TAIL_BYTES = 22 + 0xffff;
const SLICE_BYTES = 4 * 1024 * 1024;

/** Whether a zip file holds a backup.json (a backup, not an Anki package), reading only its directory. */
export async function isBackupZip(file: Blob): Promise<boolean> {
  const tailStart = Math.max(0, file.size - TAIL_BYTES);
  const tail = new DataView(await file.slice(tailStart).arrayBuffer());
  let end = -1;
  for (let i = tail.byteLength - 22; i >= 0; i--) {
    if (tail.getUint32(i, true) === END_OF_CENTRAL_DIRECTORY) {
      end = i;
      break;
    }
  }
  if (end < 0) return false;
  const size = tail.getUint32(end + 12, true);
  const offset = tail.getUint32(end + 16, true);
  if (offset + size > file.size) return false;
  const directory = new DataView(await file.slice(offset, offset + size).arrayBuffer());
  const decoder = new TextDecoder();
  for (let at = 0; at + 46 <= directory.byteLength;) {
    if (directory.getUint32(at, true) !== CENTRAL_FILE_HEADER) return false;
    const nameLength = directory.getUint16(at + 28, true);
    const extraLength = directory.getUint16(at + 30, true);
    const commentLength = directory.getUint16(at + 32, true);
    const name = decoder.decode(new Uint8Array(directory.buffer, directory.byteOffset + at + 46, nameLength));
    if (name === BACKUP_MANIFEST) return true;
    at += 46 + nameLength + extraLength + commentLength;
  }
  return false;
}

const bytesOf = async (blob: Blob) => new Uint8Array(await blob.arrayBuffer());

/** The backup as one zip: the manifest compressed, media and recordings stored as they are (already compressed). */
export async function encodeBackup(contents: BackupContents, now: number): Promise<Uint8Array> {
  const mediaBytes = await Promise.all(contents.media.map((m) => bytesOf(m.blob)));
  const recordingBytes = await Promise.all(contents.recordings.map((r) => bytesOf(r.blob)));
  const { decks, cards, schedules, reviews, settings, styles, media, stories, attempts, recordings } = contents;
  const manifest: BackupManifest & RehearsalManifest & { counts: RehearsalCounts } = {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    createdAt: now,
    counts: {
      decks: decks.length,
      cards: cards.length,
      schedules: schedules.length,
      reviews: reviews.length,
      settings: settings.length,
      styles: styles.length,
      media: media.length,
      stories: stories.length,
      attempts: attempts.length,
      recordings: recordings.length,
    },
    decks,
    cards,
    schedules,
    reviews,
    settings,
    styles,
    media: media.map((m, i) => ({
      id: m.id,
      scope: m.scope,
      name: m.name,
      type: m.type,
      file: mediaMemberName(i),
      size: mediaBytes[i]!.length,
    })),
    stories,
    attempts,
    recordings: recordings.map(({ blob: _bytes, ...r }, i): BackupRecordingEntry => ({
      ...r,
      file: recordingMemberName(i),
      size: recordingBytes[i]!.length,
    })),
  };
  const files: Zippable = { [BACKUP_MANIFEST]: [strToU8(JSON.stringify(manifest)), { level: 6 }] };
  mediaBytes.forEach((bytes, i) => (files[mediaMemberName(i)] = [bytes, { level: 0 }]));
  recordingBytes.forEach((bytes, i) => (files[recordingMemberName(i)] = [bytes, { level: 0 }]));
  return zipSync(files, { mtime: new Date(now) });
}

const damaged = (fileName: string) =>
  new ImportError(fileName, null, 'not a readable backup: the file is damaged, incomplete, or not a zip file');

/** Unpacks every member of the zip as it streams in; the file is read once, in slices. */
async function unpack(file: Blob, fileName: string, hooks: ReadHooks): Promise<Map<string, Uint8Array[]>> {
  const members = new Map<string, Uint8Array[]>();
  const unfinished = new Set<string>();
  let failure: unknown = null;
  const unzip = new Unzip((member: UnzipFile) => {
    const chunks: Uint8Array[] = [];
    members.set(member.name, chunks);
    unfinished.add(member.name);
    member.ondata = (error, data, final) => {
      if (error) failure = error;
      else chunks.push(data);
      if (final) unfinished.delete(member.name);
    };
    member.start();
  });
  unzip.register(UnzipInflate);
  try {
    // Slices rather than Blob.stream(): every Blob has them, and each is let go once pushed.
    for (let at = 0; at < file.size; at += SLICE_BYTES) {
      const chunk = new Uint8Array(await file.slice(at, at + SLICE_BYTES).arrayBuffer());
      if (hooks.isCancelled?.()) throw createAbortError();
      unzip.push(chunk, false);
      if (failure) throw failure;
      hooks.onProgress?.(Math.min(file.size, at + chunk.length), file.size);
    }
    unzip.push(new Uint8Array(0), true);
    // A file cut short ends inside a member: that member never finishes.
    if (failure || unfinished.size > 0) throw failure ?? damaged(fileName);
  } catch (error) {
    if (error instanceof Error && error.name === 'AbortError') throw error;
    throw damaged(fileName);
  }
  return members;
}

function join(chunks: readonly Uint8Array[]): Uint8Array {
  if (chunks.length === 1) return chunks[0]!;
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
}

/**
 * Reads and validates a backup file; throws ImportError naming the file and the damaged part.
 * Writes nothing. Runs in the import worker (run-backup-read.ts) or, in tests, here.
 */
export async function readBackupFile(file: Blob, fileName: string, hooks: ReadHooks = {}): Promise<Backup> {
  const members = await unpack(file, fileName, hooks);
  const json = members.get(BACKUP_MANIFEST);
  if (!json) {
    if (members.size === 0) throw damaged(fileName);
    throw new ImportError(fileName, BACKUP_MANIFEST, 'missing: this is not a PrepDeck backup');
  }
  let data: unknown;
  try {
    data = JSON.parse(strFromU8(join(json)));
  } catch {
    throw new ImportError(fileName, BACKUP_MANIFEST, 'not valid JSON: the file is damaged');
  }
  const manifest = validateBackupManifest(data, fileName);
  const rehearsal = validateRehearsalManifest(data, manifest.version, fileName);
  /** A member's bytes as a Blob, checked against the size the manifest gives. */
  const memberBlob = (file: string, size: number, type: string, what: string): Blob => {
    const chunks = members.get(file);
    if (!chunks) throw new ImportError(fileName, file, `missing (${what} in ${BACKUP_MANIFEST})`);
    const found = chunks.reduce((n, c) => n + c.length, 0);
    if (found !== size)
      throw new ImportError(fileName, file, `has ${found} bytes, expected ${size}: the file is damaged`);
    // fflate allocates plain ArrayBuffers, never shared ones.
    return new Blob(chunks as Uint8Array<ArrayBuffer>[], { type });
  };
  const media = manifest.media.map((entry, i): MediaRecord => {
    const blob = memberBlob(entry.file, entry.size, entry.type, `the media file "${entry.name}", media[${i}]`);
    return { id: entry.id, scope: entry.scope, name: entry.name, type: entry.type, blob };
  });
  const recordings = rehearsal.recordings.map(({ file, ...entry }, i): RecordingRecord => {
    const blob = memberBlob(file, entry.size, entry.mimeType, `the recording recordings[${i}]`);
    return { ...entry, blob };
  });
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
