/**
 * The backup file: a zip holding `backup.json` (every record of every store, described here)
 * and `media/<index>` members with the media files' bytes. Media names are never used as zip
 * paths, so a name like "../x.png" or "a/b.png" cannot escape or collide. This module checks
 * the manifest's shape (backup-validate.ts); backup-values.ts checks that its values cannot break the app.
 */
import type {
  CardRecord,
  DeckRecord,
  MediaFile,
  RecordingRecord,
  RehearsalAttempt,
  ReviewRecord,
  ScheduleRecord,
  StarStory,
  StyleRecord,
} from './model';
// Where other record checkers have always found them (rehearsal attempts, STAR stories).
export { checkFields, describeValue, type Fail } from './record-fields';

export const BACKUP_FORMAT = 'prepdeck-backup';
/** 2: stories, rehearsal attempts and recordings (backup-rehearsal.ts). Version 1 files are still read. */
export const BACKUP_VERSION = 2;
export const BACKUP_MANIFEST = 'backup.json';

export interface BackupCounts {
  decks: number;
  cards: number;
  schedules: number;
  reviews: number;
  settings: number;
  styles: number;
  media: number;
}

/** A media file in the manifest: its record without the Blob, and the zip member with its bytes. */
export interface BackupMediaEntry {
  id: string;
  scope: string;
  name: string;
  type: string;
  /** `media/<index>` */
  file: string;
  size: number;
}

export interface BackupSetting {
  key: string;
  value: unknown;
}

/** What `backup.json` holds (rehearsal's lists are checked by backup-rehearsal.ts). */
export interface BackupManifest {
  format: typeof BACKUP_FORMAT;
  /** 1 or BACKUP_VERSION. */
  version: number;
  createdAt: number;
  counts: BackupCounts;
  decks: DeckRecord[];
  cards: CardRecord[];
  schedules: ScheduleRecord[];
  /** With their ids, so an undo after restoring still finds its entry. */
  reviews: (ReviewRecord & { id: number })[];
  settings: BackupSetting[];
  styles: StyleRecord[];
  media: BackupMediaEntry[];
}

/** Rehearsal's records in a backup (none in a version-1 file), recordings with their Blobs. */
export interface RehearsalBackup {
  stories: StarStory[];
  attempts: RehearsalAttempt[];
  recordings: RecordingRecord[];
}

/** Every record to back up, as storage reads them (media with their bytes' place, recordings with their Blobs). */
export type BackupContents = Pick<
  BackupManifest,
  'decks' | 'cards' | 'schedules' | 'reviews' | 'settings' | 'styles'
> & {
  media: MediaFile[];
} & RehearsalBackup;

/** A backup read and validated, ready to restore: the manifest's records, with the media files themselves. */
export type Backup = Omit<BackupManifest, 'format' | 'version' | 'media'> & {
  fileName: string;
  media: MediaFile[];
} & RehearsalBackup;

/** The zip member that holds the bytes of the media file at `index`. */
export function mediaMemberName(index: number): string {
  return `media/${index}`;
}

/** A file name for a backup made at `now`, e.g. "prepdeck-backup-2026-11-01.zip" (UTC date). */
export function backupFileName(now: number): string {
  return `prepdeck-backup-${new Date(now).toISOString().slice(0, 10)}.zip`;
}
