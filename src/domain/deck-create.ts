/**
 * A deck made in the app: its name checked ("Parent::Child" makes a subdeck, as in Anki) and a
 * stable id in the JSON deck format's shape (a slug of the name and a random suffix), so the
 * deck exports, backs up and re-imports under the same id.
 */
import type { DeckRecord } from './model';

const ID_ALPHABET = 'abcdefghijklmnopqrstuvwxyz0123456789';

/** The name as stored: each "::" part trimmed, runs of spaces collapsed. */
export function normalizeDeckName(name: string): string {
  return name
    .split('::')
    .map((part) => part.trim().replace(/\s+/g, ' '))
    .join('::');
}

/** Why a name cannot be used, or null when it can. `existing`: the names of the decks there are. */
export function deckNameProblem(name: string, existing: readonly string[]): string | null {
  const normalized = normalizeDeckName(name);
  if (normalized === '') return 'Give the deck a name.';
  if (normalized.split('::').some((part) => part === ''))
    return 'A deck name cannot have an empty part around "::" (write Parent::Child).';
  if (normalized.length > 200) return 'The name is too long: keep it under 200 characters.';
  const lower = normalized.toLowerCase();
  if (existing.some((other) => other.toLowerCase() === lower)) return `There is already a deck named "${normalized}".`;
  return null;
}

/** A new, empty deck of the user's; `random` returns [0, 1), like Math.random. */
export function createDeckRecord(name: string, now: number, random: () => number): DeckRecord {
  const normalized = normalizeDeckName(name);
  const slug =
    normalized
      .toLowerCase()
      .normalize('NFKD')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60)
      .replace(/-+$/, '') || 'deck';
  let suffix = '';
  for (let i = 0; i < 6; i++) suffix += ID_ALPHABET[Math.floor(random() * ID_ALPHABET.length) % ID_ALPHABET.length];
  return {
    id: `${slug}-${suffix}`,
    name: normalized,
    description: '',
    source: 'import',
    createdAt: now,
    updatedAt: now,
  };
}
