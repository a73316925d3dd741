/**
 * The one DOMPurify seam: every HTML card side passes through sanitizeCardHtml before it is
 * shown. Imported decks are untrusted (shared Anki decks carry <script>, trackers, remote
 * images), so the policy is an allowlist of formatting, and nothing is fetched from another
 * origin: media resolve to files in the media store, or become a small placeholder.
 */
import DOMPurify from 'dompurify';

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

// Style declarations we keep; anything else (position, url(), behaviors) is dropped.
const SAFE_CSS_PROPERTIES = new Set([
  'color',
  'background-color',
  'font-weight',
  'font-style',
  'font-size',
  'font-family',
  'font-variant',
  'text-decoration',
  'text-decoration-line',
  'text-align',
  'vertical-align',
  'text-transform',
  'line-height',
  'white-space',
  'direction',
  'unicode-bidi',
  'margin',
  'margin-top',
  'margin-bottom',
  'margin-left',
  'margin-right',
  'padding',
  'padding-top',
  'padding-bottom',
  'padding-left',
  'padding-right',
  'border',
  'border-top',
  'border-bottom',
  'border-left',
  'border-right',
  'border-color',
  'border-style',
  'border-width',
  'border-collapse',
  'border-radius',
  'width',
  'max-width',
  'height',
  'list-style-type',
]);
const UNSAFE_CSS_VALUE = /url\s*\(|image-set|expression\s*\(|@import|javascript:|\\|[<>]/i;

const IMAGE_DATA_URI = /^data:image\/(?:png|jpe?g|gif|webp|avif|bmp);/i;
const AV_DATA_URI = /^data:(?:audio|video)\/[a-z0-9.+-]+;/i;
// A scheme ("http:", "javascript:") or a protocol-relative "//host" means another origin.
const ABSOLUTE_URL = /^(?:[a-z][a-z0-9+.-]*:|\/\/|\\\\)/i;
const SOUND_TAG = /\[sound:([^\]]+)\]/g;

let purifier: ReturnType<typeof DOMPurify> | undefined;

function keepSafeDeclarations(style: string): string {
  return style
    .split(';')
    .map((declaration) => declaration.trim())
    .filter((declaration) => {
      const colon = declaration.indexOf(':');
      if (colon <= 0) return false;
      const property = declaration.slice(0, colon).trim().toLowerCase();
      return SAFE_CSS_PROPERTIES.has(property) && !UNSAFE_CSS_VALUE.test(declaration.slice(colon + 1));
    })
    .join('; ');
}

function getPurifier(): ReturnType<typeof DOMPurify> {
  if (purifier) return purifier;
  if (typeof window === 'undefined') throw new Error('sanitizeCardHtml needs a DOM (the page, or happy-dom in tests)');
  const instance = DOMPurify(window);
  instance.addHook('uponSanitizeAttribute', (_node, data) => {
    if (data.attrName === 'style') {
      const safe = keepSafeDeclarations(data.attrValue);
      if (safe === '') data.keepAttr = false;
      else data.attrValue = safe;
    }
  });
  instance.addHook('afterSanitizeAttributes', (node) => {
    if (node.nodeName === 'A') {
      const href = node.getAttribute('href') ?? '';
      // Links open outside the app; only web and mail links are kept.
      if (!/^(?:https?:|mailto:)/i.test(href.trim())) node.removeAttribute('href');
      else {
        node.setAttribute('target', '_blank');
        node.setAttribute('rel', 'noopener noreferrer');
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

function resolveMediaElements(root: DocumentFragment, resolveMedia: SanitizeOptions['resolveMedia']): void {
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

/**
 * Makes untrusted card HTML safe to insert: no scripts, handlers, frames, forms or remote
 * loads; formatting kept; `[sound:x]` and media resolved through `resolveMedia` or shown as a
 * `<span class="media-missing" role="img">` placeholder.
 */
export function sanitizeCardHtml(html: string, options: SanitizeOptions = {}): string {
  const purify = getPurifier();
  const withSounds = html.replace(
    SOUND_TAG,
    (_whole, name: string) => `<audio src="${escapeAttribute(name.trim())}"></audio>`,
  );
  const fragment = purify.sanitize(withSounds, {
    ALLOWED_TAGS,
    ALLOWED_ATTR,
    ALLOW_DATA_ATTR: true,
    ALLOW_UNKNOWN_PROTOCOLS: false,
    RETURN_DOM_FRAGMENT: true,
  });
  resolveMediaElements(fragment, options.resolveMedia);
  const container = fragment.ownerDocument.createElement('div');
  container.append(fragment);
  return container.innerHTML;
}
