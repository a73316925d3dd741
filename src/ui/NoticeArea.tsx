import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';

/**
 * The docked message area (pwa-banners.css). A screen's bottom action bar (grades, Browse's
 * actions, Rehearse's grades) changes height with its content, so the area is kept just above
 * whichever bar is on screen, measured, rather than at a fixed guess that a taller bar would
 * slide under (Browse's three-row bar did: an install offer covered "Select all").
 */
export function NoticeArea({ children }: { children?: ComponentChildren }) {
  const area = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (typeof ResizeObserver === 'undefined' || typeof MutationObserver === 'undefined') return;
    const setAbove = (px: number) => area.current?.style.setProperty('--above-bar', `${Math.ceil(px)}px`);
    let watched: Element | null = null;
    const sizes = new ResizeObserver((entries) => {
      const entry = entries[entries.length - 1];
      if (entry) setAbove(entry.borderBoxSize?.[0]?.blockSize ?? (entry.target as HTMLElement).offsetHeight);
    });
    // Only the bar's identity is checked on each change to the page; its height comes from the
    // ResizeObserver, so no layout is forced while the page renders.
    const follow = () => {
      const bar = document.querySelector('.action-bar');
      if (bar === watched) return;
      if (watched) sizes.unobserve(watched);
      watched = bar;
      if (bar) sizes.observe(bar);
      else area.current?.style.removeProperty('--above-bar');
    };
    const changes = new MutationObserver(follow);
    changes.observe(document.body, { childList: true, subtree: true });
    follow();
    return () => {
      changes.disconnect();
      sizes.disconnect();
    };
  }, []);
  return (
    <div class="notice-area" ref={area}>
      {children}
    </div>
  );
}
