import { useEffect, useId, useRef, useState } from 'preact/hooks';
import { useMenuDismiss } from './use-menu-dismiss';
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

  useMenuDismiss(open, () => setOpen(false), root, button, 'a, button.more-item');

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
