/**
 * Which collection a package holds (guide §1.1, Anki's package/meta.rs): the `meta` member's
 * version if present, else `collection.anki21`, else `collection.anki2`. The dummy
 * `collection.anki2` ("Please update to the latest Anki version…") is never read when
 * another collection is present.
 */
import { ImportError } from '../../domain/import-error';
import { decodeProto, protoNumber, ProtoFormatError } from './protobuf';
import type { ZipEntry } from './zip-reader';

export type PackageVersion = 1 | 2 | 3;

export interface PackageLayout {
  version: PackageVersion;
  collectionMember: 'collection.anki2' | 'collection.anki21' | 'collection.anki21b';
  /** Latest packages: the collection, the media map and every media file are zstd frames. */
  zstd: boolean;
}

const MEMBERS = { 1: 'collection.anki2', 2: 'collection.anki21', 3: 'collection.anki21b' } as const;

/** Reads `meta` (if any) and picks the collection member to open. */
export function choosePackageLayout(
  entries: Map<string, ZipEntry>,
  readMember: (entry: ZipEntry) => Uint8Array,
  fileName: string,
): PackageLayout {
  const meta = entries.get('meta');
  let version: PackageVersion;
  if (meta) {
    let raw: number;
    try {
      raw = protoNumber(decodeProto(readMember(meta)), 1);
    } catch (error) {
      if (error instanceof ProtoFormatError)
        throw new ImportError(fileName, 'meta', `unreadable package metadata (${error.message})`);
      throw error;
    }
    if (raw !== 1 && raw !== 2 && raw !== 3) {
      throw new ImportError(
        fileName,
        'meta',
        'this package was made by a newer Anki version than this app understands. In Anki, export it again with "Support older Anki versions" ticked.',
      );
    }
    version = raw;
  } else if (entries.has('collection.anki21')) {
    version = 2;
  } else if (entries.has('collection.anki2')) {
    version = 1;
  } else {
    throw new ImportError(
      fileName,
      null,
      'not an Anki package: it holds no collection.anki2, collection.anki21 or collection.anki21b',
    );
  }
  const collectionMember = MEMBERS[version];
  if (!entries.has(collectionMember)) throw new ImportError(fileName, collectionMember, 'missing from the package');
  return { version, collectionMember, zstd: version === 3 };
}
