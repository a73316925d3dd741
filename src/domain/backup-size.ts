/**
 * How big a backup will be, told before it is made: recordings and media are stored in the zip
 * as they are (their sizes are exact); the records are JSON that the zip compresses, so their
 * uncompressed size is an upper bound. Recordings can be left out of a backup.
 */
import type { BackupContents } from './backup-format';

export interface BackupSize {
  /** The zip's size at most, with recordings. */
  totalBytes: number;
  recordingBytes: number;
  recordingCount: number;
  mediaBytes: number;
  /** The records (cards, progress, settings, stories, ...) as JSON, before compression. */
  recordsBytes: number;
}

/** Zip overhead per member: local header (30) + central directory entry (46) + the name twice. */
const memberOverhead = (name: string) => 76 + 2 * name.length;
const END_RECORD = 22;
/** A manifest entry of a media file or recording, as JSON (ids, names, sizes): a generous estimate. */
const ENTRY_BYTES = 200;

const utf8Length = (text: string) => new TextEncoder().encode(text).length;

/** The backup's size from the records it will hold. */
export function measureBackup(contents: BackupContents): BackupSize {
  const { media, recordings, ...records } = contents;
  const recordsBytes =
    utf8Length(JSON.stringify(records)) +
    (media.length + recordings.length) * ENTRY_BYTES +
    memberOverhead('backup.json');
  const mediaBytes = media.reduce((n, m) => n + m.data.size, 0);
  const recordingBytes = recordings.reduce((n, r) => n + r.blob.size, 0);
  const overhead =
    media.reduce((n, _m, i) => n + memberOverhead(`media/${i}`), 0) +
    recordings.reduce((n, _r, i) => n + memberOverhead(`recordings/${i}`), 0) +
    END_RECORD;
  return {
    totalBytes: recordsBytes + mediaBytes + recordingBytes + overhead,
    recordingBytes,
    recordingCount: recordings.length,
    mediaBytes,
    recordsBytes,
  };
}

/** The same backup without its recordings. */
export function withoutRecordings(contents: BackupContents): BackupContents {
  return { ...contents, recordings: [], attempts: contents.attempts.map(({ recordingId: _gone, ...a }) => a) };
}
