/**
 * The one DOMPurify seam: every HTML card side passes through sanitizeCardHtml before it is
 * shown. Imported decks are untrusted (shared Anki decks carry <script>, trackers, remote
 * images), so the policy is an allowlist of formatting, and nothing is fetched from another
 * origin: media resolve to files in the media store, or become a small placeholder.
 *
 * Markup is parsed in an inert document (no browsing context, never the live page), so a
 * deck's `<base>`, inline handlers and `javascript:` URLs are gone before the page ever parses
 * anything: the page's Content-Security-Policy has nothing to block and nothing to report.
 */
import DOMPurify from 'dompurify';
import { keepCardInlineStyle } from './card-style-policy';

export interface SanitizeOptions {
  /** Media store lookup: a file name in the card's package -> a URL to show it (blob:), or undefined. */
  resolveMedia?: (name: string) => string | undefined;
}

const ALLOWED_TAGS = [
  'a',
  'abbr',
  'b',
  'big',
  'blockquote',
  'br',
  'caption',
  'center',
  'cite',
  'code',
  'col',
  'colgroup',
  'dd',
  'del',
  'details',
  'div',
  'dl',
  'dt',
  'em',
  'figcaption',
  'figure',
  'font',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'hr',
  'i',
  'ins',
  'kbd',
  'li',
  'mark',
  'ol',
  'p',
  'pre',
  'q',
  'rp',
  'rt',
  'ruby',
  's',
  'samp',
  'small',
  'span',
  'strike',
  'strong',
  'sub',
  'summary',
  'sup',
  'table',
  'tbody',
  'td',
  'tfoot',
  'th',
  'thead',
  'tr',
  'u',
  'ul',
  'var',
  'wbr',
  // Media: their sources are checked and resolved below.
  'img',
  'audio',
  'video',
  'source',
];

const ALLOWED_ATTR = [
  'class',
  // Templates' own CSS uses ids (#typeans, #image-occlusion-container); the card's shadow root
  // keeps them from meeting the app's.
  'id',
  'title',
  'alt',
  'src',
  'href',
  'colspan',
  'rowspan',
  'align',
  'valign',
  'dir',
  'lang',
  'color',
  'face',
  'size',
  'style',
  'width',
  'height',
  'start',
  'type',
  'reversed',
  'open',
  'controls',
];

const IMAGE_DATA_URI = /^data:image\/(?:png|jpe?g|gif|webp|avif|bmp);/i;
const AV_DATA_URI = /^data:(?:audio|video)\/[a-z0-9.+-]+;/i;
// A scheme ("http:", "javascript:") or a protocol-relative "//host" means another origin.
const ABSOLUTE_URL = /^(?:[a-z][a-z0-9+.-]*:|\/\/|\\\\)/i;
const SOUND_TAG = /\[sound:([^\]]+)\]/g;

let purifier: ReturnType<typeof DOMPurify> | undefined;

function getPurifier(): ReturnType<typeof DOMPurify> {
  if (purifier) return purifier;
  if (typeof window === 'undefined') throw new Error('sanitizeCardHtml needs a DOM (the page, or happy-dom in tests)');
  const instance = DOMPurify(window);
  instance.addHook('uponSanitizeAttribute', (_node, data) => {
    if (data.attrName === 'style') {
      const safe = keepCardInlineStyle(data.attrValue);
      if (safe === '') data.keepAttr = false;
      else data.attrValue = safe;
    }
  });
  instance.addHook('afterSanitizeAttributes', (node) => {
    if (node.nodeName === 'A') {
      const href = (node.getAttribute('href') ?? '').trim();
      node.removeAttribute('href');
      // Only web and mail links are kept, and none is a native link: a card could otherwise
      // dress one up as a button of the app. The card opens it after the user has seen the
      // address and confirmed (CardContent), never on a tap alone.
      if (/^(?:https?:|mailto:)/i.test(href)) {
        node.setAttribute('data-href', href);
        node.setAttribute('role', 'link');
        node.setAttribute('tabindex', '0');
      }
    }
  });
  purifier = instance;
  return instance;
}

function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function createPlaceholder(
  doc: Document,
  kind: 'image' | 'sound' | 'video',
  name: string,
  external: boolean,
): HTMLElement {
  const span = doc.createElement('span');
  span.className = 'media-missing';
  span.setAttribute('role', 'img');
  const label = external ? `${kind} from another site not loaded: ${name}` : `missing ${kind}: ${name}`;
  span.setAttribute('aria-label', label);
  span.setAttribute('title', label);
  span.textContent = `[${name}]`;
  return span;
}

function lookUp(name: string, resolveMedia: SanitizeOptions['resolveMedia']): string | undefined {
  if (!resolveMedia || name === '') return undefined;
  const direct = resolveMedia(name);
  if (direct !== undefined) return direct;
  // Some tools store names percent-encoded (guide §3.4): try the decoded name too.
  try {
    const decoded = decodeURIComponent(name);
    return decoded === name ? undefined : resolveMedia(decoded);
  } catch {
    return undefined;
  }
}

/** Resolves a media source: a URL to use, or why it cannot be shown. */
function resolveSource(
  src: string,
  dataUri: RegExp,
  resolveMedia: SanitizeOptions['resolveMedia'],
): { url: string } | { external: boolean } {
  const value = src.trim();
  if (dataUri.test(value)) return { url: value };
  if (ABSOLUTE_URL.test(value)) return { external: true };
  const url = lookUp(value, resolveMedia);
  return url === undefined ? { external: false } : { url };
}

function resolveMediaElements(root: Element, resolveMedia: SanitizeOptions['resolveMedia']): void {
  const doc = root.ownerDocument;
  for (const img of Array.from(root.querySelectorAll('img'))) {
    const src = img.getAttribute('src') ?? '';
    const result = resolveSource(src, IMAGE_DATA_URI, resolveMedia);
    if ('url' in result) img.setAttribute('src', result.url);
    else
      img.replaceWith(
        createPlaceholder(doc, 'image', src.trim() || img.getAttribute('alt') || 'image', result.external),
      );
  }
  for (const media of Array.from(root.querySelectorAll('audio, video'))) {
    const kind = media.nodeName === 'VIDEO' ? 'video' : 'sound';
    const sources = [media, ...Array.from(media.querySelectorAll('source'))].filter((el) => el.hasAttribute('src'));
    let playable = 0;
    let firstName = '';
    let external = false;
    for (const el of sources) {
      const src = el.getAttribute('src') ?? '';
      firstName ||= src.trim();
      const result = resolveSource(src, AV_DATA_URI, resolveMedia);
      if ('url' in result) {
        el.setAttribute('src', result.url);
        playable += 1;
      } else {
        external ||= result.external;
        if (el === media) el.removeAttribute('src');
        else el.remove();
      }
    }
    if (playable === 0) {
      media.replaceWith(createPlaceholder(doc, kind, firstName || kind, external));
      continue;
    }
    media.setAttribute('controls', '');
    media.setAttribute('preload', 'none');
  }
  // A <source> outside audio/video means nothing.
  for (const source of Array.from(root.querySelectorAll('source'))) {
    if (!source.parentElement || !/^(AUDIO|VIDEO)$/.test(source.parentElement.nodeName)) source.remove();
  }
}

let inertDocument: Document | undefined;

/** A document with no browsing context: what is parsed in it never loads, runs or reports. */
function getInertDocument(): Document {
  inertDocument ??= document.implementation.createHTMLDocument('');
  return inertDocument;
}

/**
 * Makes untrusted card HTML safe to insert: no scripts, handlers, frames, forms or remote
 * loads; formatting kept; `[sound:x]` and media resolved through `resolveMedia` or shown as a
 * `<span class="media-missing" role="img">` placeholder; links kept as `data-href` for the
 * card to open after a confirmation.
 */
export function sanitizeCardHtml(html: string, options: SanitizeOptions = {}): string {
  const purify = getPurifier();
  const withSounds = html.replace(
    SOUND_TAG,
    (_whole, name: string) => `<audio src="${escapeAttribute(name.trim())}"></audio>`,
  );
  // Parsed into a detached element of the inert document and cleaned where it stands: the
  // live page never sees the untrusted markup, only the clean serialization below.
  const root = getInertDocument().createElement('div');
  root.innerHTML = withSounds;
  purify.sanitize(root, {
    ALLOWED_TAGS,
    ALLOWED_ATTR,
    ALLOW_DATA_ATTR: true,
    ALLOW_UNKNOWN_PROTOCOLS: false,
    // A template's buttons (Anki's "Toggle Masks") do nothing here: their label would only be stray text.
    ADD_FORBID_CONTENTS: ['button'],
    IN_PLACE: true,
  });
  resolveMediaElements(root, options.resolveMedia);
  return root.innerHTML;
}
