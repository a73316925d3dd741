import fc from 'fast-check';
import { strToU8, unzipSync, zipSync, type Zippable } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { ImportError } from '../../../src/domain/import-error';
import { readAnkiPackage, UNEXPECTED_FAILURE } from '../../../src/import/apkg/read-anki-package';
import { buildPackage, buildSchema11, loadFixtureSql, type Generation } from './fixtures/build-package';
import { encodeProto } from './fixtures/protobuf-encode';
import { NOW, sampleCollection } from './fixtures/sample-collection';
import { encodeZstdRaw } from './fixtures/zstd-raw';

async function failure(bytes: Uint8Array, name = 'deck.apkg'): Promise<ImportError> {
  const error = await readAnkiPackage(bytes, name, { now: NOW }).then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ImportError);
  return error as ImportError;
}

/** Rebuilds a package with one member replaced (stored). */
function withMember(pkg: Uint8Array, name: string, data: Uint8Array | null): Uint8Array {
  const files = unzipSync(pkg);
  const out: Zippable = {};
  for (const [n, d] of Object.entries(files)) if (n !== name) out[n] = [d, { level: 0 }];
  if (data) out[name] = [data, { level: 0 }];
  return zipSync(out);
}

describe('errors name the part that is wrong', () => {
  let legacy: Uint8Array;
  let latest: Uint8Array;
  beforeAll(async () => {
    legacy = await buildPackage(sampleCollection(), 'legacy2');
    latest = await buildPackage(sampleCollection(), 'latest');
  });

  it('a file that is not a zip', async () => {
    const error = await failure(strToU8('just some text, not a package'));
    expect(error.file).toBe('deck.apkg');
    expect(error.reason).toMatch(/not a readable Anki package/);
  });

  it('a zip that holds no collection', async () => {
    const error = await failure(zipSync({ 'notes.txt': strToU8('hi') }));
    expect(error.reason).toMatch(/no collection/);
  });

  it('a collection that is not SQLite', async () => {
    const error = await failure(withMember(legacy, 'collection.anki21', strToU8('garbage'.repeat(40))));
    expect(error.message).toBe('deck.apkg, collection.anki21: not an SQLite database');
  });

  it('a zstd collection that does not decode, or decodes to something that is not SQLite', async () => {
    const bad = await failure(withMember(latest, 'collection.anki21b', strToU8('not zstd at all')));
    expect(bad.location).toBe('collection.anki21b');
    const notSqlite = await failure(withMember(latest, 'collection.anki21b', encodeZstdRaw(strToU8('x'.repeat(500)))));
    expect(notSqlite.message).toBe('deck.apkg, collection.anki21b: not an SQLite database');
  });

  it('a collection missing a table', async () => {
    const sql = await loadFixtureSql();
    const db = new sql.Database(buildSchema11(sql, sampleCollection()));
    db.run('DROP TABLE cards');
    const error = await failure(withMember(legacy, 'collection.anki21', db.export()));
    expect(error.location).toBe('collection.anki21');
    expect(error.reason).toBe('missing table "cards"');
  });

  it('a truncated media file, naming the member and the file', async () => {
    const files = unzipSync(latest);
    const truncated = files['0']!.subarray(0, 8);
    const error = await failure(withMember(latest, '0', truncated));
    expect(error.location).toBe('media file "sla.png" (zip member "0")');
  });

  it('a media member whose bytes were damaged inside the zip', async () => {
    const pkg = withMember(legacy, '1', new Uint8Array(64).fill(7));
    // Flip a byte of the stored data: the CRC no longer matches.
    const at = findBytes(pkg, new Uint8Array(64).fill(7));
    pkg[at + 10] = pkg[at + 10]! ^ 0xff;
    const error = await failure(pkg);
    expect(error.location).toBe('media file "sla.mp3" (zip member "1")');
    expect(error.reason).toMatch(/corrupt/);
  });

  it('an unknown meta version', async () => {
    const error = await failure(withMember(latest, 'meta', encodeProto([[1, 0]])));
    expect(error.location).toBe('meta');
    expect(error.reason).toMatch(/newer Anki/);
  });
});

function findBytes(haystack: Uint8Array, needle: Uint8Array): number {
  outer: for (let i = 0; i + needle.length <= haystack.length; i++) {
    for (let j = 0; j < needle.length; j++) if (haystack[i + j] !== needle[j]) continue outer;
    return i;
  }
  throw new Error('not found');
}

describe('damaged packages', () => {
  const packages = new Map<Generation, Uint8Array>();
  beforeAll(async () => {
    for (const generation of ['legacy1', 'legacy2-meta', 'latest'] as const) {
      packages.set(
        generation,
        await buildPackage(sampleCollection(), generation, { deflateAll: generation === 'legacy1' }),
      );
    }
  });

  it('never fail with anything but an ImportError, whatever bytes are flipped or cut', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom<Generation>('legacy1', 'legacy2-meta', 'latest'),
        fc.array(fc.tuple(fc.nat(), fc.integer({ min: 1, max: 255 })), { minLength: 1, maxLength: 8 }),
        fc.option(fc.nat(), { nil: undefined }),
        async (generation, flips, cut) => {
          const original = packages.get(generation)!;
          const bytes = original.slice(0, cut === undefined ? original.length : cut % original.length);
          for (const [at, xor] of flips) if (bytes.length) bytes[at % bytes.length] = bytes[at % bytes.length]! ^ xor;
          try {
            await readAnkiPackage(bytes, 'mutated.apkg', { now: NOW });
          } catch (error) {
            if (!(error instanceof ImportError)) throw error;
            expect(error.file).toBe('mutated.apkg');
            expect(error.reason).not.toContain(UNEXPECTED_FAILURE);
          }
        },
      ),
      { numRuns: 300 },
    );
  }, 120_000);

  it('never fail with anything but an ImportError when the collection itself is damaged behind a valid zip', async () => {
    const sql = await loadFixtureSql();
    const collection = buildSchema11(sql, sampleCollection());
    await fc.assert(
      fc.asyncProperty(
        fc.boolean(),
        fc.array(fc.tuple(fc.nat(), fc.integer({ min: 1, max: 255 })), { minLength: 1, maxLength: 16 }),
        async (zstd, flips) => {
          const damaged = collection.slice();
          // Spare the 100-byte header now and then so that SQLite gets past it to the pages.
          for (const [at, xor] of flips) {
            const i = 100 + (at % (damaged.length - 100));
            damaged[i] = damaged[i]! ^ xor;
          }
          const pkg = zstd
            ? withMember(packages.get('latest')!, 'collection.anki21b', encodeZstdRaw(damaged))
            : withMember(packages.get('legacy2-meta')!, 'collection.anki21', damaged);
          try {
            await readAnkiPackage(pkg, 'mutated.apkg', { now: NOW });
          } catch (error) {
            if (!(error instanceof ImportError)) throw error;
            expect(error.reason).not.toContain(UNEXPECTED_FAILURE);
          }
        },
      ),
      { numRuns: 200 },
    );
  }, 120_000);
});
