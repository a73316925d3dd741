import { useId, useRef, useState } from 'preact/hooks';
import type { StudyCardActions } from '../app/study-card-actions';
import { FLAGS, flagOf, type FlagId } from '../domain/flags';
import type { CardRecord } from '../domain/model';
import { FlagStyles } from './FlagStyles';
import { navigate } from './routes';
import { useStudyCardKeys } from './use-study-card-keys';
import { useMenuDismiss } from './use-menu-dismiss';
import './study-menu.css';

/** Flags with a key (Anki's Ctrl+1..4); the others are in the menu only. */
const KEYED_FLAGS = 4;

/**
 * The study screen's "⋯" menu for the card on screen: edit, suspend, bury, flag, with Anki's
 * keys (E, @, -, Ctrl+1..4) working whether the menu is open or not. A button that shows a list
 * of buttons (the disclosure pattern, as the More menu): Esc or a tap outside closes it. The
 * card's flag shows beside the button.
 */
export function StudyMenu({
  actions,
  card,
  scope,
}: {
  actions: StudyCardActions;
  card: CardRecord | null;
  scope: string;
}) {
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const root = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const flag = card ? flagOf(card) : null;

  const edit = () => {
    const id = actions.leaveToEdit();
    if (id) navigate('study-edit', { scope, card: id });
  };
  useStudyCardKeys({
    edit,
    suspend: () => void actions.suspend(),
    bury: () => void actions.bury(),
    flag: (n) => void actions.flag(n),
  });

  useMenuDismiss(open, () => setOpen(false), root, button, '.study-menu-item');

  /** Closes the menu, gives focus back to its button, then does `action`. */
  const choose = (action: () => void) => () => {
    setOpen(false);
    button.current?.focus();
    action();
  };

  return (
    <div class="study-menu" ref={root}>
      <FlagStyles />
      {flag ? (
        <span
          class="study-flag"
          role="img"
          aria-label={`${flag.name} flag`}
          style={{ color: `var(${flag.cssVar})` }}
          title={`${flag.name} flag`}
        >
          ⚑
        </span>
      ) : null}
      <button
        ref={button}
        type="button"
        class="study-menu-button"
        aria-label="Card actions"
        aria-expanded={open}
        aria-controls={panelId}
        disabled={!card}
        onClick={() => setOpen(!open)}
      >
        ⋯
      </button>
      {open && card ? (
        <ul class="study-menu-panel" id={panelId} aria-label="Card actions">
          <li>
            <button type="button" class="study-menu-item" aria-keyshortcuts="E" onClick={choose(edit)}>
              Edit card <kbd aria-hidden="true">E</kbd>
            </button>
          </li>
          <li>
            <button
              type="button"
              class="study-menu-item"
              aria-keyshortcuts="@"
              onClick={choose(() => void actions.suspend())}
            >
              Suspend card <kbd aria-hidden="true">@</kbd>
            </button>
          </li>
          <li>
            <button
              type="button"
              class="study-menu-item"
              aria-keyshortcuts="-"
              onClick={choose(() => void actions.bury())}
            >
              Bury until tomorrow <kbd aria-hidden="true">-</kbd>
            </button>
          </li>
          {FLAGS.map((f) => (
            <li key={f.id}>
              <button
                type="button"
                class="study-menu-item"
                aria-pressed={flag?.id === f.id}
                aria-keyshortcuts={f.id <= KEYED_FLAGS ? `Control+${f.id}` : undefined}
                onClick={choose(() => void actions.flag(f.id as FlagId))}
              >
                <span class="flag-swatch" aria-hidden="true" style={{ color: `var(${f.cssVar})` }}>
                  ⚑
                </span>
                {f.name} flag
                {f.id <= KEYED_FLAGS ? <kbd aria-hidden="true">Ctrl+{f.id}</kbd> : null}
              </button>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
