/**
 * Anki's seven card flags (Browse > Flag, Ctrl+1..7), as data: number, name and colour in the
 * light and dark themes. Each colour keeps at least 3:1 contrast with the card surface in its
 * theme, as a non-text mark needs. The UI reads `cssVar`, defined from these values.
 */

export type FlagId = 1 | 2 | 3 | 4 | 5 | 6 | 7;

export interface FlagInfo {
  id: FlagId;
  /** Anki's name, shown in menus and read by screen readers. */
  name: string;
  /** The CSS custom property that holds the colour in the current theme. */
  cssVar: `--flag-${FlagId}`;
  light: string;
  dark: string;
}

export const FLAGS: readonly FlagInfo[] = [
  { id: 1, name: 'Red', cssVar: '--flag-1', light: '#d32f2f', dark: '#ff8a80' },
  { id: 2, name: 'Orange', cssVar: '--flag-2', light: '#c25e00', dark: '#ffb74d' },
  { id: 3, name: 'Green', cssVar: '--flag-3', light: '#2e7d32', dark: '#81c784' },
  { id: 4, name: 'Blue', cssVar: '--flag-4', light: '#1565c0', dark: '#64b5f6' },
  { id: 5, name: 'Pink', cssVar: '--flag-5', light: '#c2185b', dark: '#f48fb1' },
  { id: 6, name: 'Turquoise', cssVar: '--flag-6', light: '#00838f', dark: '#4dd0e1' },
  { id: 7, name: 'Purple', cssVar: '--flag-7', light: '#7b1fa2', dark: '#ce93d8' },
];

/** True for 1-7, the numbers that name a flag (0 or absent: no flag). */
export function isFlagId(value: unknown): value is FlagId {
  return typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= 7;
}

/** The flag a card carries, or null for none (also for a stored value out of range). */
export function flagOf(card: { flag?: number }): FlagInfo | null {
  return isFlagId(card.flag) ? FLAGS[card.flag - 1]! : null;
}

/** The card's flag after choosing `flag`, as Anki's Ctrl+N: the same flag again removes it (0). */
export function toggleFlag(current: number | undefined, flag: FlagId): number {
  return current === flag ? 0 : flag;
}

/** CSS declarations for every flag colour, for a stylesheet's light and dark blocks. */
export function flagCssVariables(theme: 'light' | 'dark'): string {
  return FLAGS.map((flag) => `${flag.cssVar}: ${flag[theme]};`).join(' ');
}
