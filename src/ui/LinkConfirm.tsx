import { useEffect, useRef } from 'preact/hooks';

/**
 * Asks before a link in a card opens, showing the full address: a card's styling can make a
 * link look like anything, the address cannot lie. The link opens in the browser, without
 * telling the other site where it came from.
 */
export function LinkConfirm({ href, onClose }: { href: string; onClose: () => void }) {
  const dialog = useRef<HTMLDialogElement>(null);

  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (typeof element.showModal === 'function') element.showModal();
    else element.setAttribute('open', '');
  }, []);

  const open = () => {
    window.open(href, '_blank', 'noopener,noreferrer');
    onClose();
  };

  return (
    <dialog ref={dialog} class="link-confirm" aria-labelledby="link-confirm-title" onClose={onClose} onCancel={onClose}>
      <h2 id="link-confirm-title">Open this link?</h2>
      <p>It opens outside PrepDeck, in your browser:</p>
      <p class="link-address">{href}</p>
      <div class="link-confirm-actions">
        <button type="button" class="button primary" onClick={open}>
          Open link
        </button>
        <button type="button" class="button" onClick={onClose} autofocus>
          Cancel
        </button>
      </div>
    </dialog>
  );
}
