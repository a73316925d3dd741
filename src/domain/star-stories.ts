/**
 * STAR stories: the form's validation (messages a user can act on), building and revising a
 * story from the form, the record check a backup restore uses, and the queries the screens
 * need: the stories linked to a card, the questions a story covers, and the behavioural
 * questions that have no story yet.
 */
import { checkFields, type Fail } from './backup-format';
import type { CardRecord, StarStory } from './model';

export const STORY_LIMITS = { title: 120, section: 3000, resultInNumbers: 160 } as const;

/** What the story form edits. */
export type StoryDraft = Pick<
  StarStory,
  'title' | 'situation' | 'task' | 'action' | 'result' | 'resultInNumbers' | 'questionIds'
>;

export type StoryField = keyof StoryDraft;

export interface StoryProblem {
  field: StoryField;
  message: string;
}

const SECTIONS = [
  ['situation', 'Situation'],
  ['task', 'Task'],
  ['action', 'Action'],
  ['result', 'Result'],
] as const;

/** An empty form. */
export function emptyStoryDraft(): StoryDraft {
  return { title: '', situation: '', task: '', action: '', result: '', resultInNumbers: '', questionIds: [] };
}

const count = (n: number) => n.toLocaleString('en-US');

/** The form's problems, one per field at most, in the form's order; empty when it can be saved. */
export function validateStoryDraft(draft: StoryDraft): StoryProblem[] {
  const problems: StoryProblem[] = [];
  const title = draft.title.trim();
  if (title === '')
    problems.push({ field: 'title', message: 'Give the story a title, e.g. "Cutting the support backlog".' });
  else if (title.length > STORY_LIMITS.title) {
    problems.push({
      field: 'title',
      message: `Keep the title to ${STORY_LIMITS.title} characters (it has ${count(title.length)}).`,
    });
  }
  for (const [field, label] of SECTIONS) {
    const length = draft[field].trim().length;
    if (length > STORY_LIMITS.section) {
      problems.push({
        field,
        message: `Keep the ${label} to ${count(STORY_LIMITS.section)} characters (it has ${count(length)}): an answer runs about two minutes.`,
      });
    }
  }
  if (SECTIONS.every(([field]) => draft[field].trim() === '') && title !== '') {
    problems.push({ field: 'situation', message: 'Write at least one of Situation, Task, Action or Result.' });
  }
  const numbers = draft.resultInNumbers.trim();
  if (/[\r\n]/.test(numbers)) {
    problems.push({ field: 'resultInNumbers', message: 'The result in numbers is one line: remove the line breaks.' });
  } else if (numbers.length > STORY_LIMITS.resultInNumbers) {
    problems.push({
      field: 'resultInNumbers',
      message: `Keep the result in numbers to one short line of ${STORY_LIMITS.resultInNumbers} characters (it has ${count(numbers.length)}).`,
    });
  }
  return problems;
}

/** The draft as it is stored: trimmed, linked questions without repeats. */
function cleanDraft(draft: StoryDraft): StoryDraft {
  return {
    title: draft.title.trim(),
    situation: draft.situation.trim(),
    task: draft.task.trim(),
    action: draft.action.trim(),
    result: draft.result.trim(),
    resultInNumbers: draft.resultInNumbers.trim(),
    questionIds: [...new Set(draft.questionIds.filter((id) => id !== ''))],
  };
}

/** A new story from a valid draft (check validateStoryDraft first). */
export function createStory(draft: StoryDraft, id: string, now: number): StarStory {
  return { id, ...cleanDraft(draft), createdAt: now, updatedAt: now };
}

/** The story with the form's edits. */
export function reviseStory(story: StarStory, draft: StoryDraft, now: number): StarStory {
  return { ...story, ...cleanDraft(draft), updatedAt: Math.max(now, story.createdAt) };
}

/** The story linked to (or unlinked from) one question. */
export function linkStory(story: StarStory, cardId: string, linked: boolean, now: number): StarStory {
  const has = story.questionIds.includes(cardId);
  if (has === linked) return story;
  const questionIds = linked ? [...story.questionIds, cardId] : story.questionIds.filter((id) => id !== cardId);
  return { ...story, questionIds, updatedAt: Math.max(now, story.createdAt) };
}

const STORY_FIELDS = {
  id: 'name',
  title: 'name',
  situation: 'text',
  task: 'text',
  action: 'text',
  result: 'text',
  resultInNumbers: 'text',
  questionIds: 'texts',
  createdAt: 'number',
  updatedAt: 'number',
} as const;

/** A story record from a backup or the JSON export, checked field by field; fails naming the field. */
export function readStarStory(value: unknown, where: string, fail: Fail): StarStory {
  const record = checkFields(value, STORY_FIELDS, where, fail);
  const story: StarStory = {
    id: record.id as string,
    title: record.title as string,
    situation: record.situation as string,
    task: record.task as string,
    action: record.action as string,
    result: record.result as string,
    resultInNumbers: record.resultInNumbers as string,
    questionIds: [...new Set(record.questionIds as string[])],
    createdAt: record.createdAt as number,
    updatedAt: record.updatedAt as number,
  };
  if (story.updatedAt < story.createdAt) fail(where, 'field "updatedAt": earlier than "createdAt"');
  return story;
}

// Title order for lists: people find a story by its name.
const byTitle = (a: StarStory, b: StarStory) =>
  a.title.localeCompare(b.title, 'en', { sensitivity: 'base' }) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** The stories linked to a card, by title: for the back of the card and the rehearsal prompt. */
export function storiesForCard(stories: Iterable<StarStory>, cardId: string): StarStory[] {
  return [...stories].filter((story) => story.questionIds.includes(cardId)).sort(byTitle);
}

/** Card id -> the stories linked to it, for showing many cards at once without a scan per card. */
export function indexStoriesByCard(stories: Iterable<StarStory>): Map<string, StarStory[]> {
  const index = new Map<string, StarStory[]>();
  for (const story of [...stories].sort(byTitle)) {
    for (const id of story.questionIds) index.set(id, [...(index.get(id) ?? []), story]);
  }
  return index;
}

/** The questions a story covers that still exist (deleted or retired cards are left out), in the story's order. */
export function questionsCoveredBy<C extends Pick<CardRecord, 'id' | 'retired'>>(
  story: StarStory,
  cardsById: ReadonlyMap<string, C>,
): C[] {
  return story.questionIds.flatMap((id) => {
    const card = cardsById.get(id);
    return card && !card.retired ? [card] : [];
  });
}

/** Behavioural questions with no story yet, in the order given ("My stories" suggests writing one). */
export function behaviouralWithoutStory<C extends Pick<CardRecord, 'id' | 'behavioural' | 'retired' | 'suspended'>>(
  cards: Iterable<C>,
  stories: Iterable<StarStory>,
): C[] {
  const covered = new Set<string>();
  for (const story of stories) for (const id of story.questionIds) covered.add(id);
  return [...cards].filter((card) => card.behavioural && !card.retired && !card.suspended && !covered.has(card.id));
}
