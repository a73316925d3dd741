import { describe, expect, it } from 'vitest';
import { createCardEditor } from '../../src/app/card-editor';
import { exportAnkiText } from '../../src/domain/export-anki-text';
import { exportDeckFile } from '../../src/domain/export-json';
import { Grade } from '../../src/domain/model';
import { validateDeckFile } from '../../src/domain/validate-deck';
import { readBackupFile } from '../../src/import/backup-file';
import { encodeBackup } from '../../src/import/backup-write';
import { loadBackupContents } from '../../src/storage/backup';
import { loadDeckForExport } from '../../src/storage/deck-export';
import { makeDeck, manualClock, startApp } from '../helpers/app-fixture';

const T = Date.UTC(2026, 5, 2, 13);

async function editorApp() {
  const clock = manualClock(T, 120);
  const started = await startApp([makeDeck('alpha', 3, 'Alpha')], clock);
  return { ...started, clock, editor: createCardEditor(started.services) };
}

describe('editing a card', () => {
  it('keeps its schedule and review history; a built-in card remembers the edit is the user’s', async () => {
    const { editor, study, db } = await editorApp();
    await study.start('alpha');
    const id = study.session.value!.current!.card.id;
    study.reveal();
    await study.grade(Grade.Good);
    const schedule = await db.get('schedules', id);
    const opened = (await editor.open(id))!;
    expect(opened.reviews).toHaveLength(1);
    const saved = await editor.save(opened, {
      front: 'Reworded question',
      back: 'Reworded answer',
      notes: 'why',
      tags: 't extra',
      deckId: 'alpha',
    });
    expect(saved).toEqual({ ok: true, message: 'Saved. The card keeps its progress.' });
    const card = (await db.get('cards', id))!;
    expect(card).toMatchObject({
      front: 'Reworded question',
      back: 'Reworded answer',
      notes: 'why',
      tags: ['t', 'extra'],
    });
    expect(card.userEdit?.base.front).toBe('Alpha question 1');
    expect(await db.get('schedules', id)).toEqual(schedule);
    expect(await db.countFromIndex('reviews', 'by-card', id)).toBe(1);
  });

  it('refuses an empty front with the field and the reason, and writes nothing', async () => {
    const { editor, db } = await editorApp();
    const opened = (await editor.open('alpha/c1'))!;
    const saved = await editor.save(opened, { front: ' ', back: 'A', notes: '', tags: '', deckId: 'alpha' });
    expect(saved).toEqual({
      ok: false,
      problems: [{ field: 'front', message: 'The front is empty: write the question.' }],
    });
    expect((await db.get('cards', 'alpha/c1'))!.front).toBe('Alpha question 1');
  });
});

describe('creating decks and cards', () => {
  it('a Cloze note in a new deck makes one card per cloze, with stable ids, studied like any other', async () => {
    const { editor, app, db } = await editorApp();
    const added = await editor.add(
      {
        type: 'cloze',
        deckId: '',
        front: 'An {{c1::SLA}} is promised to customers; an {{c2::SLO::internal?}} is a target.',
        back: 'Service levels',
        notes: '',
        tags: 'ops',
        format: 'text',
      },
      'My cards::Service levels',
    );
    expect(added).toMatchObject({ ok: true, message: 'Added 2 cards to My cards::Service levels.' });
    const deckId = (added as { deckId: string }).deckId;
    const cards = await db.getAllFromIndex('cards', 'by-deck', deckId);
    expect(cards.map((c) => c.id)).toEqual([`anki:${cards[0]!.note!.guid}:0`, `anki:${cards[0]!.note!.guid}:1`]);
    expect(cards[1]!.front).toContain('[internal?]');
    expect(app.summaries.value.find((s) => s.deck.id === deckId)).toMatchObject({ newCards: 2, total: 2 });
  });

  it('a new deck’s name is checked; a taken name is refused', async () => {
    const { editor } = await editorApp();
    expect(await editor.createDeck('alpha')).toEqual({ ok: false, message: 'There is already a deck named "alpha".' });
    const made = await editor.createDeck('Beta');
    expect(made.ok).toBe(true);
  });

  it('cards made in the app export (JSON, Anki text) and back up like any other', async () => {
    const { editor, db, clock } = await editorApp();
    const added = await editor.add(
      {
        type: 'basic-reversed',
        deckId: '',
        front: 'Churn',
        back: 'Customers lost',
        notes: '',
        tags: 'kpi',
        format: 'text',
      },
      'Mine',
    );
    const deckId = (added as { deckId: string }).deckId;
    const forExport = (await loadDeckForExport(db, deckId))!;
    const file = validateDeckFile(JSON.parse(JSON.stringify(exportDeckFile(forExport))), 'Mine.json');
    expect(file.id).toBe(deckId);
    expect(file.cards.map((c) => [c.front, c.back])).toEqual([
      ['Churn', 'Customers lost'],
      ['Customers lost', 'Churn'],
    ]);
    expect(exportAnkiText([forExport])).toContain('Churn\tCustomers lost');
    const backup = await readBackupFile(
      new Blob([(await encodeBackup(await loadBackupContents(db), clock.now())) as Uint8Array<ArrayBuffer>]),
      'backup.zip',
    );
    const restored = backup.cards.filter((c) => c.deckId === deckId);
    expect(restored).toEqual(forExport.cards);
    expect(restored[0]!.note).toMatchObject({ type: 'basic-reversed', front: 'Churn' });

    // A backup whose card carries a broken note or flag is refused, naming the record and the field.
    const contents = await loadBackupContents(db);
    const index = contents.cards.findIndex((c) => c.note);
    const broken = async (card: object) =>
      readBackupFile(
        new Blob([
          (await encodeBackup(
            { ...contents, cards: contents.cards.map((c, i) => (i === index ? { ...c, ...card } : c)) },
            clock.now(),
          )) as Uint8Array<ArrayBuffer>,
        ]),
        'backup.zip',
      );
    await expect(broken({ note: { type: 'basic', guid: 'g', front: 'F', back: 'B' } })).rejects.toThrow(
      `backup.zip, backup.json, cards[${index}], field "note": field "format": expected "text" or "html", but found nothing`,
    );
    await expect(broken({ flag: 'red' })).rejects.toThrow(
      `backup.zip, backup.json, cards[${index}]: field "flag": expected a number, but found a text`,
    );
  });

  it('an edit that removes a cloze asks first, then deletes that card with its history', async () => {
    const { editor, db, study } = await editorApp();
    const added = await editor.add({
      type: 'cloze',
      deckId: 'alpha',
      front: '{{c1::A}} and {{c2::B}}',
      back: '',
      notes: '',
      tags: '',
      format: 'text',
    });
    expect(added.ok).toBe(true);
    const ids = (await db.getAll('cards')).filter((c) => c.note).map((c) => c.id);
    await study.start('alpha');
    while (study.session.value?.current && !ids.includes(study.session.value.current.card.id)) {
      study.reveal();
      await study.grade(Grade.Easy);
    }
    const opened = (await editor.open(ids[0]!))!;
    expect(opened.noteCards).toHaveLength(2);
    const input = { front: '{{c1::A}} and B', back: '', notes: '', tags: '', deckId: 'alpha' };
    const asked = await editor.save(opened, input);
    expect(asked).toMatchObject({ ok: false, confirmRemoval: [{ id: ids[1] }] });
    expect(await db.get('cards', ids[1]!)).toBeDefined();
    const saved = await editor.save(opened, input, { confirmRemoval: true });
    expect(saved).toEqual({ ok: true, message: 'Saved 1 card, deleted 1 card. Progress is kept.' });
    expect(await db.get('cards', ids[1]!)).toBeUndefined();
    expect(await db.countFromIndex('reviews', 'by-card', ids[1]!)).toBe(0);
  });
});
