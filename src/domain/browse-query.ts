/**
 * Browse's filters (deck, tag, state, due, flag, suspended) as conditions of the search
 * language (card-search.ts), joined with what the user typed: one query, one matcher, and the
 * same index hints whether a condition was typed ("deck:Ops") or picked from a list.
 */
import { parseCardSearch, type ParsedSearch, type SearchNode } from './card-search';

export type StateFilter = '' | 'new' | 'learn' | 'review' | 'young' | 'mature';
export type DueFilter = '' | 'overdue' | 'today' | 'week' | 'month';
/** '': any; 'any': flagged with any colour; '0': no flag; '1'-'7': that flag. */
export type FlagFilter = '' | 'any' | '0' | '1' | '2' | '3' | '4' | '5' | '6' | '7';
export type SuspendedFilter = '' | 'suspended' | 'hide-suspended' | 'buried';

export interface BrowseFilters {
  /** A deck's name (its subdecks included), or '' for every deck. */
  deck: string;
  /** A tag (its subtags included), or '' for any. */
  tag: string;
  state: StateFilter;
  due: DueFilter;
  flag: FlagFilter;
  suspended: SuspendedFilter;
}

export const NO_FILTERS: BrowseFilters = { deck: '', tag: '', state: '', due: '', flag: '', suspended: '' };

export const STATE_FILTER_LABELS: Record<StateFilter, string> = {
  '': 'Any state',
  new: 'New',
  learn: 'Learning',
  review: 'Review',
  young: 'Young (interval under 21 days)',
  mature: 'Mature (21 days or more)',
};

export const DUE_FILTER_LABELS: Record<DueFilter, string> = {
  '': 'Any time',
  overdue: 'Overdue',
  today: 'Due today',
  week: 'Due within 7 days',
  month: 'Due within 30 days',
};

export const SUSPENDED_FILTER_LABELS: Record<SuspendedFilter, string> = {
  '': 'Suspended or not',
  suspended: 'Suspended only',
  'hide-suspended': 'Not suspended',
  buried: 'Buried only',
};

const not = (child: SearchNode): SearchNode => ({ kind: 'not', child });

/** The conditions the filters add, in a fixed order. */
export function filterNodes(filters: BrowseFilters): SearchNode[] {
  const nodes: SearchNode[] = [];
  if (filters.deck) nodes.push({ kind: 'deck', pattern: filters.deck });
  if (filters.tag) nodes.push({ kind: 'tag', pattern: filters.tag });
  if (filters.state === 'new' || filters.state === 'learn' || filters.state === 'review')
    nodes.push({ kind: 'is', what: filters.state });
  if (filters.state === 'young') nodes.push({ kind: 'prop', prop: 'ivl', op: '<', value: 21 });
  if (filters.state === 'mature') nodes.push({ kind: 'prop', prop: 'ivl', op: '>=', value: 21 });
  if (filters.due === 'overdue') nodes.push({ kind: 'prop', prop: 'due', op: '<', value: 0 });
  if (filters.due === 'today') nodes.push({ kind: 'due', days: 0 });
  if (filters.due === 'week') nodes.push({ kind: 'due', days: 7 });
  if (filters.due === 'month') nodes.push({ kind: 'due', days: 30 });
  if (filters.flag === 'any') nodes.push(not({ kind: 'flag', flag: 0 }));
  else if (filters.flag !== '') nodes.push({ kind: 'flag', flag: Number(filters.flag) });
  if (filters.suspended === 'suspended') nodes.push({ kind: 'is', what: 'suspended' });
  if (filters.suspended === 'hide-suspended') nodes.push(not({ kind: 'is', what: 'suspended' }));
  if (filters.suspended === 'buried') nodes.push({ kind: 'is', what: 'buried' });
  return nodes;
}

/** How many filters are set (shown on the Filters button). */
export function countFilters(filters: BrowseFilters): number {
  return Object.values(filters).filter((value) => value !== '').length;
}

/** The typed query and the filters as one parsed query (an error points into the typed text). */
export function parseBrowseQuery(text: string, filters: BrowseFilters): ParsedSearch {
  const parsed = parseCardSearch(text);
  if (!parsed.ok) return parsed;
  const extra = filterNodes(filters);
  if (extra.length === 0) return parsed;
  const typed = parsed.root.kind === 'and' ? parsed.root.children : [parsed.root];
  return { ok: true, root: { kind: 'and', children: [...typed, ...extra] } };
}
