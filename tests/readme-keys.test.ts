import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SHORTCUTS } from '../src/domain/keyboard-shortcuts';

describe('the README', () => {
  it('lists every keyboard shortcut the help sheet lists, with what it does', () => {
    const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
    const section = readme.slice(readme.indexOf('## Keyboard shortcuts'));
    expect(section.length).toBeGreaterThan(0);
    const table = section.slice(0, section.indexOf('\n## ', 5) > 0 ? section.indexOf('\n## ', 5) : undefined);
    for (const group of SHORTCUTS) {
      expect(table, group.where).toContain(`**${group.where}**`);
      for (const shortcut of group.shortcuts) {
        const keys = shortcut.keys.map((chord) => chord.map((k) => `<kbd>${k}</kbd>`).join('+')).join(' or ');
        expect(table, shortcut.does).toContain(`| ${keys} | ${shortcut.does} |`);
      }
    }
  });
});
