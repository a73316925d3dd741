/**
 * The story book over fake-indexeddb: a story is checked before it is saved, linked to several
 * questions, found for each of them, deleted and brought back whole by undo; behavioural
 * questions without a story are listed; a restore (the app reloading) reads them afresh.
 */
import { describe, expect, it } from 'vitest';
import { createStoryBook } from '../../src/app/story-book';
import { emptyStoryDraft } from '../../src/domain/star-stories';
import { manualClock, startApp } from '../helpers/app-fixture';
import { interviewDeck } from '../helpers/rehearsal-fakes';

const T = Date.UTC(2026, 10, 2, 9);

async function setUp() {
  const clock = manualClock(T);
  const started = await startApp([interviewDeck(4)], clock);
  const book = createStoryBook(started.services);
  await book.load();
  return { ...started, clock, book };
}

const draft = {
  ...emptyStoryDraft(),
  title: 'Cutting the backlog',
  situation: 'Tickets piled up.',
  result: 'Backlog halved.',
  resultInNumbers: '-40 % in 6 weeks',
  questionIds: ['iq/q1', 'iq/q3'],
};

describe('the story book', () => {
  it('refuses a story without a title, naming the field', async () => {
    const { book, db } = await setUp();
    const result = await book.save({ ...draft, title: '  ' });
    expect(result).toEqual({ problems: [expect.objectContaining({ field: 'title' })] });
    expect(await db.count('stories')).toBe(0);
  });

  it('a story linked to two questions shows for both, and the behavioural list shrinks', async () => {
    const { book, db } = await setUp();
    expect(book.withoutStory.value.map((c) => c.id)).toEqual(['iq/q1', 'iq/q2']);
    const saved = await book.save(draft);
    if (!('story' in saved)) throw new Error('not saved');
    expect(book.forCard('iq/q1').map((s) => s.title)).toEqual(['Cutting the backlog']);
    expect(book.forCard('iq/q3').map((s) => s.title)).toEqual(['Cutting the backlog']);
    expect(book.forCard('iq/q2')).toEqual([]);
    expect(book.withoutStory.value.map((c) => c.id)).toEqual(['iq/q2']);
    expect(await db.getAllFromIndex('stories', 'by-question', 'iq/q3')).toHaveLength(1);

    await book.link(saved.story.id, 'iq/q2', true);
    expect(book.withoutStory.value).toEqual([]);
    expect((await db.get('stories', saved.story.id))!.questionIds).toEqual(['iq/q1', 'iq/q3', 'iq/q2']);
  });

  it('edits keep the id and creation date; delete is undone whole', async () => {
    const { book, db, clock } = await setUp();
    const saved = await book.save(draft);
    if (!('story' in saved)) throw new Error('not saved');
    clock.advance(60_000);
    const edited = await book.save({ ...draft, title: 'Halving the backlog' }, saved.story.id);
    if (!('story' in edited)) throw new Error('not saved');
    expect(edited.story).toMatchObject({ id: saved.story.id, createdAt: T, updatedAt: T + 60_000 });
    const stored = await db.get('stories', saved.story.id);

    await book.remove(saved.story.id);
    expect(await db.count('stories')).toBe(0);
    expect(book.forCard('iq/q1')).toEqual([]);
    expect(book.deleted.value?.title).toBe('Halving the backlog');
    await book.undoDelete();
    expect(await db.get('stories', saved.story.id)).toEqual(stored);
    expect(book.forCard('iq/q1').map((s) => s.id)).toEqual([saved.story.id]);
    expect(book.deleted.value).toBeNull();
  });

  it('reads the stories afresh when the app reloads (after a restore)', async () => {
    const { book, db, app } = await setUp();
    await db.put('stories', { ...draft, id: 'restored', createdAt: T, updatedAt: T });
    await app.reload();
    await new Promise((r) => setTimeout(r, 50));
    expect(book.forCard('iq/q1').map((s) => s.id)).toEqual(['restored']);
  });
});
