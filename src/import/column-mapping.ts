/**
 * Which CSV column holds what: whether the first row names the columns, and the mapping guessed
 * from those names and from what the columns hold; the user can change it in the preview.
 */

/** 0-based column indexes. `front` and `back` are required; the others are optional. */
export interface ColumnMapping {
  front: number;
  back: number;
  tags?: number;
  notes?: number;
  deck?: number;
}

const NAMES: Record<keyof ColumnMapping, readonly string[]> = {
  front: ['front', 'term', 'question', 'word', 'prompt', 'side 1', 'side a', 'q', 'recto', 'vorderseite'],
  back: [
    'back',
    'definition',
    'answer',
    'meaning',
    'translation',
    'response',
    'side 2',
    'side b',
    'a',
    'verso',
    'rückseite',
  ],
  tags: ['tags', 'tag', 'labels', 'label', 'keywords'],
  notes: ['notes', 'note', 'extra', 'explanation', 'comment', 'comments', 'hint', 'back extra'],
  deck: ['deck', 'deck name', 'subdeck'],
};

const KNOWN = new Set(Object.values(NAMES).flat());

/** Data rows looked at to tell what a column holds. */
const SAMPLE_ROWS = 50;

function simplify(name: string): string {
  return name
    .trim()
    .toLowerCase()
    .replace(/[_\-:]+/g, ' ')
    .replace(/\s+/g, ' ');
}

const words = (text: string): number => text.split(/\s+/).filter(Boolean).length;

/** Numbers, percentages, money, dates and times: what a column name never is. */
export function isNumberLike(cell: string): boolean {
  const text = cell.trim();
  return (
    /^[-+(]?[$€£¥]?\s?\d[\d\s,.'’]*\)?\s?(?:%|[$€£¥]|[kKmMbB])?$/.test(text) ||
    /^\d{1,4}[-/.]\d{1,2}[-/.]\d{1,4}(?:[ T]\d{1,2}:\d{2}(?::\d{2})?)?$/.test(text) ||
    /^\d{1,2}:\d{2}(?::\d{2})?$/.test(text)
  );
}

/** A cell that could be a column's name: short, one line, no markup, not a number, not a question or a sentence. */
function isNameLike(cell: string): boolean {
  return (
    cell.length <= 40 &&
    words(cell) <= 5 &&
    !/[\n<>]/.test(cell) &&
    !/[?!.:;]$/.test(cell) &&
    !isNumberLike(cell) &&
    /\p{L}/u.test(cell)
  );
}

/** The number of columns that hold anything: spreadsheets pad rows with empty trailing cells. */
export function countUsedColumns(rows: readonly (readonly string[])[]): number {
  let count = 0;
  for (const row of rows) {
    for (let i = row.length - 1; i >= count; i -= 1) {
      if (row[i]!.trim() !== '') {
        count = i + 1;
        break;
      }
    }
  }
  return count;
}

function columnValues(rows: readonly (readonly string[])[], column: number): string[] {
  return rows
    .slice(0, SAMPLE_ROWS)
    .map((row) => (row[column] ?? '').trim())
    .filter((value) => value !== '');
}

/**
 * True if the first row names the columns: at least two of its cells are known names ("Term",
 * "Definition"); or all of its cells are distinct, short, non-numeric names and the rows below
 * hold something of another kind (numbers, sentences, markup) in at least a third of the columns that have
 * data. Ragged rows and empty trailing cells do not count.
 */
export function looksLikeHeader(first: readonly string[], below: readonly (readonly string[])[] = []): boolean {
  const cells = first.map((cell) => cell.trim());
  const named = cells.filter((cell) => cell !== '');
  // One-letter names ("q", "a") are too weak a hint, and one name alone could be a card.
  if (named.filter((cell) => cell.length > 1 && KNOWN.has(simplify(cell))).length >= 2) return true;
  if (named.length < 2 || !named.every(isNameLike)) return false;
  if (new Set(named.map((cell) => cell.toLowerCase())).size < named.length) return false;
  let differ = 0;
  let alike = 0;
  cells.forEach((name, column) => {
    if (name === '') return;
    const values = columnValues(below, column);
    if (values.length === 0) return;
    if (values.some((value) => value.toLowerCase() === name.toLowerCase())) alike += 1;
    else if (values.filter(isNumberLike).length * 2 >= values.length) differ += 1;
    else if (values.filter((value) => !isNameLike(value)).length * 2 >= values.length) differ += 1;
    else alike += 1;
  });
  return differ > 0 && differ * 2 >= alike;
}

/** A column of numbers or of a few repeated labels (a chapter, a type): never a card's front or back by default. */
function isLabelColumn(values: readonly string[]): boolean {
  if (values.length === 0) return true;
  if (values.filter(isNumberLike).length * 2 >= values.length) return true;
  const distinct = new Set(values.map((v) => v.toLowerCase())).size;
  return values.length >= 4 && distinct * 2 <= values.length && values.every((v) => words(v) <= 3);
}

/**
 * The columns that could be the front and back, best first: named columns with data, those that
 * hold text before those that hold numbers or a few repeated labels.
 */
function contentColumns(columnNames: readonly string[], rows: readonly (readonly string[])[]): number[] {
  const named = columnNames
    .map((name, column) => ({ column, named: name.trim() !== '', values: columnValues(rows, column) }))
    .filter((c) => c.named && c.values.length > 0);
  const text = named.filter((c) => !isLabelColumn(c.values)).map((c) => c.column);
  const labels = named.filter((c) => isLabelColumn(c.values)).map((c) => c.column);
  return [...text, ...labels];
}

/**
 * The mapping a screen starts with. Front and back: by header name; else the first two named
 * columns that hold text (numbers and label columns such as "Chapter" or "Type" come last);
 * without a header, the first two columns. Tags, notes and deck: by header name, among the
 * columns left. `chosen` (from the user) wins over every guess.
 */
export function guessColumnMapping(
  columnNames: readonly string[] | null,
  columnCount: number,
  chosen: Partial<ColumnMapping> = {},
  rows: readonly (readonly string[])[] = [],
): ColumnMapping {
  const simple = columnNames?.map(simplify) ?? [];
  const mapping: Partial<ColumnMapping> = dropUndefined(chosen);
  const used = new Set(Object.values(mapping));
  const byName = (role: keyof ColumnMapping): number | undefined => {
    const index = simple.findIndex((name, i) => NAMES[role].includes(name) && !used.has(i));
    return index >= 0 ? index : undefined;
  };
  const preferred = columnNames ? contentColumns(columnNames, rows) : [];
  const nextFree = (): number => {
    const candidate = preferred.find((i) => !used.has(i));
    if (candidate !== undefined) return candidate;
    let i = 0;
    while (used.has(i) && i < columnCount) i += 1;
    return i;
  };
  for (const role of ['front', 'back'] as const) {
    if (mapping[role] !== undefined) continue;
    const index = byName(role) ?? nextFree();
    mapping[role] = index;
    used.add(index);
  }
  for (const role of ['tags', 'notes', 'deck'] as const) {
    // An optional role the user set to "None" ({ tags: undefined }) stays unmapped, whatever the header says.
    if (role in chosen || mapping[role] !== undefined) continue;
    const index = byName(role);
    if (index === undefined) continue;
    mapping[role] = index;
    used.add(index);
  }
  return mapping as ColumnMapping;
}

function dropUndefined(mapping: Partial<ColumnMapping>): Partial<ColumnMapping> {
  return Object.fromEntries(
    Object.entries(mapping).filter(([, v]) => v !== undefined && v !== null),
  ) as Partial<ColumnMapping>;
}
