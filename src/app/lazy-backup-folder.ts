import type { BackupFolder } from '../storage/backup-folder';

/** Opens the backup folder, its code (and the zip reader it checks files with) loaded when first used, not with the first paint. */
export const openBackupFolderLater = async (): Promise<BackupFolder | null> =>
  (await import('../storage/backup-folder')).openBackupFolder();
