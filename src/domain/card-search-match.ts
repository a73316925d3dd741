/**
 * Matches cards against a parsed Browse query (card-search.ts). A query compiles once into a
 * predicate over one card and its schedule, so storage can run it inside a cursor over the
 * cards and keep only the hits; the query's hints name the indexes that narrow that cursor.
 */
import { isBuried, isStudyable, stageOf } from './card-status';
import type { IsFilter, PropName, PropOperator, SearchNode } from './card-search';
import { htmlToText } from './html-text';
import { CardState, type CardRecord, type ScheduleRecord } from './model';
import { studyDayNumber, studyDayNumberStart, type UtcOffset } from './study-day';

/** What a search reads of a card. */
export type SearchableCard = Pick<
  CardRecord,
  | 'id'
  | 'deckId'
  | 'order'
  | 'front'
  | 'back'
  | 'format'
  | 'tags'
  | 'notes'
  | 'suspended'
  | 'buriedUntil'
  | 'flag'
  | 'addedAt'
>;

export interface SearchItem {
  card: SearchableCard;
  /** Null: never studied. */
  schedule: ScheduleRecord | null;
  /** `searchTextOf(card)`, when storage keeps it beside the card: saves reading the HTML on every search. */
  text?: string;
}

export interface SearchContext {
  now: number;
  dayStartHour: number;
  utcOffset: UtcOffset;
  /** Every deck's name by id: `deck:` matches names, "Parent::Child" being a subdeck. */
  deckNames: ReadonlyMap<string, string>;
}

/** What storage can use to read fewer cards: every hit satisfies all the hints given. */
export interface SearchIndexHints {
  /** The hit is in one of these decks (`deck:`). */
  deckIds?: string[];
  /** The hit carries this tag or a subtag of it (`tag:` without wildcards), lower case. */
  tag?: string;
  /** The hit has this flag (`flag:`; 0 = none). */
  flag?: number;
  /** The hit is suspended (`is:suspended`). */
  suspended?: true;
  /** The hit has a schedule due before this instant (`due:N`, `is:due`). */
  dueBefore?: number;
  /** The hit has no schedule or a new one (`is:new`). */
  isNew?: true;
}

export interface CompiledSearch {
  matches(item: SearchItem): boolean;
  hints: SearchIndexHints;
}

/** Lower case, accents dropped, spaces collapsed: "Café  Crème" -> "cafe creme". */
export function normalizeSearchText(text: string): string {
  // NFD is slow on long text: only text outside ASCII needs it.
  // eslint-disable-next-line no-control-regex
  const folded = /[^\u0000-\u007f]/.test(text) ? text.normalize('NFD').replace(/\p{M}+/gu, '') : text;
  // Only runs of whitespace and non-space whitespace are rewritten: ordinary text is left as is.
  return folded.toLowerCase().replace(/\s{2,}|[^\S ]/g, ' ');
}

/** The text words and phrases are searched in: front, back, notes and tags, HTML read as text. */
export function searchTextOf(card: Pick<SearchableCard, 'front' | 'back' | 'notes' | 'tags' | 'format'>): string {
  const side = (value: string) => (card.format === 'html' ? htmlToText(value) : value);
  return normalizeSearchText(
    `${side(card.front)}\n${side(card.back)}\n${side(card.notes ?? '')}\n${card.tags.join(' ')}`,
  );
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** `*` matches any run of characters; the rest is literal. */
function wildcardSource(pattern: string): string {
  return pattern.split('*').map(escapeRegExp).join('.*');
}

/** A name pattern that also covers children: `a` matches "a" and "a::b", case-insensitively. */
function familyPattern(pattern: string): RegExp {
  return new RegExp(`^${wildcardSource(pattern)}(::.*)?$`, 'i');
}

function compare(value: number, op: PropOperator, target: number): boolean {
  switch (op) {
    case '=':
      return value === target;
    case '!=':
      return value !== target;
    case '<':
      return value < target;
    case '>':
      return value > target;
    case '<=':
      return value <= target;
    case '>=':
      return value >= target;
  }
}

type Test = (item: SearchItem, text: () => string) => boolean;

const isScheduled = (schedule: ScheduleRecord | null): schedule is ScheduleRecord =>
  schedule !== null && schedule.state !== CardState.New;

/** Compiles a parsed query against the decks and the instant in `context`. */
export function compileCardSearch(root: SearchNode, context: SearchContext): CompiledSearch {
  const dayOf = (at: number) => studyDayNumber(at, context.dayStartHour, context.utcOffset);
  const today = dayOf(context.now);
  const dayStart = (day: number) => studyDayNumberStart(day, context.dayStartHour, context.utcOffset);

  const propValue = (prop: PropName, schedule: ScheduleRecord | null): number | null => {
    if (prop === 'reps') return schedule?.reps ?? 0;
    if (prop === 'lapses') return schedule?.lapses ?? 0;
    if (!isScheduled(schedule)) return null;
    if (prop === 'ivl') return schedule.state === CardState.Review ? schedule.scheduledDays : null;
    if (prop === 'due') return dayOf(schedule.due) - today;
    if (prop === 'd') return (schedule.difficulty - 1) / 9;
    return schedule.stability;
  };

  const build = (node: SearchNode): Test => {
    switch (node.kind) {
      case 'and': {
        const parts = node.children.map(build);
        return (item, text) => parts.every((part) => part(item, text));
      }
      case 'or': {
        const parts = node.children.map(build);
        return (item, text) => parts.some((part) => part(item, text));
      }
      case 'not': {
        const inner = build(node.child);
        return (item, text) => !inner(item, text);
      }
      case 'text': {
        const needle = normalizeSearchText(node.text);
        if (!needle.includes('*')) return (_item, text) => text().includes(needle);
        const pattern = new RegExp(wildcardSource(needle));
        return (_item, text) => pattern.test(text());
      }
      case 'tag': {
        if (node.pattern.toLowerCase() === 'none') return ({ card }) => card.tags.length === 0;
        const pattern = familyPattern(node.pattern);
        return ({ card }) => card.tags.some((tag) => pattern.test(tag));
      }
      case 'deck': {
        const ids = matchingDeckIds(node.pattern, context.deckNames);
        return ({ card }) => ids.has(card.deckId);
      }
      case 'is':
        return isTest(node.what);
      case 'flag':
        return ({ card }) => (card.flag ?? 0) === node.flag;
      case 'due':
        return ({ schedule }) => isScheduled(schedule) && dayOf(schedule.due) - today <= node.days;
      case 'added':
        return ({ card }) => card.addedAt !== undefined && dayOf(card.addedAt) > today - node.days;
      case 'prop':
        return ({ schedule }) => {
          const value = propValue(node.prop, schedule);
          return value !== null && compare(value, node.op, node.value);
        };
    }
  };

  const isTest = (what: IsFilter): Test => {
    switch (what) {
      case 'new':
        return ({ schedule }) => stageOf(schedule) === 'new';
      case 'learn':
        return ({ schedule }) => schedule?.state === CardState.Learning || schedule?.state === CardState.Relearning;
      case 'review':
        return ({ schedule }) => schedule?.state === CardState.Review || schedule?.state === CardState.Relearning;
      case 'suspended':
        return ({ card }) => card.suspended === true;
      case 'buried':
        return ({ card }) => isBuried(card, context.now);
      case 'due':
        return ({ card, schedule }) =>
          isScheduled(schedule) && isStudyable(card, context.now) && dayOf(schedule.due) <= today;
    }
  };

  const test = build(root);
  return {
    matches(item) {
      let cached: string | undefined;
      return test(item, () => (cached ??= item.text ?? searchTextOf(item.card)));
    },
    hints: hintsOf(root, context, today, dayStart),
  };
}

/** True when `tag` is the hint's tag or a subtag of it (`hints.tag` is lower case): which index keys serve tag:x. */
export function isTagInFamily(tag: string, family: string): boolean {
  const lower = tag.toLowerCase();
  return lower === family || lower.startsWith(`${family}::`);
}

function matchingDeckIds(pattern: string, deckNames: ReadonlyMap<string, string>): Set<string> {
  const regex = familyPattern(pattern);
  return new Set([...deckNames].filter(([, name]) => regex.test(name)).map(([id]) => id));
}

/** Index hints from the conditions every hit must meet: the top level's positive terms. */
function hintsOf(
  root: SearchNode,
  context: SearchContext,
  today: number,
  dayStart: (day: number) => number,
): SearchIndexHints {
  const hints: SearchIndexHints = {};
  const terms = root.kind === 'and' ? root.children : [root];
  const narrowDue = (before: number) => {
    hints.dueBefore = Math.min(hints.dueBefore ?? Infinity, before);
  };
  for (const term of terms) {
    if (term.kind === 'deck') {
      const ids = [...matchingDeckIds(term.pattern, context.deckNames)];
      hints.deckIds = hints.deckIds ? hints.deckIds.filter((id) => ids.includes(id)) : ids;
    } else if (term.kind === 'tag' && !term.pattern.includes('*') && term.pattern.toLowerCase() !== 'none') {
      hints.tag ??= term.pattern.toLowerCase();
    } else if (term.kind === 'flag') {
      hints.flag ??= term.flag;
    } else if (term.kind === 'is' && term.what === 'suspended') {
      hints.suspended = true;
    } else if (term.kind === 'is' && term.what === 'new') {
      hints.isNew = true;
    } else if (term.kind === 'is' && term.what === 'due') {
      narrowDue(dayStart(today + 1));
    } else if (term.kind === 'due') {
      narrowDue(dayStart(today + term.days + 1));
    }
  }
  return hints;
}
