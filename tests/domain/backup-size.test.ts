import { describe, expect, it } from 'vitest';
import type { BackupContents } from '../../src/domain/backup-format';
import { measureBackup, withoutRecordings } from '../../src/domain/backup-size';
import { encodeBackup } from '../../src/import/backup-write';
import { wholeBlob } from '../helpers/media-bytes';

const T = Date.UTC(2026, 10, 2, 9);

function contents(recordingBytes: number[]): BackupContents {
  return {
    decks: [{ id: 'd', name: 'D', description: '', source: 'import', createdAt: T, updatedAt: T }],
    cards: Array.from({ length: 50 }, (_, i) => ({
      id: `d/${i}`,
      deckId: 'd',
      key: String(i),
      front: `Question ${i} about the support backlog`,
      back: `Answer ${i}`,
      format: 'text' as const,
      tags: ['t'],
      order: i,
    })),
    schedules: [],
    reviews: [],
    settings: [{ key: 'scheduler', value: { newPerDay: 7 } }],
    styles: [],
    media: [
      {
        id: 's/a.png',
        scope: 's',
        name: 'a.png',
        type: 'image/png',
        data: wholeBlob(new Blob([new Uint8Array(3000)])),
      },
    ],
    stories: [],
    attempts: recordingBytes.map((_, i) => ({
      id: `a${i}`,
      cardId: 'd/1',
      deckId: 'd',
      at: T,
      thinkingMs: 0,
      answerMs: 1000,
      overtimeMs: 0,
      answerLimitMs: 120_000,
      rating: 3 as const,
      recordingId: `r${i}`,
    })),
    recordings: recordingBytes.map((size, i) => ({
      id: `r${i}`,
      cardId: 'd/1',
      attemptId: `a${i}`,
      at: T,
      durationMs: 1000,
      mimeType: 'audio/webm',
      size,
      blob: new Blob([new Uint8Array(size).map((_, k) => (k * 7 + i) % 256)], { type: 'audio/webm' }),
    })),
  };
}

describe('the size of a backup, before it is made', () => {
  it('is never below the real file, and the recordings share is exact', async () => {
    const c = contents([40_000, 25_000]);
    const size = measureBackup(c);
    const real = (await encodeBackup(c, T)).length;
    expect(size.recordingBytes).toBe(65_000);
    expect(size.recordingCount).toBe(2);
    expect(size.mediaBytes).toBe(3000);
    expect(size.totalBytes).toBeGreaterThanOrEqual(real);
    // An upper bound that stays close when recordings dominate, as they do.
    expect(size.totalBytes - real).toBeLessThan(size.recordsBytes);
  });

  it('without recordings: none in the file, and no attempt points at one', async () => {
    const c = withoutRecordings(contents([40_000]));
    expect(c.recordings).toEqual([]);
    expect(c.attempts[0]!.recordingId).toBeUndefined();
    expect(measureBackup(c).totalBytes).toBeGreaterThanOrEqual((await encodeBackup(c, T)).length);
  });
});
