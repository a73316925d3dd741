/**
 * Reads an Anki `.apkg` / `.colpkg` (all three generations, guide §1) into an ImportBundle:
 * one ImportedCard per row of the `cards` table, rendered as Anki shows it, with its
 * progress, plus the package's media and note type stylesheets. Cards are never regenerated
 * from templates. Every failure is an ImportError naming the part.
 */
import { parseAnkiTemplate, renderAnkiCard, type ParsedAnkiTemplate } from '../../domain/anki-template';
import { ImportError, type ImportWarning } from '../../domain/import-error';
import type { StyleRecord } from '../../domain/model';
import { scheduleFromAnkiHistory } from '../../domain/scheduler';
import type { ImportBundle, ImportedCard, ImportedDeck, ImportedMedia } from '../../domain/import-bundle';
import { historyFromRevlog, snapshotFromCard, type RevlogRow } from './anki-progress';
import { CollectionDb, num, str } from './collection-db';
import { readCollectionMeta, type AnkiNoteType, type CollectionMeta } from './collection-meta';
import { ankiCardId } from '../../domain/anki-identity';
import { hashText } from '../../domain/content-hash';
import { describeOversizedField, MAX_FIELD_CHARS } from '../../domain/field-size';
import { findMediaReferences, isMediaAvailable, parseMediaMap, type MediaMapEntry } from './media-map';
import { guessMimeType } from './mime-type';
import { choosePackageLayout, type PackageLayout } from './package-layout';
import { loadSqlJs, type SqlWasmSource } from './sql-loader';
import { extractZipEntry, readZipDirectory, ZipFormatError, type ZipEntry } from './zip-reader';
import { loadZstd, ZstdFormatError, type ZstdDecode } from './zstd';
import { createMediaPacker } from '../media-packer';
import { UnpackBudget } from '../unpack-limits';

/**
 * Anki keeps one media folder per collection, so every Anki card shares this scope: a file
 * that several packages carry is stored once, and a re-import replaces it.
 */
export const ANKI_MEDIA_SCOPE = 'anki-media';

/**
 * The media scope of one package: its files' names and sizes, fingerprinted. Two packages that
 * both hold a "1.mp3" keep their own; importing the same package again reuses its scope.
 */
export function mediaScopeFor(media: readonly ImportedMedia[]): string {
  const listing = media
    .map((m) => `${m.name}\u0000${m.data.size}`)
    .sort()
    .join('\n');
  return `${ANKI_MEDIA_SCOPE}:${hashText(listing)}`;
}

/** Stylesheet id of an Anki note type (StyleRecord.id / ImportedCard.styleId). */
export function styleIdForNoteType(noteTypeId: number): string {
  return `anki-notetype:${noteTypeId}`;
}

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

const MAX_MEDIA_WARNINGS = 20;

interface NoteRow {
  guid: string;
  mid: number;
  tags: string[];
  fields: string[];
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

interface TemplateProblemTally {
  location: string;
  problem: string;
  cards: number;
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

function wrapCard(html: string, ord: number): string {
  // Anki puts "card cardN" on <body>; note type CSS targets .card, .card1, …
  // NFC, as Anki normalizes note text: media references then match the NFC names in the store.
  return `<div class="card card${ord + 1}">${html}</div>`.normalize('NFC');
}

interface CardBuild {
  decks: ImportedDeck[];
  styles: StyleRecord[];
  notesUsed: Set<number>;
  cards: number;
  withProgress: number;
  suspended: number;
  reviews: number;
  templateErrors: number;
}

function buildCards(
  db: CollectionDb,
  meta: CollectionMeta,
  notes: Map<number, NoteRow>,
  revlog: Map<number, RevlogRow[]>,
  now: number,
  warnings: ImportWarning[],
  progress: (done: number, total: number) => void,
  signal: AbortSignal | undefined,
): CardBuild {
  const total = num(db.rows('SELECT count(*) FROM cards', 'cards')[0]?.[0]);
  const decks = new Map<string, ImportedDeck & { sortKeys: number[][] }>();
  const parsed = new Map<string, ParsedAnkiTemplate>();
  const problems = new Map<string, TemplateProblemTally>();
  const usedNoteTypes = new Map<number, AnkiNoteType>();
  const keys = new Set<string>();
  const notesUsed = new Set<number>();
  let skippedNoNote = 0;
  let skippedNoType = 0;
  const out: CardBuild = {
    decks: [],
    styles: [],
    notesUsed,
    cards: 0,
    withProgress: 0,
    suspended: 0,
    reviews: 0,
    templateErrors: 0,
  };

  const parseOnce = (key: string, template: string): ParsedAnkiTemplate => {
    let p = parsed.get(key);
    if (!p) parsed.set(key, (p = parseAnkiTemplate(template)));
    return p;
  };

  let done = 0;
  db.forEachRow(
    'SELECT id, nid, did, ord, type, queue, due, ivl, factor, reps, lapses, odid, odue, flags, data FROM cards',
    'cards',
    (row) => {
      if (done % 200 === 0) {
        signal?.throwIfAborted();
        progress(done, total);
      }
      done++;
      const [cid, nid, did, ord, type, queue, due, ivl, factor, reps, lapses, odid, odue, flags] = row.map(
        num,
      ) as number[] as [
        number,
        number,
        number,
        number,
        number,
        number,
        number,
        number,
        number,
        number,
        number,
        number,
        number,
        number,
      ];
      const note = notes.get(nid);
      if (!note) {
        skippedNoNote++;
        return;
      }
      const noteType = meta.noteTypes.get(note.mid);
      if (!noteType) {
        skippedNoType++;
        return;
      }
      const key = `${note.guid}:${ord}`;
      if (keys.has(key)) {
        warnings.push({
          location: `card ${cid}`,
          message: `skipped: another card already has note guid "${note.guid}" and card type ${ord + 1}`,
        });
        return;
      }
      keys.add(key);
      usedNoteTypes.set(noteType.id, noteType);
      notesUsed.add(nid);

      const homeDeckId = odid !== 0 ? odid : did;
      const deck = meta.decks.get(homeDeckId) ?? meta.decks.get(did);
      const deckName = deck?.name ?? 'Default';
      const template = noteType.isCloze ? noteType.templates[0] : noteType.templates[ord];
      const rendered = template
        ? renderAnkiCard(
            parseOnce(`${noteType.id}:${ord}:q`, template.qfmt),
            parseOnce(`${noteType.id}:${ord}:a`, template.afmt),
            {
              fields: noteType.fields.map((name, i) => [name, note.fields[i] ?? ''] as const),
              cardOrd: ord,
              isCloze: noteType.isCloze,
              deckName,
              tags: note.tags,
              noteTypeName: noteType.name,
              templateName: template.name,
              flags,
              cardId: String(cid),
            },
          )
        : {
            question: `<div class="template-error">Card type ${ord + 1} is missing from the note type "${noteType.name.replace(/[<&"]/g, '')}".</div>`,
            answer: '',
            problem: `card type ${ord + 1} is missing`,
          };
      if (!template) rendered.answer = rendered.question;
      if (rendered.problem !== null) {
        out.templateErrors++;
        const where = `note type "${noteType.name}", card type "${template?.name ?? ord + 1}"`;
        const tally = problems.get(`${where}\n${rendered.problem}`);
        if (tally) tally.cards++;
        else problems.set(`${where}\n${rendered.problem}`, { location: where, problem: rendered.problem, cards: 1 });
      }

      const card: ImportedCard = {
        key,
        id: ankiCardId(note.guid, ord),
        front: wrapCard(rendered.question, ord),
        back: wrapCard(rendered.answer, ord),
        format: 'html',
        tags: note.tags,
        styleId: styleIdForNoteType(noteType.id),
        mediaScope: ANKI_MEDIA_SCOPE,
        // Said either way: a card unsuspended in Anki is unsuspended here on re-import.
        suspended: queue === -1,
      };
      const longest = Math.max(card.front.length, card.back.length);
      if (longest > MAX_FIELD_CHARS) {
        // Skipped rather than refusing the package: a card that large is a pasted file, never a flashcard.
        warnings.push({
          location: `card ${cid} (note guid "${note.guid}")`,
          message: `skipped: ${describeOversizedField(longest)}`,
        });
        return;
      }
      if (card.suspended) out.suspended++;
      const history = revlog.get(cid);
      if (type !== 0 || history) {
        const snapshot = snapshotFromCard(
          { type, queue, due, ivl, factor, reps, lapses, odid, odue, data: str(row[14]) },
          meta.crt,
        );
        const progressOut = scheduleFromAnkiHistory(historyFromRevlog(history ?? [], meta.schedVer), snapshot, now);
        if (progressOut.schedule) {
          card.schedule = progressOut.schedule;
          out.withProgress++;
        }
        if (progressOut.reviews.length) {
          card.reviews = progressOut.reviews;
          out.reviews += progressOut.reviews.length;
        }
      }

      let target = decks.get(deckName);
      if (!target) {
        // No deck id: a re-import finds its deck through the cards' guids, and an unrelated
        // package that also has a deck called "Default" gets a deck of its own.
        target = { name: deckName, description: deck?.description ?? '', cards: [], sortKeys: [] };
        decks.set(deckName, target);
      }
      target.cards.push(card);
      // New cards keep Anki's new-card order (due = position); the rest follow by creation.
      target.sortKeys.push(type === 0 ? [0, due, cid, ord] : [1, cid, ord, 0]);
      out.cards++;
    },
  );
  progress(total, total);

  if (skippedNoNote)
    warnings.push({ location: 'cards', message: `${skippedNoNote} cards skipped: their note is missing` });
  if (skippedNoType)
    warnings.push({ location: 'cards', message: `${skippedNoType} cards skipped: their note type is missing` });
  for (const tally of problems.values()) {
    warnings.push({
      location: tally.location,
      message: `${tally.problem} (${tally.cards} card${tally.cards === 1 ? '' : 's'} show a notice)`,
    });
  }

  for (const deck of [...decks.values()].sort((a, b) => a.name.localeCompare(b.name))) {
    const order = deck.cards.map((_, i) => i);
    order.sort((a, b) => {
      const ka = deck.sortKeys[a]!;
      const kb = deck.sortKeys[b]!;
      for (let i = 0; i < ka.length; i++) if (ka[i] !== kb[i]) return ka[i]! - kb[i]!;
      return 0;
    });
    out.decks.push({
      id: deck.id,
      name: deck.name,
      description: deck.description,
      cards: order.map((i) => deck.cards[i]!),
    });
  }
  out.styles = [...usedNoteTypes.values()].map((nt) => ({ id: styleIdForNoteType(nt.id), css: nt.css }));
  return out;
}

function countMissingMedia(
  notes: Map<number, NoteRow>,
  used: Set<number>,
  media: ImportedMedia[],
  warnings: ImportWarning[],
): number {
  const available = new Set(media.map((m) => m.name));
  const missing = new Map<string, number>();
  for (const nid of used) {
    const note = notes.get(nid)!;
    for (const field of note.fields) {
      for (const ref of findMediaReferences(field)) {
        if (!isMediaAvailable(ref, available)) missing.set(ref, (missing.get(ref) ?? 0) + 1);
      }
    }
  }
  let shown = 0;
  for (const [name, count] of missing) {
    if (shown++ >= MAX_MEDIA_WARNINGS) break;
    warnings.push({
      location: `media "${name}"`,
      message: `referred to by ${count} note${count === 1 ? '' : 's'} but not in the package`,
    });
  }
  if (missing.size > MAX_MEDIA_WARNINGS) {
    warnings.push({
      location: 'media',
      message: `${missing.size - MAX_MEDIA_WARNINGS} more referenced media files are not in the package`,
    });
  }
  return missing.size;
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
