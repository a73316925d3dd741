/** Small helpers shared by the text importers: deck names, tags, capped warnings. */
import type { ImportWarning } from '../domain/import-error';

/** The file name without folders or extension, used as the deck name when the file gives none. */
export function deckNameFromFile(fileName: string): string {
  const base = fileName.split(/[\\/]/).pop() ?? '';
  const stem = base.replace(/\.[^.]*$/, '').trim();
  return stem || 'Imported deck';
}

/** Trims each "::" part of a deck name and drops empty parts ("A :: B::" -> "A::B"). */
export function normalizeDeckName(name: string): string {
  return name
    .split('::')
    .map((part) => part.trim())
    .filter((part) => part !== '')
    .join('::');
}

/** Splits a tags cell on whitespace (and commas, when `commas`), without duplicates. */
export function splitTags(value: string, commas = false): string[] {
  const parts = value.split(commas ? /[\s,]+/ : /\s+/).filter((t) => t !== '');
  return [...new Set(parts)];
}

/** Joins tags lists without duplicates, keeping first-seen order. */
export function mergeTags(...lists: string[][]): string[] {
  return [...new Set(lists.flat())];
}

/** How many warnings a bundle lists one by one; the rest are summed up in one last warning. */
export const WARNING_LIMIT = 200;

/** Collects warnings, listing the first WARNING_LIMIT and counting the rest. */
export function createWarningList() {
  const list: ImportWarning[] = [];
  let more = 0;
  return {
    add(location: string, message: string): void {
      if (list.length < WARNING_LIMIT) list.push({ location, message });
      else more += 1;
    },
    get count(): number {
      return list.length + more;
    },
    toArray(): ImportWarning[] {
      return more === 0
        ? [...list]
        : [...list, { location: 'file', message: `${more} more warnings like these are not listed` }];
    },
  };
}

/** "1 column" / "3 columns". */
export function countColumns(n: number): string {
  return `${n} column${n === 1 ? '' : 's'}`;
}
