/**
 * Writing a backup file (format in domain/backup-format.ts) as a stream: `backup.json` first
 * (deflated, produced record by record, never as one string), then each media file and each
 * recording (domain/backup-rehearsal.ts) stored as it is. Media are read pack by pack, so at most one pack's bytes are held at a time and no two
 * Blobs are ever open at once (25,000 open media Blobs crashed a tab); chunks go to the sink as
 * they are made (the browser's private file system, or a download), and the work yields to the
 * event loop every few megabytes so a page stays responsive and a worker hears "cancel".
 */
import { strToU8, Zip, ZipDeflate, ZipPassThrough } from 'fflate';
import {
  BACKUP_FORMAT,
  BACKUP_MANIFEST,
  BACKUP_VERSION,
  mediaMemberName,
  type BackupContents,
  type BackupCounts,
  type BackupMediaEntry,
} from '../domain/backup-format';
import { recordingMemberName, type BackupRecordingEntry, type RehearsalCounts } from '../domain/backup-rehearsal';
import type { MediaFile } from '../domain/model';
import { concatBytes } from './concat-bytes';
import { createAbortError } from './worker-job';

export interface WriteHooks {
  /** Work done so far, of `total` (characters of backup.json, estimated, and bytes of media). */
  onProgress?: (done: number, total: number) => void;
  isCancelled?: () => boolean;
}

export interface WrittenBackup {
  counts: BackupCounts & RehearsalCounts;
  /** The file's size. */
  bytes: number;
}

/** Receives the file chunk by chunk, in order; may be async (a file write), and is awaited. */
export type BackupSink = (chunk: Uint8Array) => Promise<void> | void;

/** Text handed to the compressor at a time. */
const TEXT_PIECE = 1 << 20;
/** Work between two yields to the event loop. */
const YIELD_BYTES = 4 << 20;
/** A pack up to this size is read whole once for all its files; a larger one file by file. */
const WHOLE_PACK_BYTES = 64 << 20;
/** Records are estimated at this many characters of backup.json each, for progress. */
const RECORD_WEIGHT = 200;

const pause = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** Media in reading order: pack by pack (first met first), by place inside each pack. */
function readingOrder(media: readonly MediaFile[]): MediaFile[] {
  const packOrder = new Map<Blob, number>();
  for (const file of media) if (!packOrder.has(file.data.blob)) packOrder.set(file.data.blob, packOrder.size);
  return [...media].sort(
    (a, b) => packOrder.get(a.data.blob)! - packOrder.get(b.data.blob)! || a.data.offset - b.data.offset,
  );
}

function countsOf(contents: BackupContents): BackupCounts & RehearsalCounts {
  return {
    decks: contents.decks.length,
    cards: contents.cards.length,
    schedules: contents.schedules.length,
    reviews: contents.reviews.length,
    settings: contents.settings.length,
    styles: contents.styles.length,
    media: contents.media.length,
    stories: contents.stories.length,
    attempts: contents.attempts.length,
    recordings: contents.recordings.length,
  };
}

/** backup.json as pieces of text of about TEXT_PIECE characters, record by record. */
function* manifestText(
  contents: BackupContents,
  media: BackupMediaEntry[],
  recordings: BackupRecordingEntry[],
  now: number,
): Generator<string> {
  const head = { format: BACKUP_FORMAT, version: BACKUP_VERSION, createdAt: now, counts: countsOf(contents) };
  let piece = JSON.stringify(head).slice(0, -1);
  const lists: [string, readonly unknown[]][] = [
    ['decks', contents.decks],
    ['cards', contents.cards],
    ['schedules', contents.schedules],
    ['reviews', contents.reviews],
    ['settings', contents.settings],
    ['styles', contents.styles],
    ['media', media],
    ['stories', contents.stories],
    ['attempts', contents.attempts],
    ['recordings', recordings],
  ];
  for (const [name, records] of lists) {
    piece += `,"${name}":[`;
    for (let i = 0; i < records.length; i++) {
      piece += (i > 0 ? ',' : '') + JSON.stringify(records[i]);
      if (piece.length >= TEXT_PIECE) {
        yield piece;
        piece = '';
      }
    }
    piece += ']';
  }
  yield `${piece}}`;
}

/** Reads media bytes, keeping the last whole pack read for the files that follow in it. */
function createMediaReader() {
  let cached: { blob: Blob; bytes: Uint8Array } | null = null;
  return async (file: MediaFile): Promise<Uint8Array> => {
    const { blob, offset, size } = file.data;
    if (blob.size <= WHOLE_PACK_BYTES) {
      if (cached?.blob !== blob) cached = { blob, bytes: new Uint8Array(await blob.arrayBuffer()) };
      return cached.bytes.subarray(offset, offset + size);
    }
    cached = null;
    return new Uint8Array(await blob.slice(offset, offset + size).arrayBuffer());
  };
}

/**
 * Writes the backup of `contents`, made at `now`, to `sink`. Resolves with the counts and the
 * file's size once the last chunk has been written; rejects with an AbortError when cancelled.
 */
export async function writeBackup(
  contents: BackupContents,
  now: number,
  sink: BackupSink,
  hooks: WriteHooks = {},
): Promise<WrittenBackup> {
  const media = readingOrder(contents.media);
  const entries: BackupMediaEntry[] = media.map((m, i) => ({
    id: m.id,
    scope: m.scope,
    name: m.name,
    type: m.type,
    file: mediaMemberName(i),
    size: m.data.size,
  }));
  const recordings = contents.recordings.map(({ blob, ...r }, i): BackupRecordingEntry => ({
    ...r,
    file: recordingMemberName(i),
    size: blob.size,
  }));
  const records =
    contents.stories.length +
    contents.attempts.length +
    contents.decks.length +
    contents.cards.length +
    contents.schedules.length +
    contents.reviews.length +
    contents.settings.length +
    contents.styles.length;
  const total =
    records * RECORD_WEIGHT +
    media.reduce((n, m) => n + m.data.size, 0) +
    contents.recordings.reduce((n, r) => n + r.blob.size, 0);
  let done = 0;
  let sinceYield = 0;

  const queue: Uint8Array[] = [];
  let failure: Error | null = null;
  let bytes = 0;
  const zip = new Zip((error, chunk) => {
    if (error) failure = error;
    else {
      queue.push(chunk);
      bytes += chunk.length;
    }
  });
  const flush = async (work: number) => {
    if (failure) throw failure;
    while (queue.length > 0) await sink(queue.shift()!);
    done += work;
    sinceYield += work;
    if (sinceYield >= YIELD_BYTES) {
      sinceYield = 0;
      hooks.onProgress?.(Math.min(done, total), total);
      await pause();
    }
    if (hooks.isCancelled?.()) throw createAbortError();
  };

  const manifest = new ZipDeflate(BACKUP_MANIFEST, { level: 6 });
  manifest.mtime = now;
  zip.add(manifest);
  for (const piece of manifestText(contents, entries, recordings, now)) {
    manifest.push(strToU8(piece), false);
    await flush(piece.length);
  }
  manifest.push(new Uint8Array(0), true);
  await flush(0);

  const read = createMediaReader();
  for (let i = 0; i < media.length; i++) {
    const member = new ZipPassThrough(mediaMemberName(i));
    member.mtime = now;
    zip.add(member);
    const data = await read(media[i]!);
    member.push(data, true);
    await flush(data.length);
  }
  // One recording's Blob open at a time, as with media.
  for (const [i, recording] of contents.recordings.entries()) {
    const member = new ZipPassThrough(recordingMemberName(i));
    member.mtime = now;
    zip.add(member);
    const data = new Uint8Array(await recording.blob.arrayBuffer());
    member.push(data, true);
    await flush(data.length);
  }
  zip.end();
  await flush(0);
  hooks.onProgress?.(total, total);
  return { counts: countsOf(contents), bytes };
}

/** The whole backup in memory, for small collections and tests; the app streams with writeBackup. */
export async function encodeBackup(contents: BackupContents, now: number): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  const { bytes } = await writeBackup(contents, now, (chunk) => void chunks.push(chunk));
  return concatBytes(chunks, bytes);
}
