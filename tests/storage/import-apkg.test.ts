import { describe, expect, it } from 'vitest';
import { readAnkiPackage } from '../../src/import/apkg/read-anki-package';
import { openAppDb, type AppDb } from '../../src/storage/db';
import { loadMedia } from '../../src/storage/media-store';
import { writeImport } from '../../src/storage/import-write';
import { loadCardReviews, writeGrade } from '../../src/storage/review-writes';
import { buildPackage } from '../import/apkg/fixtures/build-package';
import { GUIDS, NOW, sampleCollection } from '../import/apkg/fixtures/sample-collection';
import { ankiCardId } from '../../src/domain/anki-identity';
import { exportAnkiText } from '../../src/domain/export-anki-text';
import { exportDeckJson } from '../../src/domain/export-json';
import { loadDeckForExport } from '../../src/storage/deck-export';
import { parseTextImport } from '../../src/import/text-import';
import { appProgress } from './import-fixtures';

const readSample = async () =>
  readAnkiPackage(await buildPackage(sampleCollection(), 'latest', {}), 'ops.apkg', { now: NOW });

async function counts(db: AppDb) {
  return {
    decks: await db.count('decks'),
    cards: await db.count('cards'),
    schedules: await db.count('schedules'),
    reviews: await db.count('reviews'),
    media: await db.count('media'),
    styles: await db.count('styles'),
  };
}

// The package reader and the writer together: what a user gets from importing a real .apkg.
describe('an Anki package, read and written', () => {
  it('is stored whole with its progress, media and styles, and importing it again duplicates nothing', async () => {
    const db = await openAppDb('import-apkg-0');
    const bundle = await readSample();
    const first = await writeImport(db, bundle, NOW);
    const cardCount = bundle.decks.reduce((n, d) => n + d.cards.length, 0);
    expect(first.decks.every((d) => d.created)).toBe(true);
    const after = await counts(db);
    expect(after).toMatchObject({
      cards: cardCount,
      reviews: first.reviews,
      media: bundle.media!.length,
      styles: bundle.styles!.length,
    });
    expect(after.schedules).toBeGreaterThan(0);

    // Study one card here, then import the same package again.
    const studied = (await db.getAll('schedules'))[0]!;
    const { schedule, review } = appProgress(studied.cardId, studied.deckId);
    await writeGrade(db, schedule, { ...review, review: NOW + 5 });
    const again = await writeImport(db, await readSample(), NOW + 10);
    expect(again.decks.every((d) => !d.created && d.newCards === 0 && d.updatedCards === 0)).toBe(true);
    expect(again.decks.reduce((n, d) => n + d.progressKept, 0)).toBe(1);
    expect(again.reviews).toBe(0);
    expect(await counts(db)).toEqual({ ...after, reviews: after.reviews + 1 });
    expect(await db.get('schedules', studied.cardId)).toEqual(schedule);
    expect((await loadCardReviews(db, studied.cardId)).at(-1)?.origin).toBeUndefined();
  });
});

describe('two packages with a media file of the same name', () => {
  const pkg = (guid: string, image: Uint8Array) => ({
    crt: Math.floor(NOW / 1000),
    noteTypes: [
      {
        id: 1,
        name: 'Basic',
        css: '',
        fields: ['Front', 'Back'],
        templates: [{ name: 'Card 1', qfmt: '{{Front}}', afmt: '{{Back}}' }],
      },
    ],
    decks: [{ id: 10, name: 'Pictures' }],
    notes: [{ id: 100, guid, mid: 1, tags: [], fields: ['<img src="1.png">', 'back'] }],
    cards: [{ id: 1000, nid: 100, did: 10, ord: 0 }],
    revlog: [],
    media: { '1.png': image },
  });

  it('each keeps its own file', async () => {
    const db = await openAppDb('import-apkg-media-scopes');
    const first = await readAnkiPackage(await buildPackage(pkg('first', Uint8Array.of(1, 2, 3)), 'legacy2'), 'a.apkg', {
      now: NOW,
    });
    const second = await readAnkiPackage(
      await buildPackage(pkg('second', Uint8Array.of(9, 9, 9, 9)), 'legacy2'),
      'b.apkg',
      { now: NOW },
    );
    await writeImport(db, first, NOW);
    await writeImport(db, second, NOW + 1);
    const cards = await db.getAll('cards');
    expect(cards).toHaveLength(2);
    const bytes = await Promise.all(
      cards.map(async (c) => [
        ...new Uint8Array(await (await loadMedia(db, c.mediaScope!, '1.png'))!.blob.arrayBuffer()),
      ]),
    );
    expect(bytes.sort((a, b) => a.length - b.length)).toEqual([
      [1, 2, 3],
      [9, 9, 9, 9],
    ]);
  });
});

describe('the same Anki notes imported as a package and as a text export', () => {
  it('update each other instead of doubling the cards', async () => {
    const db = await openAppDb('import-apkg-then-text');
    await writeImport(db, await readSample(), NOW);
    const cardsBefore = await db.count('cards');
    const sampleDeck = (await db.get('cards', ankiCardId(GUIDS.typeIn, 0)))!;
    const deck = (await db.get('decks', sampleDeck.deckId))!;
    // What Anki's "Notes in Plain Text" export of that note looks like, edited since.
    const text = `#separator:tab\n#html:true\n#guid column:1\n#deck column:2\n${GUIDS.typeIn}\t${deck.name}\tCapital of France, now?\tParis\n`;
    const plan = await writeImport(db, parseTextImport('notes.txt', text), NOW + 1);
    expect(plan.decks.reduce((n, d) => n + d.newCards, 0)).toBe(0);
    expect(await db.count('cards')).toBe(cardsBefore);
    expect((await db.get('cards', ankiCardId(GUIDS.typeIn, 0)))!.front).toContain('Capital of France, now?');
  });

  it('an Anki text export of package cards carries their original guids', async () => {
    const db = await openAppDb('import-apkg-export-guids');
    await writeImport(db, await readSample(), NOW);
    const card = (await db.get('cards', ankiCardId(GUIDS.typeIn, 0)))!;
    const exported = exportAnkiText([{ deck: (await db.get('decks', card.deckId))!, cards: [card] }]);
    expect(parseTextImport('again.txt', exported).decks[0]!.cards[0]!.id).toBe(card.id);
  });
});

describe('a newer version of a package with media', () => {
  it('replaces its files in place rather than storing the whole set again', async () => {
    const db = await openAppDb('import-apkg-media-update');
    const version = (image: Uint8Array, extra: Record<string, Uint8Array> = {}) => ({
      crt: Math.floor(NOW / 1000),
      noteTypes: [
        {
          id: 1,
          name: 'Basic',
          css: '',
          fields: ['Front', 'Back'],
          templates: [{ name: 'Card 1', qfmt: '{{Front}}', afmt: '{{Back}}' }],
        },
      ],
      decks: [{ id: 10, name: 'Pictures' }],
      notes: [{ id: 100, guid: 'pic', mid: 1, tags: [], fields: ['<img src="1.png">', 'back'] }],
      cards: [{ id: 1000, nid: 100, did: 10, ord: 0 }],
      revlog: [],
      media: { '1.png': image, ...extra },
    });
    await writeImport(
      db,
      await readAnkiPackage(await buildPackage(version(Uint8Array.of(1, 2, 3)), 'legacy2'), 'v1.apkg', { now: NOW }),
      NOW,
    );
    // Version 2 changes the picture and adds a file: its fingerprint, hence its scope, differs.
    await writeImport(
      db,
      await readAnkiPackage(
        await buildPackage(version(Uint8Array.of(7, 7, 7, 7), { '2.png': Uint8Array.of(5) }), 'legacy2'),
        'v2.apkg',
        { now: NOW },
      ),
      NOW + 1,
    );
    expect(await db.count('media')).toBe(2);
    const card = (await db.getAll('cards'))[0]!;
    const picture = await loadMedia(db, card.mediaScope!, '1.png');
    expect([...new Uint8Array(await picture!.blob.arrayBuffer())]).toEqual([7, 7, 7, 7]);
  });
});

describe('an Anki deck exported as JSON and imported again', () => {
  it('updates its cards instead of adding copies', async () => {
    const db = await openAppDb('import-apkg-json-round-trip');
    await writeImport(db, await readSample(), NOW);
    const before = await db.count('cards');
    const card = (await db.get('cards', ankiCardId(GUIDS.typeIn, 0)))!;
    const exported = await loadDeckForExport(db, card.deckId);
    const json = exportDeckJson({
      deck: exported!.deck,
      cards: exported!.cards.map((c) => (c.id === card.id ? { ...c, back: `${c.back} (edited)` } : c)),
    });
    const plan = await writeImport(db, parseTextImport('deck.json', json), NOW + 1);
    expect(plan.decks[0]!.newCards).toBe(0);
    expect(await db.count('cards')).toBe(before);
    expect((await db.get('cards', card.id))!.back).toContain('(edited)');
  });
});
