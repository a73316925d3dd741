/**
 * Putting a backup back: the app's own decks are taken from this version of the app (never
 * from the file, see domain/backup-builtins.ts), then every store is replaced in one transaction.
 */
import { adoptShippedBuiltins } from '../domain/backup-builtins';
import type { Backup, BackupCounts } from '../domain/backup-format';
import type { DeckFile } from '../domain/deck-file';
import { restoreBackup } from '../storage/backup';
import type { AppDb } from '../storage/db';

/** Replaces everything in `db` with `backup`, built-in decks as `shipped`; all or nothing. */
export async function restoreEverything(
  db: AppDb,
  backup: Backup,
  shipped: readonly DeckFile[],
  now: number,
): Promise<BackupCounts> {
  return restoreBackup(db, adoptShippedBuiltins(backup, shipped, now), 'replace');
}
