/**
 * Note types, decks and the few settings an import needs, from either collection schema:
 * schema 11 keeps them as JSON in the `col` row, schema 18 in tables with protobuf blobs
 * (guide §2.2, §2.3). Both are read into the same shapes.
 */
import { ImportError } from '../../domain/import-error';
import { blob, CollectionDb, num, str } from './collection-db';
import { decodeProto, protoBytes, protoNumber, protoString, ProtoFormatError } from './protobuf';

export interface AnkiTemplate {
  name: string;
  qfmt: string;
  afmt: string;
}

export interface AnkiNoteType {
  id: number;
  name: string;
  isCloze: boolean;
  css: string;
  /** Field names in note order (the index into notes.flds). */
  fields: string[];
  /** Card templates by ord. */
  templates: AnkiTemplate[];
}

export interface AnkiDeck {
  id: number;
  /** "Parent::Child" */
  name: string;
  description: string;
  filtered: boolean;
}

export interface CollectionMeta {
  schema: number;
  /** Collection creation (epoch seconds): review due dates count days from it. */
  crt: number;
  /** 1 = the v1 scheduler, whose learning cards had three buttons. */
  schedVer: number;
  noteTypes: Map<number, AnkiNoteType>;
  decks: Map<number, AnkiDeck>;
}

function parseJson(text: string, what: string, db: CollectionDb): unknown {
  if (text.trim() === '') return {};
  try {
    return JSON.parse(text);
  } catch {
    throw new ImportError(db.fileName, db.member, `unreadable ${what} (not JSON)`);
  }
}

function asRecord(value: unknown): Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}

function asArray(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

function text(value: unknown): string {
  return typeof value === 'string' ? value : typeof value === 'number' ? String(value) : '';
}

function byOrd<T>(items: Array<T & { ord: number }>): T[] {
  return [...items].sort((a, b) => a.ord - b.ord);
}

function readSchema11(
  db: CollectionDb,
  row: ReturnType<CollectionDb['rows']>[number],
): Omit<CollectionMeta, 'schema' | 'crt'> {
  const conf = asRecord(parseJson(str(row[2]), 'collection settings (col.conf)', db));
  const models = asRecord(parseJson(str(row[3]), 'note types (col.models)', db));
  const decksJson = asRecord(parseJson(str(row[4]), 'decks (col.decks)', db));
  const noteTypes = new Map<number, AnkiNoteType>();
  for (const [key, raw] of Object.entries(models)) {
    const m = asRecord(raw);
    // `id` may be a string, or missing: the object key is the id then.
    const id = Number.isFinite(Number(m.id)) ? Number(m.id) : Number(key);
    const fields = byOrd(
      asArray(m.flds).map((f, i) => ({ name: text(asRecord(f).name), ord: Number(asRecord(f).ord ?? i) })),
    );
    const templates = byOrd(
      asArray(m.tmpls).map((t, i) => {
        const r = asRecord(t);
        return { name: text(r.name), qfmt: text(r.qfmt), afmt: text(r.afmt), ord: Number(r.ord ?? i) };
      }),
    );
    noteTypes.set(id, {
      id,
      name: text(m.name),
      isCloze: Number(m.type) === 1,
      css: text(m.css),
      fields: fields.map((f) => f.name),
      templates: templates.map(({ name, qfmt, afmt }) => ({ name, qfmt, afmt })),
    });
  }
  const decks = new Map<number, AnkiDeck>();
  for (const [key, raw] of Object.entries(decksJson)) {
    const d = asRecord(raw);
    const id = Number(d.id ?? key);
    decks.set(id, { id, name: text(d.name) || 'Default', description: text(d.desc), filtered: Number(d.dyn) === 1 });
  }
  const schedVer = Number(conf.schedVer ?? 1) || 1;
  return { noteTypes, decks, schedVer };
}

function readSchema18(db: CollectionDb): Omit<CollectionMeta, 'schema' | 'crt'> {
  db.requireTables('notetypes', 'fields', 'templates', 'decks');
  let part = 'notetypes';
  try {
    const noteTypes = new Map<number, AnkiNoteType>();
    for (const row of db.rows('SELECT id, name, config FROM notetypes', 'note types')) {
      const config = decodeProto(blob(row[2]));
      const id = num(row[0]);
      noteTypes.set(id, {
        id,
        name: str(row[1]),
        isCloze: protoNumber(config, 1) === 1,
        css: protoString(config, 3),
        fields: [],
        templates: [],
      });
    }
    part = 'fields';
    const fieldRows = db.rows('SELECT ntid, ord, name FROM fields', 'note type fields');
    // Sorted here, not in SQL: `name` uses Anki's unicase collation, which sql.js lacks.
    fieldRows.sort((a, b) => num(a[1]) - num(b[1]));
    for (const row of fieldRows) noteTypes.get(num(row[0]))?.fields.push(str(row[2]));
    part = 'templates';
    const templateRows = db.rows('SELECT ntid, ord, name, config FROM templates', 'card templates');
    templateRows.sort((a, b) => num(a[1]) - num(b[1]));
    for (const row of templateRows) {
      const config = decodeProto(blob(row[3]));
      noteTypes
        .get(num(row[0]))
        ?.templates.push({ name: str(row[2]), qfmt: protoString(config, 1), afmt: protoString(config, 2) });
    }
    part = 'decks';
    const decks = new Map<number, AnkiDeck>();
    for (const row of db.rows('SELECT id, name, kind FROM decks', 'decks')) {
      const kind = decodeProto(blob(row[2]));
      const normal = protoBytes(kind, 1);
      const id = num(row[0]);
      decks.set(id, {
        id,
        // Schema 18 separates deck levels with \x1f (decks/name.rs).
        name: str(row[1]).split('\x1f').join('::') || 'Default',
        description: normal ? protoString(decodeProto(normal), 4) : '',
        filtered: kind.has(2),
      });
    }
    let schedVer = 2;
    if (db.tables.has('config')) {
      for (const row of db.rows("SELECT key, val FROM config WHERE key = 'schedVer'", 'config')) {
        const value = Number(str(row[1]));
        if (Number.isFinite(value) && value > 0) schedVer = value;
      }
    }
    return { noteTypes, decks, schedVer };
  } catch (error) {
    if (error instanceof ProtoFormatError)
      throw new ImportError(db.fileName, db.member, `unreadable ${part} table (${error.message})`);
    throw error;
  }
}

/** Reads note types, decks and scheduling settings, whichever schema the collection uses. */
export function readCollectionMeta(db: CollectionDb): CollectionMeta {
  db.requireTables('col', 'notes', 'cards');
  const row = db.rows('SELECT ver, crt, conf, models, decks FROM col LIMIT 1', 'the col table')[0];
  if (!row) throw new ImportError(db.fileName, db.member, 'the col table is empty');
  const schema = num(row[0]);
  const crt = num(row[1]);
  // Decide by what is there, not by the version number: schema 15+ moved these into tables.
  const meta = db.tables.has('notetypes') ? readSchema18(db) : readSchema11(db, row);
  return { schema, crt, ...meta };
}
