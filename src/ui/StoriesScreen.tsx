import { useEffect, useState } from 'preact/hooks';
import type { StoryBook } from '../app/story-book';
import { emptyStoryDraft, questionsCoveredBy, type StoryDraft } from '../domain/star-stories';
import { StoryCard } from './StoryCard';
import { StoryForm } from './StoryForm';
import { routeHref } from './routes';

type Editing = { id: string | null; draft: StoryDraft } | null;

/** My stories: write, edit and delete (with undo) STAR stories, see what each covers and what still needs one. */
export function StoriesScreen({ book, newFor }: { book: StoryBook; newFor?: string }) {
  const [editing, setEditing] = useState<Editing>(null);
  const [saved, setSaved] = useState<string | null>(null);

  // Arriving from a question ("Write a story"): the form opens linked to it.
  useEffect(() => {
    if (newFor) setEditing({ id: null, draft: { ...emptyStoryDraft(), questionIds: [newFor] } });
  }, [newFor]);

  const stories = [...book.stories.value].sort((a, b) => a.title.localeCompare(b.title));
  const deleted = book.deleted.value;
  const startNew = (questionIds: string[] = []) => {
    setSaved(null);
    setEditing({ id: null, draft: { ...emptyStoryDraft(), questionIds } });
  };

  return (
    <section class="screen stories" aria-labelledby="stories-heading">
      <h1 id="stories-heading">My stories</h1>
      {book.error.value ? (
        <p class="error" role="alert">
          {book.error.value}
        </p>
      ) : null}
      <div role="status" class="stories-status">
        {deleted ? (
          <p class="undo-bar">
            Deleted “{deleted.title}”.{' '}
            <button type="button" class="button" onClick={() => void book.undoDelete()}>
              Undo
            </button>
          </p>
        ) : saved ? (
          <p>{saved}</p>
        ) : null}
      </div>
      {editing ? (
        <StoryForm
          key={editing.id ?? 'new'}
          initial={editing.draft}
          questions={book.questions.value}
          cardsById={book.cardsById.value}
          editing={editing.id !== null}
          onCancel={() => setEditing(null)}
          onSave={async (draft) => {
            const result = await book.save(draft, editing.id ?? undefined);
            if ('problems' in result) return result.problems;
            setEditing(null);
            setSaved(`Saved “${result.story.title}”.`);
            return [];
          }}
        />
      ) : (
        <>
          <p class="hint">
            Your own stories in STAR form (Situation, Task, Action, Result), linked to the questions they answer. They
            show under those questions when you study and rehearse, and stay on this device.
          </p>
          <div class="button-row">
            <button type="button" class="button primary" onClick={() => startNew()}>
              Write a story
            </button>
            <a class="button" href={routeHref('rehearse')}>
              Rehearse
            </a>
          </div>
          {stories.length === 0 ? (
            <p class="empty">{book.loaded.value ? 'No stories yet.' : 'Loading…'}</p>
          ) : (
            <ul class="story-list">
              {stories.map((story) => {
                const covered = questionsCoveredBy(story, book.cardsById.value);
                return (
                  <li key={story.id} class="story-item">
                    <StoryCard story={story} />
                    <p class="hint">
                      {covered.length === 0
                        ? 'Not linked to a question yet.'
                        : `Answers ${covered.length} question${covered.length === 1 ? '' : 's'}:`}
                    </p>
                    {covered.length > 0 ? (
                      <ul class="covered-questions">
                        {covered.map((card) => (
                          <li key={card.id}>{card.front}</li>
                        ))}
                      </ul>
                    ) : null}
                    <div class="button-row">
                      <button
                        type="button"
                        class="button"
                        aria-label={`Edit “${story.title}”`}
                        onClick={() => {
                          setSaved(null);
                          setEditing({ id: story.id, draft: { ...story } });
                        }}
                      >
                        Edit
                      </button>
                      <button
                        type="button"
                        class="button subtle"
                        aria-label={`Delete “${story.title}”`}
                        onClick={() => void book.remove(story.id)}
                      >
                        Delete
                      </button>
                    </div>
                  </li>
                );
              })}
            </ul>
          )}
          <section aria-labelledby="no-story-heading">
            <h2 id="no-story-heading">Behavioural questions without a story ({book.withoutStory.value.length})</h2>
            {book.withoutStory.value.length === 0 ? (
              <p class="hint">{book.loaded.value ? 'Every behavioural question has a story.' : ''}</p>
            ) : (
              <ul class="no-story-list">
                {book.withoutStory.value.map((card) => (
                  <li key={card.id}>
                    <span>{card.front}</span>
                    <button
                      type="button"
                      class="button subtle"
                      aria-label={`Write a story for: ${card.front}`}
                      onClick={() => startNew([card.id])}
                    >
                      Write a story
                    </button>
                  </li>
                ))}
              </ul>
            )}
          </section>
        </>
      )}
    </section>
  );
}
