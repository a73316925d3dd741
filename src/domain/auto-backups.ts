/**
 * Automatic backups, as Anki keeps them: a rolling set of complete backups in the browser's
 * private file system, outside the database (which the browser may delete after a storage
 * error). A daily one after the day's first study session, one before every import or restore,
 * and the one "Back up everything" last saved. Pure rules: names, which to keep, when one is due.
 */

/** daily: after the day's first session; import/restore: just before one; manual: "Back up everything". */
export type AutoBackupKind = 'daily' | 'import' | 'restore' | 'manual';

export interface AutoBackupInfo {
  name: string;
  kind: AutoBackupKind;
  /** When it was made (epoch ms). */
  createdAt: number;
  /** Bytes. */
  size: number;
}

/** How many of each group are kept: the newest 3 daily, 3 made before a change, 1 saved by hand. */
export const KEEP = { daily: 3, change: 3, manual: 1 } as const;

const KINDS: readonly AutoBackupKind[] = ['daily', 'import', 'restore', 'manual'];
const NAME = /^auto-(daily|import|restore|manual)-(\d{13,})\.zip$/;

/** The file name of a backup of `kind` made at `at`: it carries both, so listing needs no index. */
export function autoBackupName(kind: AutoBackupKind, at: number): string {
  return `auto-${kind}-${String(Math.round(at)).padStart(13, '0')}.zip`;
}

/** The kind and time a backup's file name carries, or null for any other file. */
export function parseAutoBackupName(name: string): { kind: AutoBackupKind; createdAt: number } | null {
  const match = NAME.exec(name);
  if (!match || !KINDS.includes(match[1] as AutoBackupKind)) return null;
  return { kind: match[1] as AutoBackupKind, createdAt: Number(match[2]) };
}

const groupOf = (kind: AutoBackupKind): keyof typeof KEEP =>
  kind === 'daily' ? 'daily' : kind === 'manual' ? 'manual' : 'change';

/** Newest first. */
export function sortNewestFirst<T extends { createdAt: number }>(list: readonly T[]): T[] {
  return [...list].sort((a, b) => b.createdAt - a.createdAt);
}

/** The backups to delete so that each group keeps only its newest ones. */
export function backupsToRemove(list: readonly AutoBackupInfo[]): string[] {
  const kept = { daily: 0, change: 0, manual: 0 };
  return sortNewestFirst(list).flatMap((backup) => {
    const group = groupOf(backup.kind);
    kept[group] += 1;
    return kept[group] > KEEP[group] ? [backup.name] : [];
  });
}

/** Whether the study day that began at `dayStart` still needs its daily backup. */
export function isDailyBackupDue(list: readonly AutoBackupInfo[], dayStart: number): boolean {
  return !list.some((b) => b.kind === 'daily' && b.createdAt >= dayStart);
}

/** The newest backup, or undefined. */
export function latestBackup(list: readonly AutoBackupInfo[]): AutoBackupInfo | undefined {
  return sortNewestFirst(list)[0];
}

/** "Daily backup", "Before an import", ... as the list in Your data names them. */
export const KIND_LABELS: Record<AutoBackupKind, string> = {
  daily: 'Daily backup',
  import: 'Before an import',
  restore: 'Before a restore',
  manual: 'Saved with “Back up everything”',
};

/**
 * Whether there is anything a backup would protect: progress, or decks of the user's own. A
 * database holding only the app's own decks, untouched (a first visit, or one the browser just
 * emptied), is never backed up: that backup would push a real one out of the rolling set.
 */
export function hasDataWorthKeeping(summary: { schedules: number; reviews: number; importedDecks: number }): boolean {
  return summary.schedules > 0 || summary.reviews > 0 || summary.importedDecks > 0;
}

/** The complete backups among a folder's files, newest first (other files and cut-off writes left out). */
export function backupInfosOf(files: readonly { name: string; size: number; complete: boolean }[]): AutoBackupInfo[] {
  return sortNewestFirst(
    files.flatMap((file) => {
      const parsed = file.complete ? parseAutoBackupName(file.name) : null;
      return parsed ? [{ name: file.name, size: file.size, ...parsed }] : [];
    }),
  );
}
