import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { CardRecord } from '../domain/model';
import { plainTextToHtml } from '../domain/plain-text';
import { useCardAssets } from './app-context';
import { wireCardLinks } from './card-links';
import { containCardCss } from './contain-card-css';
import { LinkConfirm } from './LinkConfirm';
import { drawOcclusions, OCCLUSION_CSS } from './occlusion-overlay';
import { sanitizeCardCss } from './sanitize-css';
import { sanitizeCardHtml } from './sanitize-html';
import { placeTypeIn, TYPE_IN_CSS, type TypeInState } from './type-in-box';

interface Props {
  card: CardRecord;
  side: 'front' | 'back';
  /** Show the card's notes under this side, inside the same box. */
  withNotes?: boolean;
  /** A type-in answer's box (front) and the typed text to compare (back); none in a preview. */
  typeIn?: TypeInState;
}

/**
 * The card's own box: it clips and contains whatever the card draws (contain: paint, overflow
 * hidden), so nothing in a card can paint over the app; note-type CSS cannot change these on
 * the host (contain-card-css.ts). Then Anki's defaults, which a note type's CSS may override.
 */
const BASE_CARD_CSS =
  ':host{display:block;position:relative;contain:paint;overflow:hidden;isolation:isolate}' +
  '.card-root{overflow-x:auto;overflow-wrap:anywhere}' +
  'img{max-width:100%;height:auto}' +
  '.media-missing{display:inline-block;padding:0 .4em;border:1px dashed currentColor;border-radius:6px;opacity:.7;font-size:.85em}' +
  'a[data-href]{color:var(--accent,LinkText);text-decoration:underline;cursor:pointer}' +
  '.card-notes{color:var(--muted,GrayText);font-size:.9rem;margin-top:1rem}' +
  TYPE_IN_CSS +
  OCCLUSION_CSS;

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
 * applied inside a shadow root so it styles the card and never the app around it. The card's
 * notes, when shown, live in the same shadow root: no app class name reaches them.
 */
export function CardContent({ card, side, withNotes = false, typeIn }: Props) {
  const source = side === 'front' ? card.front : card.back;
  const notes = withNotes ? (card.notes ?? '') : '';
  if (card.format !== 'html') {
    return (
      <div class={`card-content card-${side}`}>
        {/* Safe: every character of the text is escaped. */}
        <div dangerouslySetInnerHTML={{ __html: plainTextToHtml(source) }} />
        {notes ? <div class="card-notes" dangerouslySetInnerHTML={{ __html: plainTextToHtml(notes) }} /> : null}
      </div>
    );
  }
  return <HtmlCardContent card={card} side={side} source={source} notes={notes} typeIn={typeIn} />;
}

function HtmlCardContent({
  card,
  side,
  source,
  notes,
  typeIn,
}: Omit<Props, 'withNotes'> & { source: string; notes: string }) {
  const assetsLoader = useCardAssets();
  const host = useRef<HTMLDivElement>(null);
  const [assets, setAssets] = useState<{ key: string; media: Map<string, string>; css: string } | null>(null);
  const [pendingLink, setPendingLink] = useState<string | null>(null);
  // The current type-in state, read by the box's handlers without rebuilding the card on each key.
  const typeInRef = useRef(typeIn);
  typeInRef.current = typeIn;
  const key = `${card.id}|${side}|${source}|${notes}`;
  // The answer side is built with what was typed; the question side keeps its box while typing.
  const typed = side === 'back' ? (typeIn?.value ?? '') : '';

  useEffect(() => {
    let live = true;
    const names = card.mediaScope ? referencedMedia(`${source}${notes}`) : [];
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
    let root = element.shadowRoot;
    if (!root) {
      root = element.attachShadow({ mode: 'open' });
      // Once per box, for as long as it lives: the links of whatever the box shows ask first.
      wireCardLinks(root, setPendingLink);
    }
    const resolve = (name: string) => assets.media.get(name);
    const night = window.matchMedia?.('(prefers-color-scheme: dark)').matches ? ['nightMode', 'night_mode'] : [];
    // The stylesheet goes in as text and the card as sanitized markup, separately: CSS never
    // becomes markup, so no "</style>" trick in a note type can smuggle elements in.
    const style = document.createElement('style');
    style.textContent = `${BASE_CARD_CSS}${card.styleId ? '' : DEFAULT_NOTE_CSS}${containCardCss(sanitizeCardCss(assets.css, resolve))}`;
    const body = document.createElement('div');
    body.classList.add('card-root', ...night);
    body.innerHTML = sanitizeCardHtml(source, { resolveMedia: resolve });
    // Anki puts the night-mode classes on <body class="card">: here that is the card's wrapper.
    body.querySelector(':scope > .card')?.classList.add(...night);
    if (notes) {
      const notesBox = document.createElement('div');
      notesBox.className = 'card-notes';
      notesBox.innerHTML = sanitizeCardHtml(notes, { resolveMedia: resolve });
      body.append(notesBox);
    }
    root.replaceChildren(style, body);
    drawOcclusions(body, side);
    const state = typeInRef.current;
    const box = placeTypeIn(
      body,
      side,
      state && {
        get value() {
          return typeInRef.current?.value ?? '';
        },
        onChange: (value) => typeInRef.current?.onChange(value),
        onSubmit: () => typeInRef.current?.onSubmit(),
      },
    );
    box?.focus({ preventScroll: true });
  }, [assets, key, typed]);

  return (
    <>
      <div ref={host} class={`card-content card-${side} card-html`} aria-busy={!assets || assets.key !== key} />
      {pendingLink !== null ? <LinkConfirm href={pendingLink} onClose={() => setPendingLink(null)} /> : null}
    </>
  );
}
