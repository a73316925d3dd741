/**
 * Links inside a card are not native links (sanitize-html.ts keeps their address as
 * `data-href`): a tap or Enter on one asks the card's owner to confirm, showing the address.
 * A card can dress a link up as anything, so nothing in it opens on a tap alone.
 */

function linkOf(event: Event): HTMLElement | null {
  for (const target of event.composedPath()) {
    if (target instanceof Element && target.hasAttribute('data-href')) return target as HTMLElement;
    if (target instanceof ShadowRoot) break;
  }
  return null;
}

/** Listens for link activations in a card's shadow root; returns the function that stops listening. */
export function wireCardLinks(root: ShadowRoot, onLink: (href: string) => void): () => void {
  const onClick = (event: Event): void => {
    const link = linkOf(event);
    if (!link) return;
    event.preventDefault();
    onLink(link.getAttribute('data-href') ?? '');
  };
  const onKey = (event: KeyboardEvent): void => {
    if (event.key !== 'Enter') return;
    const link = linkOf(event);
    if (!link) return;
    // The study screen's Enter ("show answer") must not fire as well.
    event.preventDefault();
    event.stopPropagation();
    onLink(link.getAttribute('data-href') ?? '');
  };
  root.addEventListener('click', onClick);
  root.addEventListener('keydown', onKey as EventListener);
  return () => {
    root.removeEventListener('click', onClick);
    root.removeEventListener('keydown', onKey as EventListener);
  };
}
