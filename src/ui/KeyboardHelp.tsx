import { signal } from '@preact/signals';
import { useEffect, useRef } from 'preact/hooks';
import { chordLabel, SHORTCUTS } from '../domain/keyboard-shortcuts';

const isOpen = signal(false);

/** Opens the list of keyboard shortcuts (the More menu's "Keyboard shortcuts"). */
export function openKeyboardHelp(): void {
  isOpen.value = true;
}

/** True when a key press is typing (a text box, a list box, an editable element), not a shortcut. */
export function isTyping(event: KeyboardEvent): boolean {
  const target = event.composedPath?.()[0] ?? event.target;
  return (
    target instanceof Element &&
    (/^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName) || (target as HTMLElement).isContentEditable)
  );
}

/**
 * The help sheet: every keyboard shortcut (domain/keyboard-shortcuts.ts), opened with `?` from
 * anywhere but a text box, closed with Esc or its Close button. A modal dialog, so focus stays
 * in it while it is open and returns where it was when it closes.
 */
export function KeyboardHelp() {
  const dialog = useRef<HTMLDialogElement>(null);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== '?' || event.ctrlKey || event.metaKey || event.altKey || isTyping(event)) return;
      event.preventDefault();
      isOpen.value = !isOpen.value;
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (isOpen.value && !element.open) {
      // showModal keeps focus inside and closes on Esc; an environment without it shows it in place.
      if (typeof element.showModal === 'function') element.showModal();
      else element.setAttribute('open', '');
    } else if (!isOpen.value && element.open) {
      if (typeof element.close === 'function') element.close();
      else element.removeAttribute('open');
    }
  }, [isOpen.value]);

  return (
    <dialog
      ref={dialog}
      class="keyboard-help"
      aria-labelledby="keyboard-help-title"
      onClose={() => (isOpen.value = false)}
      onCancel={() => (isOpen.value = false)}
    >
      <div class="keyboard-help-head">
        <h2 id="keyboard-help-title">Keyboard shortcuts</h2>
        <button type="button" class="button" onClick={() => (isOpen.value = false)}>
          Close
        </button>
      </div>
      {SHORTCUTS.map((group) => (
        <section key={group.where} aria-labelledby={`keys-${group.where.replace(/\W+/g, '-')}`}>
          <h3 id={`keys-${group.where.replace(/\W+/g, '-')}`}>{group.where}</h3>
          <dl class="key-list">
            {group.shortcuts.map((shortcut) => (
              <div key={shortcut.does} class="key-row">
                <dt>
                  {shortcut.keys.map((chord, i) => (
                    <span key={chordLabel(chord)}>
                      {i > 0 ? <span class="key-or"> or </span> : null}
                      {chord.map((key, j) => (
                        <span key={key}>
                          {j > 0 ? '+' : null}
                          <kbd>{key}</kbd>
                        </span>
                      ))}
                    </span>
                  ))}
                </dt>
                <dd>{shortcut.does}</dd>
              </div>
            ))}
          </dl>
        </section>
      ))}
    </dialog>
  );
}
