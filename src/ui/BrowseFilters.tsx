import type { BrowseFlow } from '../app/browse-flow';
import {
  countFilters,
  DUE_FILTER_LABELS,
  NO_FILTERS,
  STATE_FILTER_LABELS,
  SUSPENDED_FILTER_LABELS,
  type BrowseFilters as Filters,
} from '../domain/browse-query';
import { CARD_SORT_LABELS, type CardSortKey } from '../domain/card-sort';
import { FLAGS } from '../domain/flags';
import { useApp } from './app-context';

interface SelectProps<V extends string> {
  id: string;
  label: string;
  value: V;
  options: readonly (readonly [V, string])[];
  onChange(value: V): void;
}

function Select<V extends string>({ id, label, value, options, onChange }: SelectProps<V>) {
  return (
    <div class="field">
      <label for={id}>{label}</label>
      <select id={id} value={value} onChange={(e) => onChange((e.target as HTMLSelectElement).value as V)}>
        {options.map(([v, text]) => (
          <option key={v} value={v}>
            {text}
          </option>
        ))}
      </select>
    </div>
  );
}

const entries = <V extends string>(labels: Record<V, string>) => Object.entries(labels) as [V, string][];

/** Browse's filters (deck, tag, state, due, flag, suspended) behind a disclosure, and the sort order. */
export function BrowseFilters({ flow, onChange }: { flow: BrowseFlow; onChange(): void }) {
  const app = useApp();
  const filters = flow.filters.value;
  const sort = flow.sort.value;
  const set = (next: Partial<Filters>) => {
    flow.setFilters(next);
    onChange();
  };
  const decks = app.decks.value
    .filter((d) => !d.retired)
    .map((d) => d.name)
    .sort((a, b) => a.localeCompare(b));
  const active = countFilters(filters);
  return (
    <div class="browse-controls">
      <details class="browse-filters" open={active > 0}>
        <summary>Filters{active > 0 ? ` (${active} on)` : ''}</summary>
        <div class="filter-grid">
          <Select
            id="filter-deck"
            label="Deck"
            value={filters.deck}
            options={[['', 'All decks'], ...decks.map((name) => [name, name.split('::').join(' › ')] as const)]}
            onChange={(deck) => set({ deck })}
          />
          <Select
            id="filter-tag"
            label="Tag"
            value={filters.tag}
            options={[['', 'Any tag'], ...flow.tags.value.map((tag) => [tag, tag] as const)]}
            onChange={(tag) => set({ tag })}
          />
          <Select
            id="filter-state"
            label="State"
            value={filters.state}
            options={entries(STATE_FILTER_LABELS)}
            onChange={(state) => set({ state })}
          />
          <Select
            id="filter-due"
            label="Due"
            value={filters.due}
            options={entries(DUE_FILTER_LABELS)}
            onChange={(due) => set({ due })}
          />
          <Select
            id="filter-flag"
            label="Flag"
            value={filters.flag}
            options={[
              ['', 'Flagged or not'],
              ['any', 'Any flag'],
              ['0', 'No flag'],
              ...FLAGS.map((f) => [String(f.id) as Filters['flag'], f.name] as const),
            ]}
            onChange={(flag) => set({ flag })}
          />
          <Select
            id="filter-suspended"
            label="Suspended"
            value={filters.suspended}
            options={entries(SUSPENDED_FILTER_LABELS)}
            onChange={(suspended) => set({ suspended })}
          />
        </div>
        {active > 0 ? (
          <button type="button" class="button" onClick={() => set(NO_FILTERS)}>
            Clear filters
          </button>
        ) : null}
      </details>
      <div class="sort-row">
        <Select
          id="sort-key"
          label="Sort by"
          value={sort.key}
          options={entries(CARD_SORT_LABELS)}
          onChange={(key: CardSortKey) => {
            flow.setSort({ ...sort, key });
            onChange();
          }}
        />
        <Select
          id="sort-order"
          label="Order"
          value={sort.descending ? 'desc' : 'asc'}
          options={[
            ['asc', 'Ascending'],
            ['desc', 'Descending'],
          ]}
          onChange={(order) => {
            flow.setSort({ ...sort, descending: order === 'desc' });
            onChange();
          }}
        />
      </div>
    </div>
  );
}
