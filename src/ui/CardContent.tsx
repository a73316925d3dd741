import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { CardRecord } from '../domain/model';
import { plainTextToHtml } from '../domain/plain-text';
import { useApp } from './app-context';
import { sanitizeCardCss } from './sanitize-css';
import { sanitizeCardHtml } from './sanitize-html';

interface Props {
  card: CardRecord;
  side: 'front' | 'back';
}

/** Names of the media files a side refers to, found by a dry run of the sanitizer. */
function referencedMedia(html: string): string[] {
  const names = new Set<string>();
  sanitizeCardHtml(html, {
    resolveMedia: (name) => {
      names.add(name);
      return undefined;
    },
  });
  return [...names];
}

/**
 * One side of a card. Text is escaped; HTML (imported decks) is sanitized before it reaches
 * the page, its images and sounds come from the media store, and an Anki note type's CSS is
 * applied inside a shadow root so it styles the card and never the app around it.
 */
export function CardContent({ card, side }: Props) {
  const source = side === 'front' ? card.front : card.back;
  if (card.format !== 'html') {
    // Safe: every character of the text is escaped.
    return <div class={`card-content card-${side}`} dangerouslySetInnerHTML={{ __html: plainTextToHtml(source) }} />;
  }
  return <HtmlCardContent card={card} side={side} source={source} />;
}

function HtmlCardContent({ card, side, source }: Props & { source: string }) {
  const app = useApp();
  const host = useRef<HTMLDivElement>(null);
  const [assets, setAssets] = useState<{ key: string; media: Map<string, string>; css: string } | null>(null);
  const key = `${card.id}|${side}|${source}`;

  useEffect(() => {
    let live = true;
    const names = card.mediaScope ? referencedMedia(source) : [];
    void app.loadCardAssets(card, names).then(({ media, css }) => {
      if (live) setAssets({ key, media, css });
    });
    return () => {
      live = false;
    };
  }, [key]);

  useLayoutEffect(() => {
    const element = host.current;
    if (!element || !assets || assets.key !== key) return;
    const root = element.shadowRoot ?? element.attachShadow({ mode: 'open' });
    const resolve = (name: string) => assets.media.get(name);
    const html = sanitizeCardHtml(source, { resolveMedia: resolve });
    const night = window.matchMedia?.('(prefers-color-scheme: dark)').matches ? ' nightMode night_mode' : '';
    // Both parts are sanitized above: the HTML by DOMPurify, the CSS by sanitizeCardCss.
    root.innerHTML = `<style>:host{display:block}img{max-width:100%;height:auto}.media-missing{display:inline-block;padding:0 .4em;border:1px dashed currentColor;border-radius:6px;opacity:.7;font-size:.85em}${sanitizeCardCss(assets.css, resolve)}</style><div class="card-root${night}">${html}</div>`;
  }, [assets, key]);

  return <div ref={host} class={`card-content card-${side} card-html`} aria-busy={!assets || assets.key !== key} />;
}
