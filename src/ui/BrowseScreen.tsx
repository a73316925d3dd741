import { useEffect, useRef } from 'preact/hooks';
import type { BrowseFlow } from '../app/browse-flow';
import { BrowseActions } from './BrowseActions';
import { BrowseFilters } from './BrowseFilters';
import { BrowseList } from './BrowseList';
import { FlagStyles } from './FlagStyles';
import { isTyping } from './KeyboardHelp';
import { routeHref } from './routes';
import './browse.css';

/** How long typing pauses before the search runs by itself. */
const TYPING_PAUSE_MS = 300;

/** Browse: search and filter every card, sort them, select some and act on them, undo. */
export function BrowseScreen({ flow }: { flow: BrowseFlow }) {
  const input = useRef<HTMLInputElement>(null);
  const typing = useRef<ReturnType<typeof setTimeout> | null>(null);
  const hits = flow.hits.value;
  const error = flow.searchError.value;

  useEffect(() => {
    void flow.open();
    return () => {
      if (typing.current) clearTimeout(typing.current);
    };
  }, [flow]);

  // Keys: "/" search, Ctrl+A select all, Esc clear the selection, Ctrl+Z undo the last change.
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.altKey || event.metaKey) return;
      if (event.key === '/' && !event.ctrlKey && !isTyping(event)) {
        event.preventDefault();
        input.current?.focus();
      } else if (event.ctrlKey && (event.key === 'a' || event.key === 'A') && !isTyping(event)) {
        event.preventDefault();
        flow.selectAll();
      } else if (event.key === 'Escape' && flow.selected.value.size > 0 && !document.querySelector('dialog[open]')) {
        flow.clearSelection();
      } else if (event.ctrlKey && (event.key === 'z' || event.key === 'Z') && !isTyping(event)) {
        event.preventDefault();
        void flow.undo();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [flow]);

  const searchNow = () => {
    if (typing.current) clearTimeout(typing.current);
    typing.current = null;
    void flow.search();
  };

  return (
    <section class="screen browse" aria-labelledby="browse-heading">
      <FlagStyles />
      <div class="browse-head">
        <h1 id="browse-heading">Browse</h1>
        <a class="button" href={routeHref('add')}>
          Add cards
        </a>
      </div>
      <form
        role="search"
        class="browse-search"
        onSubmit={(event) => {
          event.preventDefault();
          searchNow();
        }}
      >
        <label for="browse-query">Search cards</label>
        <div class="search-row">
          <input
            ref={input}
            id="browse-query"
            type="search"
            value={flow.query.value}
            placeholder='Words, "a phrase", tag:ops, is:due…'
            autocomplete="off"
            spellcheck={false}
            aria-keyshortcuts="/"
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? 'browse-query-error' : 'browse-query-help'}
            onInput={(event) => {
              flow.setQuery((event.target as HTMLInputElement).value);
              if (typing.current) clearTimeout(typing.current);
              typing.current = setTimeout(searchNow, TYPING_PAUSE_MS);
            }}
          />
          <button type="submit" class="button primary">
            Search
          </button>
        </div>
        {error ? (
          <p id="browse-query-error" class="field-error" role="alert">
            {error.message} (at character {error.at + 1})
          </p>
        ) : null}
        <details class="search-help" id="browse-query-help">
          <summary>How to search</summary>
          <ul>
            <li>Words find cards with all of them in the front, back, notes or tags; "an exact phrase" in quotes.</li>
            <li>
              <code>tag:director</code>, <code>deck:Interview</code> (with its subdecks), <code>flag:1</code> (red),{' '}
              <code>is:new</code>, <code>is:due</code>, <code>is:suspended</code>, <code>is:buried</code>.
            </li>
            <li>
              <code>due:3</code> due within 3 days, <code>added:7</code> added in the last week,{' '}
              <code>prop:ivl&gt;=21</code> (ivl, due, reps, lapses, d, s).
            </li>
            <li>
              <code>-word</code> leaves out, <code>a or b</code> either, parentheses group; <code>*</code> matches
              anything.
            </li>
          </ul>
        </details>
      </form>
      <BrowseFilters flow={flow} onChange={searchNow} />
      <p
        class="browse-count"
        role="status"
        aria-live="polite"
        data-search-ms={
          flow.searchMs.value === null || flow.searching.value ? undefined : Math.round(flow.searchMs.value)
        }
      >
        {flow.searching.value && hits === null
          ? 'Searching…'
          : hits === null
            ? ''
            : hits.length === 0
              ? 'No cards match.'
              : `${hits.length.toLocaleString('en')} ${hits.length === 1 ? 'card' : 'cards'}${flow.searching.value ? ' (searching…)' : ''}`}
      </p>
      {hits && hits.length > 0 ? (
        <BrowseList
          ids={hits}
          rows={flow.rows.value}
          selected={flow.selected.value}
          context={flow.rowContext()}
          onToggle={(id) => flow.toggle(id)}
          onShow={(ids) => void flow.showRows(ids)}
        />
      ) : null}
      <BrowseActions flow={flow} />
    </section>
  );
}
