/**
 * Every keyboard shortcut, as data: the help sheet (`?`) lists these, and a test holds the
 * README's list to the same keys. A screen that adds a key adds it here.
 */

export interface Shortcut {
  /** The keys as shown, e.g. ["Ctrl", "Z"] for a chord; `or` joins alternatives. */
  keys: string[][];
  does: string;
}

export interface ShortcutGroup {
  where: string;
  shortcuts: Shortcut[];
}

export const SHORTCUTS: readonly ShortcutGroup[] = [
  {
    where: 'Everywhere',
    shortcuts: [
      { keys: [['?']], does: 'Show or hide this list of keys' },
      { keys: [['Esc']], does: 'Close this list, a menu or a dialog' },
    ],
  },
  {
    where: 'Study',
    shortcuts: [
      { keys: [['Space'], ['Enter']], does: 'Show the answer' },
      { keys: [['1'], ['2'], ['3'], ['4']], does: 'Grade: Again, Hard, Good, Easy' },
      { keys: [['Z'], ['Ctrl', 'Z']], does: 'Undo the last grade' },
      { keys: [['E']], does: 'Edit the card (saving returns to studying)' },
      { keys: [['@']], does: 'Suspend the card' },
      { keys: [['-']], does: 'Bury the card until tomorrow' },
      {
        keys: [
          ['Ctrl', '1'],
          ['Ctrl', '2'],
          ['Ctrl', '3'],
          ['Ctrl', '4'],
        ],
        does: 'Flag the card red, orange, green or blue (the same again removes the flag)',
      },
    ],
  },
  {
    where: 'Browse',
    shortcuts: [
      { keys: [['/']], does: 'Go to the search box' },
      { keys: [['Ctrl', 'A']], does: 'Select every card found (outside a text box)' },
      { keys: [['Esc']], does: 'Clear the selection' },
      { keys: [['Ctrl', 'Z']], does: 'Undo the last change to cards (outside a text box)' },
    ],
  },
  {
    where: 'Add and edit',
    shortcuts: [
      { keys: [['Ctrl', 'Enter']], does: 'Add the cards, or save the edit' },
      { keys: [['Alt', 'Shift', 'C']], does: 'Cloze: hide the selected text as the next {{c1::…}}' },
    ],
  },
];

/** "Ctrl+Z" for a chord. */
export function chordLabel(chord: readonly string[]): string {
  return chord.join('+');
}
