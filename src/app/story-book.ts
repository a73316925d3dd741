/**
 * The candidate's STAR stories as state: all of them (a person writes tens, not thousands),
 * indexed by question for the back of a card and the rehearsal prompt; the interview questions
 * to link them to; save, link, delete with undo. Reloads after a restore (the app's generation).
 */
import { computed, effect, signal } from '@preact/signals';
import type { CardRecord, StarStory } from '../domain/model';
import {
  behaviouralWithoutStory,
  createStory,
  indexStoriesByCard,
  linkStory,
  reviseStory,
  validateStoryDraft,
  type StoryDraft,
  type StoryProblem,
} from '../domain/star-stories';
import { loadCardsById, loadInterviewQuestions } from '../storage/rehearsal-data';
import { deleteStory, loadStories, saveStory } from '../storage/story-store';
import { newId, perServices } from './per-services';
import type { AppServices } from './services';

export type StoryBook = ReturnType<typeof createStoryBook>;

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));
const questionOrder = (a: CardRecord, b: CardRecord) =>
  a.deckId < b.deckId ? -1 : a.deckId > b.deckId ? 1 : a.order - b.order;

/** Builds the story state over the database; it loads on first use and after every reload of the app. */
export function createStoryBook({ db, clock, state }: Pick<AppServices, 'db' | 'clock' | 'state'>) {
  const stories = signal<StarStory[]>([]);
  /** The interview questions a story can be linked to, in deck order. */
  const questions = signal<CardRecord[]>([]);
  /** Cards a story is linked to that are not interview questions (linked from any card), by id. */
  const otherCards = signal<ReadonlyMap<string, CardRecord>>(new Map());
  const loaded = signal(false);
  const error = signal<string | null>(null);
  /** The story just deleted, until undone or another change. */
  const deleted = signal<StarStory | null>(null);

  const byCard = computed(() => indexStoriesByCard(stories.value));
  const cardsById = computed(() => {
    const map = new Map(otherCards.value);
    for (const card of questions.value) map.set(card.id, card);
    return map;
  });
  const withoutStory = computed(() => behaviouralWithoutStory(questions.value, stories.value));

  async function load(): Promise<void> {
    try {
      const [all, interview] = await Promise.all([loadStories(db), loadInterviewQuestions(db)]);
      const known = new Set(interview.cards.map((c) => c.id));
      const others = [...new Set(all.flatMap((s) => s.questionIds))].filter((id) => !known.has(id));
      const extra = others.length > 0 ? await loadCardsById(db, others) : [];
      stories.value = all;
      questions.value = interview.cards.filter((c) => !c.retired).sort(questionOrder);
      otherCards.value = new Map(extra.map((c) => [c.id, c]));
      loaded.value = true;
      error.value = null;
    } catch (cause) {
      error.value = `Could not read your stories: ${messageOf(cause)}`;
    }
  }

  // Load once the app has its data, and again after a restore or an import (generation goes up).
  effect(() => {
    if (state.ready.value && state.generation.value > 0) void load();
  });

  function put(story: StarStory): void {
    const rest = stories.value.filter((s) => s.id !== story.id);
    stories.value = [...rest, story];
  }

  return {
    stories,
    questions,
    cardsById,
    byCard,
    withoutStory,
    loaded,
    error,
    deleted,
    load,

    /** The stories linked to a card, by title. */
    forCard(cardId: string): StarStory[] {
      return byCard.value.get(cardId) ?? [];
    },

    /** Saves the form as a new story or over `id`; returns the problems instead when it cannot be saved. */
    async save(draft: StoryDraft, id?: string): Promise<{ story: StarStory } | { problems: StoryProblem[] }> {
      const problems = validateStoryDraft(draft);
      if (problems.length > 0) return { problems };
      const now = clock.now();
      const existing = id ? stories.value.find((s) => s.id === id) : undefined;
      const story = existing ? reviseStory(existing, draft, now) : createStory(draft, newId(), now);
      await saveStory(db, story);
      put(story);
      deleted.value = null;
      return { story };
    },

    /** Links a story to a question, or unlinks it. */
    async link(storyId: string, cardId: string, linked: boolean): Promise<void> {
      const story = stories.value.find((s) => s.id === storyId);
      if (!story) return;
      const next = linkStory(story, cardId, linked, clock.now());
      if (next === story) return;
      await saveStory(db, next);
      put(next);
    },

    /** Deletes a story; `undoDelete` brings it back whole. */
    async remove(id: string): Promise<void> {
      const story = await deleteStory(db, id);
      stories.value = stories.value.filter((s) => s.id !== id);
      deleted.value = story ?? null;
    },

    async undoDelete(): Promise<void> {
      const story = deleted.value;
      if (!story) return;
      await saveStory(db, story);
      put(story);
      deleted.value = null;
    },

    dismissUndo(): void {
      deleted.value = null;
    },
  };
}

/** The app's one story book. */
export const storyBookFor = perServices(createStoryBook);
