import { describe, expect, it } from 'vitest';
import { classifyStorageError, describeStorageKind } from '../../src/domain/storage-errors';
import { describeShortfall, estimateImportBytes, findShortfall, isSpaceTight } from '../../src/domain/storage-space';

describe('storage failures in plain words', () => {
  it('tells a full disk, a disk error and a closed database apart, through an AbortError’s cause too', () => {
    expect(
      classifyStorageError(
        new DOMException('Encountered full disk while opening backing store.', 'QuotaExceededError'),
      ),
    ).toBe('quota');
    const aborted = new DOMException('The transaction was aborted.', 'AbortError') as DOMException & {
      cause?: unknown;
    };
    Object.defineProperty(aborted, 'cause', { value: new DOMException('', 'QuotaExceededError') });
    expect(classifyStorageError(aborted)).toBe('quota');
    expect(classifyStorageError(new DOMException('Failed to write blobs (IOError)', 'DataError'))).toBe('io');
    expect(classifyStorageError(new DOMException('Internal error committing transaction.', 'UnknownError'))).toBe('io');
    expect(classifyStorageError(new DOMException('The database connection is closing.', 'InvalidStateError'))).toBe(
      'closed',
    );
    expect(classifyStorageError(new Error('deck.csv, line 3: no back'))).toBe('other');
  });

  it('says what happened, never that anything is saved', () => {
    for (const kind of ['quota', 'io', 'closed'] as const) expect(describeStorageKind(kind, '')).not.toMatch(/saved/i);
    expect(describeStorageKind('quota', '')).toMatch(/^the device is out of space/);
    expect(describeStorageKind('other', 'deck.csv, line 3: no back')).toBe('deck.csv, line 3: no back');
  });
});

describe('will an import fit', () => {
  const bundle = {
    fileName: 'big.csv',
    kind: 'csv' as const,
    warnings: [],
    decks: [
      {
        name: 'Big',
        description: '',
        cards: Array.from({ length: 1_000 }, (_, i) => ({
          key: `r${i}`,
          front: 'q'.repeat(1_000),
          back: 'a'.repeat(1_000),
          format: 'text' as const,
          tags: [],
        })),
      },
    ],
  };

  it('estimates from what it writes, and refuses with the numbers when it will not fit', () => {
    const need = estimateImportBytes(bundle);
    // 1,000 cards of 2,000 characters, stored as UTF-16, with room for keys and indexes.
    expect(need).toBeGreaterThan(4_000_000);
    expect(need).toBeLessThan(6_000_000);
    expect(findShortfall(need, { usage: 1_000_000, quota: 100_000_000 })).toBeNull();
    const short = findShortfall(need + 2_000_000, { usage: 97_000_000, quota: 100_000_000 })!;
    expect(short.free).toBe(3_000_000);
    expect(describeShortfall(short, true)).toMatch(
      /^Not enough space for this import: it needs about [\d.]+ MB \(the cards and media, and a safety backup of your data made first\), and the browser lets PrepDeck store only 3\.0 MB more on this device \(it uses 97 MB of 100 MB\)\. Nothing was imported\./,
    );
    expect(findShortfall(need, undefined)).toBeNull();
  });

  it('space is tight under a fifth of the allowance or 100 MB', () => {
    expect(isSpaceTight({ usage: 97_000_000, quota: 100_000_000 })).toBe(true);
    expect(isSpaceTight({ usage: 1_000_000_000, quota: 10_000_000_000 })).toBe(false);
    expect(isSpaceTight({ usage: 9_950_000_000, quota: 10_000_000_000 })).toBe(true);
  });
});
