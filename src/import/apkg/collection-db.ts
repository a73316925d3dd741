/**
 * The collection SQLite file, opened read-only in sql.js, with every failure turned into an
 * ImportError that names the member (e.g. "collection.anki21b: not an SQLite database").
 */
import type { Database, SqlJsStatic, SqlValue } from 'sql.js';
import { ImportError } from '../../domain/import-error';

const SQLITE_HEADER = 'SQLite format 3\0';

export class CollectionDb {
  private constructor(
    private readonly db: Database,
    readonly fileName: string,
    readonly member: string,
    readonly tables: ReadonlySet<string>,
  ) {}

  /** Opens the bytes; throws ImportError when they are not a readable SQLite database. */
  static open(sql: SqlJsStatic, bytes: Uint8Array, fileName: string, member: string): CollectionDb {
    const header = new TextDecoder().decode(bytes.subarray(0, 16));
    if (bytes.length < 100 || header !== SQLITE_HEADER)
      throw new ImportError(fileName, member, 'not an SQLite database');
    let db: Database | null = null;
    try {
      db = new sql.Database(bytes);
      replaceUnicaseCollation(db);
      const result = db.exec("SELECT name FROM sqlite_master WHERE type = 'table'");
      const tables = new Set((result[0]?.values ?? []).map((row) => String(row[0])));
      return new CollectionDb(db, fileName, member, tables);
    } catch (error) {
      db?.close();
      throw new ImportError(fileName, member, `damaged SQLite database (${describe(error)})`);
    }
  }

  /** Throws ImportError when a table the import needs is absent. */
  requireTables(...names: string[]): void {
    for (const name of names)
      if (!this.tables.has(name)) throw new ImportError(this.fileName, this.member, `missing table "${name}"`);
  }

  /** All rows of a query. Never compare or sort unicase columns in SQL: sql.js lacks that collation. */
  rows(sql: string, what: string): SqlValue[][] {
    try {
      return this.db.exec(sql)[0]?.values ?? [];
    } catch (error) {
      throw new ImportError(this.fileName, this.member, `cannot read ${what} (${describe(error)})`);
    }
  }

  /** Calls `each` for every row without building one big array (cards, notes, revlog). */
  forEachRow(sql: string, what: string, each: (row: SqlValue[]) => void): void {
    let statement;
    try {
      statement = this.db.prepare(sql);
    } catch (error) {
      throw new ImportError(this.fileName, this.member, `cannot read ${what} (${describe(error)})`);
    }
    try {
      for (;;) {
        let more: boolean;
        try {
          more = statement.step();
        } catch (error) {
          throw new ImportError(this.fileName, this.member, `cannot read ${what} (${describe(error)})`);
        }
        if (!more) break;
        each(statement.get());
      }
    } finally {
      statement.free();
    }
  }

  close(): void {
    this.db.close();
  }
}

/**
 * Anki declares name columns `COLLATE unicase`, a collation only Anki registers and sql.js
 * cannot. Rowid tables still read, but the WITHOUT ROWID `fields` and `templates` tables then
 * fail with "no query solution". The schema text of this in-memory copy is rewritten to
 * NOCASE and reloaded; the file itself is never touched and we only scan, never look up by name.
 */
function replaceUnicaseCollation(db: Database): void {
  const rows = db.exec("SELECT type, name, sql FROM sqlite_master WHERE sql LIKE '%unicase%'")[0]?.values ?? [];
  if (rows.length === 0) return;
  db.run('PRAGMA writable_schema = ON');
  for (const [type, name, sql] of rows) {
    db.run('UPDATE sqlite_master SET sql = ? WHERE type = ? AND name = ?', [
      String(sql).replace(/collate\s+unicase/gi, 'COLLATE NOCASE'),
      type ?? null,
      name ?? null,
    ]);
  }
  db.run('PRAGMA writable_schema = RESET');
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** A column as a finite number (0 for NULL or junk). */
export function num(value: SqlValue | undefined): number {
  const n = typeof value === 'number' ? value : typeof value === 'string' ? Number(value) : 0;
  return Number.isFinite(n) ? n : 0;
}

/** A column as text ("" for NULL; blobs decoded as UTF-8). */
export function str(value: SqlValue | undefined): string {
  if (typeof value === 'string') return value;
  if (value instanceof Uint8Array) return new TextDecoder().decode(value);
  if (typeof value === 'number') return String(value);
  return '';
}

/** A column as bytes (empty for NULL). */
export function blob(value: SqlValue | undefined): Uint8Array {
  if (value instanceof Uint8Array) return value;
  if (typeof value === 'string') return new TextEncoder().encode(value);
  return new Uint8Array(0);
}
