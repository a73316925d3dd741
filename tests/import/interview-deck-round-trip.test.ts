/**
 * An interview deck's answer points, behavioural marks and interview flag survive every path a
 * deck takes: JSON import into the database, JSON export, re-import, the built-in sync, and a
 * backup's manifest. Bad points coming from any of them are refused with the place named.
 */
import { describe, expect, it } from 'vitest';
import { BACKUP_FORMAT, BACKUP_VERSION } from '../../src/domain/backup-format';
import { validateBackupManifest } from '../../src/domain/backup-validate';
import type { DeckFile } from '../../src/domain/deck-file';
import { deckFileToRecords } from '../../src/domain/deck-records';
import { exportDeckJson } from '../../src/domain/export-json';
import { ImportError } from '../../src/domain/import-error';
import { validateBundle } from '../../src/domain/import-validate';
import { validateDeckFile } from '../../src/domain/validate-deck';
import { parseJsonDeck } from '../../src/import/json-deck';
import { syncBuiltinDecks } from '../../src/storage/builtin-sync';
import { openAppDb } from '../../src/storage/db';
import { loadDeckForExport } from '../../src/storage/deck-export';
import { planImport, writeImport } from '../../src/storage/import-write';

const T = Date.UTC(2026, 10, 1);
let n = 0;
const freshDb = () => openAppDb(`interview-round-trip-${n++}`);

const FILE = {
  id: 'my-interview',
  name: 'My interview questions',
  description: 'Questions for the Acme interview',
  format: 'text',
  interview: true,
  cards: [
    {
      id: 'conflict',
      front: 'Tell me about a time a PM and sales disagreed on priorities.',
      back: 'A strong answer covers:\n- the disagreement\n- how it was settled',
      tags: ['operations-manager', 'interview'],
      notes: 'Leading without authority.',
      source: 'My notes',
      points: [
        { text: 'The disagreement and what each side needed', keywords: ['sales', 'product manager', 'priorities'] },
        { text: 'How you got them to one decision', keywords: ['data', 'agreed', 'trade-off'] },
        { text: 'The result, in numbers', keywords: ['%', 'days', 'revenue'] },
      ],
      behavioural: true,
    },
    {
      id: 'first-90-days',
      front: 'What would you do in your first 90 days?',
      back: 'Listen, map, fix one thing.',
      tags: ['interview'],
      points: [{ text: 'Listen to the product managers first', keywords: ['listen', 'interviews'] }],
    },
    { id: 'plain', front: 'A card without points', back: 'Still fine', tags: ['interview'] },
  ],
};

const text = JSON.stringify(FILE, null, 2);

describe('an interview deck through import and export', () => {
  it('JSON import keeps the points, the behavioural mark and the interview flag in the database', async () => {
    const db = await freshDb();
    await writeImport(db, parseJsonDeck(text, 'my-interview.json'), T);
    expect(await db.get('decks', 'my-interview')).toMatchObject({ interview: true });
    const conflict = await db.get('cards', 'my-interview/conflict');
    expect(conflict).toMatchObject({ behavioural: true, points: FILE.cards[0]!.points });
    const plain = await db.get('cards', 'my-interview/plain');
    expect(plain?.points).toBeUndefined();
    expect(plain?.behavioural).toBeUndefined();
  });

  it('round trip: import, export as JSON, and the file that comes out is the file that went in', async () => {
    const db = await freshDb();
    await writeImport(db, parseJsonDeck(text, 'my-interview.json'), T);
    const exported = exportDeckJson((await loadDeckForExport(db, 'my-interview'))!);
    expect(JSON.parse(exported)).toEqual(FILE);
    expect(validateDeckFile(JSON.parse(exported), 'export.json')).toEqual(validateDeckFile(FILE, 'my-interview.json'));
  });

  it('re-importing with edited points updates the card (a change the preview counts), keeping the rest', async () => {
    const db = await freshDb();
    await writeImport(db, parseJsonDeck(text, 'my-interview.json'), T);
    const edited = structuredClone(FILE);
    edited.cards[1]!.points!.push({ text: 'Pick one quick win', keywords: ['quick win'] });
    const plan = await planImport(db, parseJsonDeck(JSON.stringify(edited), 'my-interview.json'));
    expect(plan.decks[0]).toMatchObject({ updatedCards: 1, unchangedCards: 2, newCards: 0 });
    await writeImport(db, parseJsonDeck(JSON.stringify(edited), 'my-interview.json'), T + 1);
    expect((await db.get('cards', 'my-interview/first-90-days'))?.points).toHaveLength(2);
  });

  it('a built-in interview deck reaches the database with its flag and its points', async () => {
    const db = await freshDb();
    const deck = validateDeckFile(FILE, 'decks/my-interview.json') as DeckFile;
    await syncBuiltinDecks(db, [deck], T);
    expect(await db.get('decks', 'my-interview')).toMatchObject({ source: 'builtin', interview: true });
    expect(await db.get('cards', 'my-interview/conflict')).toMatchObject({
      behavioural: true,
      points: FILE.cards[0]!.points,
    });
  });
});

describe('bad points from other paths are refused, naming the place', () => {
  it('an import bundle (from any importer) with a point that is two lines', () => {
    const bundle = parseJsonDeck(text, 'my-interview.json');
    bundle.decks[0]!.cards[1]!.points = [{ text: 'one\ntwo', keywords: ['x'] }];
    expect(() => validateBundle(bundle)).toThrow(
      new ImportError(
        'my-interview.json',
        'deck "My interview questions", card 2 (key "first-90-days")',
        'field "points": point 1: field "text": expected one line, but it has a line break',
      ),
    );
  });

  it("a backup whose card has six points, or whose deck's interview flag is not true or false", () => {
    const { deck, cards } = deckFileToRecords(validateDeckFile(FILE, 'x.json'), 'import', T);
    const manifest = (edit: (m: { decks: unknown[]; cards: Record<string, unknown>[] }) => void) => {
      const m = {
        format: BACKUP_FORMAT,
        version: BACKUP_VERSION,
        createdAt: T,
        counts: { decks: 1, cards: cards.length, schedules: 0, reviews: 0, settings: 0, styles: 0, media: 0 },
        decks: [structuredClone(deck)] as unknown as Record<string, unknown>[],
        cards: structuredClone(cards) as unknown as Record<string, unknown>[],
        schedules: [],
        reviews: [],
        settings: [],
        styles: [],
        media: [],
      };
      edit(m);
      return m;
    };
    const restored = validateBackupManifest(
      manifest(() => {}),
      'b.zip',
    );
    expect(restored.decks[0]!.interview).toBe(true);
    expect(restored.cards[0]!.points).toEqual(FILE.cards[0]!.points);
    const six = Array.from({ length: 6 }, (_, i) => ({ text: `p${i}`, keywords: ['k'] }));
    expect(() =>
      validateBackupManifest(
        manifest((m) => (m.cards[0]!.points = six)),
        'b.zip',
      ),
    ).toThrow('b.zip, backup.json, cards[0]: field "points": expected 1 to 5 points, but found 6');
    expect(() =>
      validateBackupManifest(
        manifest((m) => ((m.decks[0] as Record<string, unknown>).interview = 'yes')),
        'b.zip',
      ),
    ).toThrow('b.zip, backup.json, decks[0]: field "interview": expected true or false, but found a text');
  });
});
