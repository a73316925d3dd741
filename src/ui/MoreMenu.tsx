import { useEffect, useId, useRef, useState } from 'preact/hooks';
import { currentPath } from '../app/router';
import { openKeyboardHelp } from './KeyboardHelp';
import './more-menu.css';

export interface MoreItem {
  label: string;
  href: string;
  current: boolean;
}

/**
 * The header's "More" disclosure: the screens a 360 px header has no room for (Browse, Add
 * cards, Stats, and whatever comes next) and the keyboard help. A button that shows a list of
 * links (the disclosure pattern, not an ARIA menu): Esc, a tap outside or going somewhere closes it.
 */
export function MoreMenu({ items }: { items: MoreItem[] }) {
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const root = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const current = items.some((item) => item.current);

  // Going to another screen closes it.
  useEffect(() => setOpen(false), [currentPath.value]);

  useEffect(() => {
    if (!open) return;
    root.current?.querySelector<HTMLElement>('a, button.more-item')?.focus();
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      event.preventDefault();
      setOpen(false);
      button.current?.focus();
    };
    const onPointer = (event: PointerEvent) => {
      if (!root.current?.contains(event.target as Node)) setOpen(false);
    };
    window.addEventListener('keydown', onKey);
    window.addEventListener('pointerdown', onPointer);
    return () => {
      window.removeEventListener('keydown', onKey);
      window.removeEventListener('pointerdown', onPointer);
    };
  }, [open]);

  return (
    <div class="more" ref={root}>
      <button
        ref={button}
        type="button"
        class={`more-button${current ? ' current' : ''}`}
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen(!open)}
      >
        More
      </button>
      {open ? (
        <ul class="more-panel" id={panelId}>
          {items.map((item) => (
            <li key={item.href}>
              <a
                class="more-item"
                href={item.href}
                aria-current={item.current ? 'page' : undefined}
                onClick={() => setOpen(false)}
              >
                {item.label}
              </a>
            </li>
          ))}
          <li>
            <button
              type="button"
              class="more-item"
              onClick={() => {
                setOpen(false);
                openKeyboardHelp();
              }}
            >
              Keyboard shortcuts
            </button>
          </li>
        </ul>
      ) : null}
    </div>
  );
}
