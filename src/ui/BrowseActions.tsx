import { useState } from 'preact/hooks';
import type { BrowseFlow } from '../app/browse-flow';
import { cleanTag } from '../domain/card-changes';
import { FLAGS, type FlagId } from '../domain/flags';
import { useApp } from './app-context';

type ActionKey =
  | ''
  | 'suspend'
  | 'unsuspend'
  | 'bury'
  | 'unbury'
  | `flag-${FlagId | 0}`
  | 'deck'
  | 'add-tag'
  | 'remove-tag'
  | 'forget'
  | 'delete';

const ACTIONS: readonly (readonly [ActionKey, string])[] = [
  ['', 'Choose an action…'],
  ['suspend', 'Suspend'],
  ['unsuspend', 'Unsuspend'],
  ['bury', 'Bury until tomorrow'],
  ['unbury', 'Unbury'],
  ...FLAGS.map((f) => [`flag-${f.id}` as ActionKey, `Flag: ${f.name}`] as const),
  ['flag-0', 'Remove the flag'],
  ['deck', 'Change deck…'],
  ['add-tag', 'Add a tag…'],
  ['remove-tag', 'Remove a tag…'],
  ['forget', 'Reset progress (make new)'],
  ['delete', 'Delete with their history'],
];

const count = (n: number) => `${n.toLocaleString('en')} ${n === 1 ? 'card' : 'cards'}`;

/**
 * The bar at the bottom of Browse: what the last action did with its Undo, and, while cards
 * are selected, how many, Select all / Clear, and an action to apply to them.
 */
export function BrowseActions({ flow }: { flow: BrowseFlow }) {
  const app = useApp();
  const [action, setAction] = useState<ActionKey>('');
  const [deckId, setDeckId] = useState('');
  const [tag, setTag] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const selected = flow.selected.value.size;
  const total = flow.hits.value?.length ?? 0;
  const decks = app.decks.value.filter((d) => !d.retired).sort((a, b) => a.name.localeCompare(b.name));
  const last = flow.lastAction.value;

  const apply = async () => {
    setProblem(null);
    if (action === '') return setProblem('Choose an action first.');
    if (action === 'deck') {
      const target = deckId || decks[0]?.id;
      if (!target) return setProblem('There is no deck to move the cards to.');
      return flow.change({ kind: 'deck', deckId: target });
    }
    if (action === 'add-tag' || action === 'remove-tag') {
      const clean = cleanTag(tag);
      if (!clean) return setProblem('Type the tag first.');
      await flow.change({ kind: action, tag: clean });
      return setTag('');
    }
    const simple: Partial<Record<ActionKey, () => Promise<void>>> = {
      suspend: flow.suspend,
      unsuspend: flow.unsuspend,
      bury: flow.bury,
      unbury: flow.unbury,
      forget: flow.forget,
      delete: flow.remove,
    };
    const run = simple[action];
    if (run) return run();
    return flow.change({ kind: 'flag', flag: Number(action.slice('flag-'.length)) as FlagId | 0 });
  };

  if (selected === 0 && !flow.status.value && !flow.error.value) return null;
  return (
    <div class="action-bar browse-actions" role="region" aria-label="Selected cards">
      <div class="browse-status" role="status">
        {flow.error.value ? <span class="error">{flow.error.value}</span> : flow.status.value}
        {last ? (
          <button type="button" class="button" onClick={() => void flow.undo()} disabled={flow.busy.value}>
            Undo
          </button>
        ) : null}
      </div>
      {selected > 0 ? (
        <>
          <div class="selection-row">
            <span class="selection-count">{count(selected)} selected</span>
            {selected < total ? (
              <button type="button" class="button subtle" onClick={() => flow.selectAll()}>
                Select all {total.toLocaleString('en')}
              </button>
            ) : null}
            <button type="button" class="button subtle" onClick={() => flow.clearSelection()}>
              Clear
            </button>
          </div>
          <form
            class="apply-row"
            onSubmit={(event) => {
              event.preventDefault();
              void apply();
            }}
          >
            <label class="visually-hidden" for="bulk-action">
              Action for the selected cards
            </label>
            <select
              id="bulk-action"
              value={action}
              onChange={(e) => setAction((e.target as HTMLSelectElement).value as ActionKey)}
            >
              {ACTIONS.map(([key, label]) => (
                <option key={key} value={key}>
                  {label}
                </option>
              ))}
            </select>
            {action === 'deck' ? (
              <>
                <label class="visually-hidden" for="bulk-deck">
                  Move to deck
                </label>
                <select
                  id="bulk-deck"
                  value={deckId}
                  onChange={(e) => setDeckId((e.target as HTMLSelectElement).value)}
                >
                  {decks.map((d) => (
                    <option key={d.id} value={d.id}>
                      {d.name.split('::').join(' › ')}
                    </option>
                  ))}
                </select>
              </>
            ) : null}
            {action === 'add-tag' || action === 'remove-tag' ? (
              <>
                <label class="visually-hidden" for="bulk-tag">
                  Tag
                </label>
                <input
                  id="bulk-tag"
                  type="text"
                  value={tag}
                  placeholder="Tag"
                  autocomplete="off"
                  list={action === 'remove-tag' ? 'bulk-tags' : undefined}
                  onInput={(e) => setTag((e.target as HTMLInputElement).value)}
                />
                <datalist id="bulk-tags">
                  {flow.tags.value.map((t) => (
                    <option key={t} value={t} />
                  ))}
                </datalist>
              </>
            ) : null}
            <button type="submit" class="button primary" disabled={flow.busy.value}>
              Apply
            </button>
          </form>
          {problem ? (
            <p class="error" role="alert">
              {problem}
            </p>
          ) : null}
        </>
      ) : null}
    </div>
  );
}
