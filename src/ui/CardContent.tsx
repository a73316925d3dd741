import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { CardRecord } from '../domain/model';
import { plainTextToHtml } from '../domain/plain-text';
import { useCardAssets } from './app-context';
import { sanitizeCardCss } from './sanitize-css';
import { sanitizeCardHtml } from './sanitize-html';

interface Props {
  card: CardRecord;
  side: 'front' | 'back';
}

const BASE_CARD_CSS =
  ':host{display:block}img{max-width:100%;height:auto}.media-missing{display:inline-block;padding:0 .4em;border:1px dashed currentColor;border-radius:6px;opacity:.7;font-size:.85em}';

/** A card made in the app has no note-type CSS: its clozes get Anki's default look (bold, coloured). */
const DEFAULT_NOTE_CSS = '.cloze{font-weight:700;color:var(--accent)}';

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

/** A card's notes under the answer: sanitized HTML for HTML cards, escaped text otherwise. */
export function CardNotes({ card }: { card: CardRecord }) {
  const notes = card.notes ?? '';
  const html = card.format === 'html' ? sanitizeCardHtml(notes) : plainTextToHtml(notes);
  // Safe: sanitized by DOMPurify, or fully escaped text.
  return <div class="card-notes" dangerouslySetInnerHTML={{ __html: html }} />;
}

function HtmlCardContent({ card, side, source }: Props & { source: string }) {
  const assetsLoader = useCardAssets();
  const host = useRef<HTMLDivElement>(null);
  const [assets, setAssets] = useState<{ key: string; media: Map<string, string>; css: string } | null>(null);
  const key = `${card.id}|${side}|${source}`;

  useEffect(() => {
    let live = true;
    const names = card.mediaScope ? referencedMedia(source) : [];
    void assetsLoader.load(card, names).then(({ media, css }) => {
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
    const night = window.matchMedia?.('(prefers-color-scheme: dark)').matches ? ' nightMode night_mode' : '';
    // The stylesheet goes in as text and the card as sanitized markup, separately: CSS never
    // becomes markup, so no "</style>" trick in a note type can smuggle elements in.
    const style = document.createElement('style');
    style.textContent = `${BASE_CARD_CSS}${card.styleId ? '' : DEFAULT_NOTE_CSS}${sanitizeCardCss(assets.css, resolve)}`;
    const body = document.createElement('div');
    body.className = `card-root${night}`;
    body.innerHTML = sanitizeCardHtml(source, { resolveMedia: resolve });
    root.replaceChildren(style, body);
  }, [assets, key]);

  return <div ref={host} class={`card-content card-${side} card-html`} aria-busy={!assets || assets.key !== key} />;
}
