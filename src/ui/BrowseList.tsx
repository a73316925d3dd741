import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { BrowseRow } from '../app/browse-flow';
import { rowFacts, rowText, type RowContext } from '../domain/browse-row';
import { flagOf } from '../domain/flags';
import { routeHref } from './routes';

/** Every row has the same height, so the rows on screen follow from the scroll position alone. */
export const ROW_HEIGHT = 76;
/** Rows drawn above and below the screen, so a quick flick does not show blanks. */
const OVERSCAN = 6;

interface Props {
  ids: readonly string[];
  rows: ReadonlyMap<string, BrowseRow>;
  selected: ReadonlySet<string>;
  context: RowContext;
  onToggle(id: string): void;
  /** The ids on screen: the list asks for their rows as it scrolls. */
  onShow(ids: readonly string[]): void;
}

/** The window of rows [from, to) that the page's scroll position shows, with the overscan. */
function visibleRange(list: HTMLElement, count: number): { from: number; to: number } {
  const top = list.getBoundingClientRect().top;
  const first = Math.floor(-top / ROW_HEIGHT);
  const shown = Math.ceil(window.innerHeight / ROW_HEIGHT);
  const from = Math.max(0, Math.min(count, first - OVERSCAN));
  return { from, to: Math.max(from, Math.min(count, first + shown + OVERSCAN)) };
}

/**
 * The cards found, as a virtualised list: the page scrolls over a list as tall as all its rows,
 * and only the rows on screen exist in the DOM (about 20 of 100,000), each placed by transform.
 * Screen readers hear each row's position in the whole list (aria-posinset / aria-setsize).
 */
export function BrowseList({ ids, rows, selected, context, onToggle, onShow }: Props) {
  const list = useRef<HTMLUListElement>(null);
  const [range, setRange] = useState({ from: 0, to: Math.min(ids.length, 24) });

  useLayoutEffect(() => {
    let frame = 0;
    const update = () => {
      frame = 0;
      if (!list.current) return;
      const next = visibleRange(list.current, ids.length);
      setRange((old) => (old.from === next.from && old.to === next.to ? old : next));
    };
    const schedule = () => {
      if (!frame) frame = requestAnimationFrame(update);
    };
    update();
    window.addEventListener('scroll', schedule, { passive: true });
    window.addEventListener('resize', schedule);
    return () => {
      window.removeEventListener('scroll', schedule);
      window.removeEventListener('resize', schedule);
      if (frame) cancelAnimationFrame(frame);
    };
  }, [ids]);

  const shown = ids.slice(range.from, range.to);
  useEffect(() => onShow(shown), [ids, range.from, range.to, rows]);

  return (
    <ul class="browse-list" ref={list} aria-label="Cards found" style={{ height: `${ids.length * ROW_HEIGHT}px` }}>
      {shown.map((id, k) => {
        const index = range.from + k;
        const row = rows.get(id);
        const text = row ? rowText(row.card) : 'Loading…';
        const flag = row ? flagOf(row.card) : null;
        return (
          <li
            key={id}
            class={`browse-row${selected.has(id) ? ' selected' : ''}`}
            style={{ transform: `translateY(${index * ROW_HEIGHT}px)` }}
            aria-setsize={ids.length}
            aria-posinset={index + 1}
          >
            <label class="row-check">
              <input
                type="checkbox"
                checked={selected.has(id)}
                onChange={() => onToggle(id)}
                aria-label={`Select: ${text}`}
              />
            </label>
            <a class="row-main" href={routeHref('edit', { card: id })}>
              <span class="row-text">{text}</span>
              <span class="row-facts">{row ? rowFacts(row.card, row.schedule, context).join(' · ') : ''}</span>
            </a>
            {flag ? (
              <span
                class="row-flag"
                role="img"
                aria-label={`${flag.name} flag`}
                style={{ background: `var(${flag.cssVar})` }}
              />
            ) : null}
          </li>
        );
      })}
    </ul>
  );
}
