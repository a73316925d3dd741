/**
 * Issue 15, point 7: a zip or zstd bomb inside an Anki package is refused with the numbers,
 * before it is inflated (from the sizes the directory declares) or as soon as a member
 * produces more than it may, never after gigabytes have been unpacked.
 */
import { Inflate, strToU8, zipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { ImportError } from '../../../src/domain/import-error';
import { readAnkiPackage } from '../../../src/import/apkg/read-anki-package';
import { UnpackBudget, UNPACK_LIMITS } from '../../../src/import/unpack-limits';
import { deflatedZeros, rawZip, withDeclaredSize, zeroBomb } from '../zip-fixtures';
import { buildPackage } from './fixtures/build-package';
import { GUIDS, NOW, sampleCollection } from './fixtures/sample-collection';
import { encodeZstdRle } from './fixtures/zstd-raw';

async function refusal(bytes: Uint8Array, name = 'bomb.apkg'): Promise<ImportError> {
  const error = await readAnkiPackage(bytes, name, { now: NOW }).then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ImportError);
  return error as ImportError;
}

describe('zip bombs in Anki packages', () => {
  it('a member declaring 1.5 GB from a few kB is refused from its declared size, never inflated', async () => {
    // The data is 1 kB of zeros: had the reader inflated it, it would have found 1 kB, not a bomb.
    const lying = withDeclaredSize(zeroBomb('collection.anki21', 1_000), 'collection.anki21', 1_500_000_000);
    const error = await refusal(lying);
    expect(error.message).toMatch(
      /^bomb\.apkg: refused: "collection\.anki21" would unpack to 1\.5 GB from \d+ B \([\d,]+ times its packed size; PrepDeck unpacks at most 100 times the packed size for a member over 10 MB\): it looks like a zip bomb, so nothing was unpacked$/,
    );
  });

  it('a real bomb (a valid deflate stream of 1.5 GB of zeros, in 1.5 MB) is refused before inflating', async () => {
    const two = deflatedZeros(2);
    let inflated = 0;
    new Inflate((chunk) => (inflated += chunk.length)).push(two, true);
    expect(inflated).toBe(32 * 1024 * 1024);
    const bomb = rawZip([{ name: 'collection.anki21', deflated: deflatedZeros(90), size: 90 * 16 * 1024 * 1024 }]);
    expect((await refusal(bomb)).reason).toMatch(
      /^refused: "collection\.anki21" would unpack to 1\.5 GB from 1\.5 MB \(1,028 times its packed size/,
    );
  });

  it('an honest bomb (20 MB of zeros in about 20 kB) is refused with its sizes', async () => {
    const error = await refusal(zeroBomb('collection.anki21', 20_000_000));
    expect(error.reason).toMatch(/"collection\.anki21" would unpack to 20 MB from [\d.]+ kB \([\d,]+ times/);
  });

  it('a member that declares little and inflates to much is stopped at its declared size', async () => {
    const liar = withDeclaredSize(zeroBomb('collection.anki21', 5_000_000), 'collection.anki21', 4_096);
    const error = await refusal(liar);
    expect(error.location).toBe('collection.anki21');
    expect(error.reason).toBe('inflates to more than the 4096 bytes it declares');
  });

  it('members that together declare more than 2 GB are refused with the total', async () => {
    const members = zipSync({
      'collection.anki21': [new Uint8Array(2_000), { level: 1 }],
      '0': [new Uint8Array(2_000), { level: 1 }],
    });
    const big = withDeclaredSize(withDeclaredSize(members, 'collection.anki21', 1_200_000_000), '0', 1_200_000_000);
    // Each member alone passes the ratio only if its packed size is large: check the total with the ratio set aside.
    const budget = new UnpackBudget('big.apkg', { ...UNPACK_LIMITS, maxRatio: Infinity });
    expect(() =>
      budget.checkDirectory([
        { name: 'a', method: 8, flags: 0, crc: 0, compressedSize: 600_000_000, size: 1_200_000_000, localOffset: 0 },
        { name: 'b', method: 8, flags: 0, crc: 0, compressedSize: 600_000_000, size: 1_200_000_000, localOffset: 0 },
      ]),
    ).toThrow('big.apkg: refused: it would unpack to 2.4 GB in all, and PrepDeck unpacks at most 2.0 GB from one file');
    expect((await refusal(big)).reason).toMatch(/refused: "(0|collection\.anki21)" would unpack to 1\.2 GB/);
  });

  it('a zstd frame inside a Latest package that decodes to a bomb is stopped while decoding', async () => {
    const pkg = await buildPackage(sampleCollection(), 'latest');
    const { unzipSync } = await import('fflate');
    const files = unzipSync(pkg);
    // 30 MB of one byte, in under 1 kB: the zip member is stored, so only decoding can tell.
    files['0'] = encodeZstdRle(0x41, 30_000_000) as Uint8Array<ArrayBuffer>;
    const error = await refusal(
      zipSync(Object.fromEntries(Object.entries(files).map(([n, d]) => [n, [d, { level: 0 }]]))),
    );
    expect(error.reason).toMatch(
      /^refused: "0" unpacks to more than 10 MB from 9\d\d B \([\d,]+ times .*: it looks like a zip bomb, so unpacking stopped there$/,
    );
  });

  it('a package within the limits still imports', async () => {
    const pkg = await buildPackage(sampleCollection(), 'legacy2', { extra: { padding: strToU8('x'.repeat(5_000)) } });
    const bundle = await readAnkiPackage(pkg, 'fine.apkg', { now: NOW });
    expect(bundle.summary?.cards).toBeGreaterThan(0);
  });
});

describe('the budget', () => {
  let budget: UnpackBudget;
  beforeAll(() => {
    budget = new UnpackBudget('x.zip', { maxTotalBytes: 100, maxRatio: 10, ratioFloorBytes: 20 });
  });

  it('meters what members produce, each against its packed size and all against the total', () => {
    const meter = budget.meter('a', 5);
    meter(15);
    expect(() => meter(40)).toThrow(/"a" unpacks to more than 55 B from 5 B \(11 times/);
    const other = budget.meter('b', 1_000);
    expect(() => other(60)).toThrow(/it unpacks to more than 115 B in all/);
  });
});

describe('a card over 1 MB of text', () => {
  it('is skipped with a warning naming it; the rest of the package imports', async () => {
    const col = sampleCollection();
    const note = col.notes.find((n) => n.guid === GUIDS.basic)!;
    note.fields[1] = `<b>${'z'.repeat(1_200_000)}</b>`;
    const bundle = await readAnkiPackage(await buildPackage(col, 'legacy2'), 'big.apkg', { now: NOW });
    const keys = bundle.decks.flatMap((d) => d.cards.map((c) => c.key));
    // Both cards of the note show the huge field (one on its back, one on its front).
    expect(keys.filter((k) => k.startsWith(`${GUIDS.basic}:`))).toEqual([]);
    expect(keys.length).toBeGreaterThan(0);
    const skipped = bundle.warnings.filter((w) => w.location.includes(`note guid "${GUIDS.basic}"`));
    expect(skipped).toHaveLength(2);
    expect(skipped[0]!.message).toMatch(
      /^skipped: one field holds 1,2\d\d,\d\d\d characters \(1\.2 MB\); a field may hold at most 1,000,000/,
    );
  });
});
