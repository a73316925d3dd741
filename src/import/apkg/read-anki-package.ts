/**
 * Reads an Anki `.apkg` / `.colpkg` (all three generations, guide §1) into an ImportBundle:
 * one ImportedCard per row of the `cards` table, rendered as Anki shows it, with its
 * progress, plus the package's media and note type stylesheets. Cards are never regenerated
 * from templates. Every failure is an ImportError naming the part.
 */
import { ImportError, type ImportWarning } from '../../domain/import-error';
import type { ImportBundle, ImportedMedia } from '../../domain/import-bundle';
import { type RevlogRow } from './anki-progress';
import { CollectionDb, num, str } from './collection-db';
import { readCollectionMeta } from './collection-meta';
import { parseMediaMap, type MediaMapEntry } from './media-map';
import { guessMimeType } from './mime-type';
import { choosePackageLayout, type PackageLayout } from './package-layout';
import { loadSqlJs, type SqlWasmSource } from './sql-loader';
import { extractZipEntry, readZipDirectory, ZipFormatError, type ZipEntry } from './zip-reader';
import { loadZstd, ZstdFormatError, type ZstdDecode } from './zstd';
import { createMediaPacker } from '../media-packer';
import { UnpackBudget } from '../unpack-limits';
import { ANKI_MEDIA_SCOPE, mediaScopeFor } from './anki-scopes';
import { buildCards, countMissingMedia, type CardBuild, type NoteRow } from './build-cards';

export { ANKI_MEDIA_SCOPE, mediaScopeFor, styleIdForNoteType } from './anki-scopes';

export interface ApkgProgress {
  phase: 'unzip' | 'collection' | 'cards' | 'media';
  done: number;
  total: number;
}

export interface ReadAnkiPackageOptions {
  /** Epoch ms; used for cards whose progress must be estimated. */
  now: number;
  onProgress?: (progress: ApkgProgress) => void;
  /** Aborting rejects with the signal's reason (an AbortError), never an ImportError. */
  signal?: AbortSignal;
  /** sql.js WASM: its URL (browser) or bytes; omitted in Node, where sql.js finds it. */
  sqlWasm?: SqlWasmSource;
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** The zip members of one package, read with the package's unpacking allowance. */
interface PackageSource {
  bytes: Uint8Array;
  entries: Map<string, ZipEntry>;
  fileName: string;
  budget: UnpackBudget;
}

function readMember(source: PackageSource, entry: ZipEntry, location: string): Uint8Array {
  const { bytes, fileName, budget } = source;
  try {
    return extractZipEntry(bytes, entry, budget.meter(entry.name, entry.compressedSize));
  } catch (error) {
    if (error instanceof ZipFormatError) throw new ImportError(fileName, location, error.message);
    throw error;
  }
}

/** Decodes a zstd member with the package's allowance, so a zstd bomb is stopped like a zip one. */
function decodeZstd(source: PackageSource, decode: ZstdDecode, member: string, data: Uint8Array): Uint8Array {
  return decode(data, source.budget.meter(member, data.length));
}

async function readCollectionBytes(source: PackageSource, layout: PackageLayout): Promise<Uint8Array> {
  const { entries, fileName } = source;
  const member = layout.collectionMember;
  const raw = readMember(source, entries.get(member)!, member);
  if (!layout.zstd) return raw;
  const decode = await loadZstd();
  try {
    return decodeZstd(source, decode, member, raw);
  } catch (error) {
    if (error instanceof ZstdFormatError)
      throw new ImportError(fileName, member, `not a valid zstd stream (${error.message})`);
    throw error;
  }
}

function readNotes(db: CollectionDb): Map<number, NoteRow> {
  const notes = new Map<number, NoteRow>();
  db.forEachRow('SELECT id, guid, mid, tags, flds FROM notes', 'notes', (row) => {
    notes.set(num(row[0]), {
      guid: str(row[1]),
      mid: num(row[2]),
      tags: str(row[3]).split(/\s+/).filter(Boolean),
      fields: str(row[4]).split('\x1f'),
    });
  });
  return notes;
}

function readRevlog(db: CollectionDb): Map<number, RevlogRow[]> {
  const byCard = new Map<number, RevlogRow[]>();
  if (!db.tables.has('revlog')) return byCard;
  db.forEachRow('SELECT id, cid, ease, ivl, factor, type FROM revlog', 'the review log', (row) => {
    const cid = num(row[1]);
    const entry: RevlogRow = {
      id: num(row[0]),
      ease: num(row[2]),
      ivl: num(row[3]),
      factor: num(row[4]),
      type: num(row[5]),
    };
    const list = byCard.get(cid);
    if (list) list.push(entry);
    else byCard.set(cid, [entry]);
  });
  return byCard;
}

async function readMedia(
  source: PackageSource,
  layout: PackageLayout,
  warnings: ImportWarning[],
  progress: (done: number, total: number) => void,
  signal: AbortSignal | undefined,
): Promise<ImportedMedia[]> {
  const { entries, fileName } = source;
  const mapEntry = entries.get('media');
  // Old AnkiDroid packages have no map at all: no media then.
  if (!mapEntry) return [];
  let mapBytes = readMember(source, mapEntry, 'media');
  const decode = layout.zstd ? await loadZstd() : null;
  if (decode) {
    try {
      mapBytes = decodeZstd(source, decode, 'media', mapBytes);
    } catch (error) {
      if (error instanceof ZstdFormatError)
        throw new ImportError(fileName, 'media', `not a valid zstd stream (${error.message})`);
      throw error;
    }
  }
  const list: MediaMapEntry[] = parseMediaMap(mapBytes, layout.zstd, fileName, warnings);
  const media: ImportedMedia[] = [];
  const packer = createMediaPacker();
  for (let i = 0; i < list.length; i++) {
    const { member, name } = list[i]!;
    if (i % 50 === 0) {
      signal?.throwIfAborted();
      progress(i, list.length);
    }
    const entry = entries.get(member);
    const location = `media file "${name}" (zip member "${member}")`;
    if (!entry) {
      warnings.push({ location: `media "${name}"`, message: 'listed in the package but its file is missing' });
      continue;
    }
    let data = readMember(source, entry, location);
    if (decode) {
      try {
        data = decodeZstd(source, decode, member, data);
      } catch (error) {
        if (error instanceof ZstdFormatError)
          throw new ImportError(fileName, location, `damaged (not a valid zstd stream: ${error.message})`);
        throw error;
      }
    }
    const type = guessMimeType(name);
    media.push({ scope: ANKI_MEDIA_SCOPE, name, type, data: packer.add(data) });
  }
  packer.finish();
  progress(list.length, list.length);
  return media;
}

/** Text that starts the reason of an ImportError wrapping a failure the reader did not foresee. */
export const UNEXPECTED_FAILURE = 'unexpected problem while reading the package';

/** Reads an Anki package into an ImportBundle (kind 'apkg' or 'colpkg'). */
export async function readAnkiPackage(
  bytes: Uint8Array,
  fileName: string,
  opts: ReadAnkiPackageOptions,
): Promise<ImportBundle> {
  try {
    return await readPackage(bytes, fileName, opts);
  } catch (error) {
    if (error instanceof ImportError || (error instanceof Error && error.name === 'AbortError') || opts.signal?.aborted)
      throw error;
    // Callers rely on one error type; a damaged file must not surface as a TypeError.
    throw new ImportError(fileName, null, `${UNEXPECTED_FAILURE} (${describe(error)})`);
  }
}

async function readPackage(bytes: Uint8Array, fileName: string, opts: ReadAnkiPackageOptions): Promise<ImportBundle> {
  const { signal, now } = opts;
  const report = (phase: ApkgProgress['phase']) => (done: number, total: number) =>
    opts.onProgress?.({ phase, done, total });
  signal?.throwIfAborted();
  report('unzip')(0, 1);

  let entries: Map<string, ZipEntry>;
  try {
    entries = readZipDirectory(bytes);
  } catch (error) {
    if (error instanceof ZipFormatError)
      throw new ImportError(fileName, null, `not a readable Anki package: ${error.message}`);
    throw new ImportError(fileName, null, `not a readable Anki package: ${describe(error)}`);
  }
  const source: PackageSource = { bytes, entries, fileName, budget: new UnpackBudget(fileName) };
  // A bomb is refused from the sizes the directory declares, before anything is inflated.
  source.budget.checkDirectory([...entries.values()]);
  const layout = choosePackageLayout(entries, (entry) => readMember(source, entry, entry.name), fileName);
  const collectionBytes = await readCollectionBytes(source, layout);
  report('unzip')(1, 1);
  signal?.throwIfAborted();

  report('collection')(0, 1);
  let sql;
  try {
    sql = await loadSqlJs(opts.sqlWasm);
  } catch (error) {
    // Not the file's fault, but the caller still gets the one error type importers throw.
    throw new ImportError(fileName, null, `the SQLite reader could not be loaded (${describe(error)})`);
  }
  signal?.throwIfAborted();
  const db = CollectionDb.open(sql, collectionBytes, fileName, layout.collectionMember);
  const warnings: ImportWarning[] = [];
  let built: CardBuild;
  let notes: Map<number, NoteRow>;
  try {
    const meta = readCollectionMeta(db);
    notes = readNotes(db);
    const revlog = readRevlog(db);
    report('collection')(1, 1);
    built = buildCards(db, meta, notes, revlog, now, warnings, report('cards'), signal);
  } finally {
    db.close();
  }

  const media = await readMedia(source, layout, warnings, report('media'), signal);
  const scope = mediaScopeFor(media);
  for (const file of media) file.scope = scope;
  for (const deck of built.decks) for (const card of deck.cards) card.mediaScope = scope;
  const missingMedia = countMissingMedia(notes, built.notesUsed, media, warnings);
  if (built.cards === 0) warnings.push({ location: layout.collectionMember, message: 'the package holds no cards' });

  return {
    fileName,
    kind: fileName.toLowerCase().endsWith('.colpkg') ? 'colpkg' : 'apkg',
    decks: built.decks,
    warnings,
    media,
    styles: built.styles,
    summary: {
      notes: built.notesUsed.size,
      cards: built.cards,
      withProgress: built.withProgress,
      suspended: built.suspended,
      reviews: built.reviews,
      mediaFiles: media.length,
      missingMedia,
      templateErrors: built.templateErrors,
    },
  };
}
