import { useLayoutEffect, useRef } from 'preact/hooks';
import type { FlagId } from '../domain/flags';
import { isTyping } from './KeyboardHelp';

export interface StudyCardKeyHandlers {
  edit(): void;
  suspend(): void;
  bury(): void;
  flag(flag: FlagId): void;
}

/**
 * Anki's reviewer keys for the card on screen: E edit, @ suspend, - bury, Ctrl+1..4 flag. Not
 * while typing in a text box (a typed answer, the search) and not while a dialog is open (the
 * keyboard help, a link's confirmation): those have the keys until they close.
 */
export function useStudyCardKeys(handlers: StudyCardKeyHandlers): void {
  const latest = useRef(handlers);
  latest.current = handlers;
  // A layout effect: the keys work as soon as the card shows, not a frame later.
  useLayoutEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.altKey || event.metaKey || isTyping(event)) return;
      if (document.querySelector('dialog[open]')) return;
      const on = latest.current;
      if (event.ctrlKey) {
        if (!/^[1-4]$/.test(event.key)) return;
        event.preventDefault();
        on.flag(Number(event.key) as FlagId);
      } else if (event.key === 'e' || event.key === 'E') {
        event.preventDefault();
        on.edit();
      } else if (event.key === '@') {
        event.preventDefault();
        on.suspend();
      } else if (event.key === '-') {
        event.preventDefault();
        on.bury();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}
