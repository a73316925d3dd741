/** Which CSV column holds what: guessed from header names, changed by the user in the preview. */

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

function simplify(name: string): string {
  return name
    .trim()
    .toLowerCase()
    .replace(/[_\-:]+/g, ' ')
    .replace(/\s+/g, ' ');
}

/** True if a first row looks like column names: at least two of its cells are known names ("Term", "Definition"). */
export function looksLikeHeader(cells: readonly string[]): boolean {
  const known = new Set(Object.values(NAMES).flat());
  // One-letter names ("q", "a") are too weak a hint, and one name alone could be a card.
  const named = cells.filter((cell) => {
    const name = simplify(cell);
    return name.length > 1 && known.has(name);
  });
  return named.length >= 2;
}

/**
 * The mapping a screen starts with: by header name when there are names, otherwise the first
 * column is the front and the second the back. `chosen` (from the user) wins over the guess.
 */
export function guessColumnMapping(
  columnNames: readonly string[] | null,
  columnCount: number,
  chosen: Partial<ColumnMapping> = {},
): ColumnMapping {
  const byName: Partial<ColumnMapping> = {};
  if (columnNames) {
    const simple = columnNames.map(simplify);
    for (const role of ['front', 'back', 'tags', 'notes', 'deck'] as const) {
      const index = simple.findIndex((name, i) => NAMES[role].includes(name) && !Object.values(byName).includes(i));
      if (index >= 0) byName[role] = index;
    }
  }
  const mapping: Partial<ColumnMapping> = { ...byName, ...dropUndefined(chosen) };
  // An optional role the user set to "None" ({ tags: undefined }) stays unmapped, whatever the header says.
  for (const role of ['tags', 'notes', 'deck'] as const)
    if (role in chosen && chosen[role] === undefined) delete mapping[role];
  const used = new Set(Object.values(mapping));
  const nextFree = (): number => {
    let i = 0;
    while (used.has(i) && i < columnCount) i += 1;
    used.add(i);
    return i;
  };
  const front = mapping.front ?? nextFree();
  used.add(front);
  const back = mapping.back ?? nextFree();
  return { ...mapping, front, back };
}

function dropUndefined(mapping: Partial<ColumnMapping>): Partial<ColumnMapping> {
  return Object.fromEntries(
    Object.entries(mapping).filter(([, v]) => v !== undefined && v !== null),
  ) as Partial<ColumnMapping>;
}
