import { describe, expect, it } from 'vitest';
import {
  autoBackupName,
  backupInfosOf,
  backupsToRemove,
  hasDataWorthKeeping,
  isDailyBackupDue,
  parseAutoBackupName,
  type AutoBackupInfo,
  type AutoBackupKind,
} from '../../src/domain/auto-backups';

const DAY = 86_400_000;
const T = Date.UTC(2026, 2, 10, 9);
const info = (kind: AutoBackupKind, at: number): AutoBackupInfo => ({
  name: autoBackupName(kind, at),
  kind,
  createdAt: at,
  size: 1,
});

describe('automatic backups, the rules', () => {
  it('a name carries the kind and the instant, and nothing else parses', () => {
    expect(autoBackupName('daily', T)).toBe(`auto-daily-${T}.zip`);
    expect(parseAutoBackupName(autoBackupName('import', T))).toEqual({ kind: 'import', createdAt: T });
    expect(parseAutoBackupName('auto-weekly-1773133200000.zip')).toBeNull();
    expect(parseAutoBackupName('notes.txt')).toBeNull();
  });

  it('keeps the newest 3 daily, the newest 3 made before an import or restore, and the last manual one', () => {
    const list = [
      ...[0, 1, 2, 3, 4].map((d) => info('daily', T - d * DAY)),
      info('import', T - 1),
      info('restore', T - 2),
      info('import', T - 3),
      info('import', T - 4),
      info('manual', T - 5),
      info('manual', T - 6),
    ];
    expect(backupsToRemove(list).sort()).toEqual(
      [info('daily', T - 3 * DAY), info('daily', T - 4 * DAY), info('import', T - 4), info('manual', T - 6)]
        .map((b) => b.name)
        .sort(),
    );
  });

  it('the daily backup is due once per study day', () => {
    const dayStart = T - 5 * 3_600_000;
    expect(isDailyBackupDue([info('daily', dayStart - 1), info('import', T)], dayStart)).toBe(true);
    expect(isDailyBackupDue([info('daily', dayStart + 1)], dayStart)).toBe(false);
  });

  it('lists complete backups newest first, leaving cut-off writes and other files out', () => {
    const files = [
      { name: autoBackupName('daily', T - DAY), size: 10, complete: true },
      { name: autoBackupName('daily', T), size: 5, complete: false },
      { name: autoBackupName('import', T - 1), size: 7, complete: true },
      { name: 'stray.txt', size: 1, complete: true },
    ];
    expect(backupInfosOf(files).map((b) => [b.kind, b.size])).toEqual([
      ['import', 7],
      ['daily', 10],
    ]);
  });

  it('a database with only the app’s own untouched decks is not worth a backup', () => {
    expect(hasDataWorthKeeping({ schedules: 0, reviews: 0, importedDecks: 0 })).toBe(false);
    expect(hasDataWorthKeeping({ schedules: 1, reviews: 1, importedDecks: 0 })).toBe(true);
    expect(hasDataWorthKeeping({ schedules: 0, reviews: 0, importedDecks: 1 })).toBe(true);
  });
});
