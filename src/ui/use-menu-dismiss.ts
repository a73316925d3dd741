import type { RefObject } from 'preact';
import { useEffect } from 'preact/hooks';

/**
 * A menu's open/close behaviour, shared by the header's More menu and the study card menu:
 * while open, its first item (`firstItem`, a selector) has focus; Escape closes it and gives
 * focus back to its button; a press anywhere outside it closes it.
 */
export function useMenuDismiss(
  open: boolean,
  close: () => void,
  root: RefObject<HTMLElement | null>,
  button: RefObject<HTMLElement | null>,
  firstItem: string,
): void {
  useEffect(() => {
    if (!open) return;
    root.current?.querySelector<HTMLElement>(firstItem)?.focus();
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      event.preventDefault();
      close();
      button.current?.focus();
    };
    const onPointer = (event: PointerEvent) => {
      if (!root.current?.contains(event.target as Node)) close();
    };
    window.addEventListener('keydown', onKey);
    window.addEventListener('pointerdown', onPointer);
    return () => {
      window.removeEventListener('keydown', onKey);
      window.removeEventListener('pointerdown', onPointer);
    };
  }, [open]);
}
