/**
 * Rehearsal's part of the backup (from backup version 2): the STAR stories and rehearsal
 * attempts in `backup.json`, and the recordings as `recordings/<index>` members beside their
 * entries, as media are. A version-1 backup has none of them and reads as empty.
 */
import { checkFields, describeValue, type Fail } from './backup-format';
import { ImportError } from './import-error';
import type { RehearsalAttempt, StarStory } from './model';
import { readRehearsalAttempt } from './rehearsal-attempt';
import { readStarStory } from './star-stories';

/** The first backup version with stories, attempts and recordings. */
export const REHEARSAL_BACKUP_VERSION = 2;

/** A recording in the manifest: its record without the Blob, and the zip member with its bytes. */
export interface BackupRecordingEntry {
  id: string;
  cardId: string;
  attemptId: string;
  at: number;
  durationMs: number;
  mimeType: string;
  /** `recordings/<index>` */
  file: string;
  size: number;
}

export interface RehearsalManifest {
  stories: StarStory[];
  attempts: RehearsalAttempt[];
  recordings: BackupRecordingEntry[];
}

export interface RehearsalCounts {
  stories: number;
  attempts: number;
  recordings: number;
}

const MANIFEST = 'backup.json';
const NAMES = ['stories', 'attempts', 'recordings'] as const;

/** The zip member that holds the bytes of the recording at `index`. */
export function recordingMemberName(index: number): string {
  return `recordings/${index}`;
}

const RECORDING_FIELDS = {
  id: 'name',
  cardId: 'name',
  attemptId: 'name',
  at: 'number',
  durationMs: 'number',
  mimeType: 'text',
  file: 'name',
  size: 'number',
} as const;

function listOf(root: Record<string, unknown>, field: string, fail: Fail): unknown[] {
  const list = root[field];
  if (!Array.isArray(list))
    return fail(MANIFEST, `field "${field}": expected a list, but found ${describeValue(list)}`);
  return list;
}

function unique(ids: readonly string[], field: string, fail: Fail): void {
  const seen = new Map<string, number>();
  ids.forEach((id, index) => {
    const earlier = seen.get(id);
    if (earlier !== undefined)
      fail(`${MANIFEST}, ${field}[${index}]`, `the id ${JSON.stringify(id)} is already used by ${field}[${earlier}]`);
    seen.set(id, index);
  });
}

/**
 * Checks the rehearsal lists of a parsed `backup.json` (of a known `version`) record by record,
 * and that the counts agree; throws ImportError naming the file, the record and the field.
 */
export function validateRehearsalManifest(data: unknown, version: number, fileName: string): RehearsalManifest {
  if (version < REHEARSAL_BACKUP_VERSION) return { stories: [], attempts: [], recordings: [] };
  const fail: Fail = (location, reason) => {
    throw new ImportError(fileName, location, reason);
  };
  const root = data as Record<string, unknown>;
  const at = (field: string, index: number) => `${MANIFEST}, ${field}[${index}]`;
  const stories = listOf(root, 'stories', fail).map((s, i) => readStarStory(s, at('stories', i), fail));
  const attempts = listOf(root, 'attempts', fail).map((a, i) => readRehearsalAttempt(a, at('attempts', i), fail));
  const recordings = listOf(root, 'recordings', fail).map((r, i) => {
    const record = checkFields(r, RECORDING_FIELDS, at('recordings', i), fail);
    if (record.file !== recordingMemberName(i))
      fail(
        at('recordings', i),
        `field "file": expected "${recordingMemberName(i)}", but found ${JSON.stringify(record.file)}`,
      );
    if ((record.durationMs as number) < 0 || (record.size as number) < 0)
      fail(at('recordings', i), 'a length or size cannot be negative');
    return record as unknown as BackupRecordingEntry;
  });
  unique(
    stories.map((s) => s.id),
    'stories',
    fail,
  );
  unique(
    attempts.map((a) => a.id),
    'attempts',
    fail,
  );
  unique(
    recordings.map((r) => r.id),
    'recordings',
    fail,
  );

  const counts = checkFields(
    root.counts,
    Object.fromEntries(NAMES.map((n) => [n, 'number' as const])),
    `${MANIFEST}, counts`,
    fail,
  );
  const actual: RehearsalCounts = { stories: stories.length, attempts: attempts.length, recordings: recordings.length };
  for (const name of NAMES) {
    if (counts[name] !== actual[name])
      fail(
        `${MANIFEST}, counts`,
        `says ${String(counts[name])} ${name} but the file holds ${actual[name]}: the file is incomplete or was edited`,
      );
  }
  return { stories, attempts, recordings };
}
