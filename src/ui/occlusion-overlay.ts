/**
 * Draws an Image Occlusion card's masks: the shape divs the renderer left in the card
 * (image-occlusion.ts) become an SVG laid over the image, inside the card's shadow root and
 * without any script from the deck. The image stays hidden until its masks are on it, so the
 * answer never shows for a frame.
 */
import {
  planOcclusionMarks,
  readOcclusionShape,
  type OcclusionMark,
  type OcclusionRole,
} from '../domain/image-occlusion';

const SVG = 'http://www.w3.org/2000/svg';

/** The card's CSS for the masks: colours from the note type's variables, as Anki's reviewer reads them. */
export const OCCLUSION_CSS =
  '#image-occlusion-container{position:relative;display:inline-block;max-width:100%;line-height:0}' +
  '#image-occlusion-container img{display:block;max-width:100%;height:auto}' +
  '.io-pending img{visibility:hidden}' +
  '.io-overlay{position:absolute;inset:0;width:100%;height:100%;pointer-events:none}' +
  '.io-masks-hidden .io-overlay{display:none}' +
  '.io-overlay .io-mask{vector-effect:non-scaling-stroke;stroke-width:1px}' +
  '.io-active{fill:var(--active-shape-color,#ff8e8e);stroke:#212121}' +
  '.io-inactive{fill:var(--inactive-shape-color,#ffeba2);stroke:#212121}' +
  '.io-highlight{fill:var(--highlight-shape-color,#ff8e8e00);stroke:#ff8e8e;stroke-width:2px}' +
  '.io-label rect{fill:#fff}.io-label text{fill:#000;font-family:Arial,sans-serif}' +
  '.io-toggle{margin:.5em auto;font:inherit;min-height:44px;padding:0 1em;border-radius:8px;border:1px solid currentColor;background:transparent;color:inherit}' +
  '.io-missing{line-height:1.4;padding:1em}';

const CLASS_ROLES: Array<[string, OcclusionRole]> = [
  ['cloze', 'active'],
  ['cloze-inactive', 'inactive'],
  ['cloze-highlight', 'highlight'],
];

function readShapes(
  root: ParentNode,
): Array<{ role: OcclusionRole; shape: NonNullable<ReturnType<typeof readOcclusionShape>> }> {
  const out = [];
  for (const div of Array.from(root.querySelectorAll<HTMLElement>('[data-shape]'))) {
    const role = CLASS_ROLES.find(([cls]) => div.classList.contains(cls))?.[1];
    const shape = role ? readOcclusionShape({ ...div.dataset }) : null;
    if (role && shape) out.push({ role, shape });
  }
  return out;
}

function svgElement(doc: Document, name: string, attributes: Record<string, string | number>): SVGElement {
  const el = doc.createElementNS(SVG, name);
  for (const [key, value] of Object.entries(attributes)) if (value !== '') el.setAttribute(key, String(value));
  return el;
}

function drawMark(doc: Document, mark: OcclusionMark): SVGElement {
  const common = { class: `io-mask io-${mark.role}`, 'data-role': mark.role, transform: mark.rotate };
  switch (mark.kind) {
    case 'rect':
      return svgElement(doc, 'rect', { ...common, x: mark.x, y: mark.y, width: mark.width, height: mark.height });
    case 'ellipse':
      return svgElement(doc, 'ellipse', { ...common, cx: mark.cx, cy: mark.cy, rx: mark.rx, ry: mark.ry });
    case 'polygon':
      return svgElement(doc, 'polygon', { ...common, points: mark.points });
    case 'text': {
      const group = svgElement(doc, 'g', { class: 'io-label', transform: mark.rotate });
      group.append(svgElement(doc, 'rect', { x: mark.x, y: mark.y, width: mark.boxWidth, height: mark.boxHeight }));
      const text = svgElement(doc, 'text', { x: mark.x + 2, y: mark.y, 'font-size': mark.fontSize });
      mark.lines.forEach((line, i) => {
        const span = svgElement(doc, 'tspan', { x: mark.x + 2, dy: i === 0 ? mark.fontSize : mark.fontSize * 1.2 });
        span.textContent = line;
        text.append(span);
      });
      group.append(text);
      return group;
    }
  }
}

/** The element the masks go over: Anki's container, or (custom templates) the first image's own wrapper. */
function findContainer(root: HTMLElement): HTMLElement | null {
  const container = root.querySelector<HTMLElement>('#image-occlusion-container');
  if (container) return container;
  const img = root.querySelector('img');
  if (!img) return null;
  const wrapper = root.ownerDocument.createElement('div');
  wrapper.id = 'image-occlusion-container';
  img.replaceWith(wrapper);
  wrapper.append(img);
  return wrapper;
}

/**
 * Draws the masks of an Image Occlusion card inside `root` (the card's root element in its
 * shadow root). Does nothing on a card without occlusion shapes. On the answer side, a
 * "Toggle masks" button shows the whole image when the other shapes stay hidden.
 */
export function drawOcclusions(root: HTMLElement, side: 'front' | 'back'): void {
  const shapes = readShapes(root);
  if (shapes.length === 0) return;
  const doc = root.ownerDocument;
  const container = findContainer(root);
  const img = container?.querySelector('img');
  if (!container || !img) {
    const notice = doc.createElement('p');
    notice.className = 'io-missing';
    notice.textContent = 'The image of this occlusion card is missing.';
    (container ?? root).append(notice);
    return;
  }
  container.classList.add('io-pending');
  const draw = (): void => {
    const size = { width: img.naturalWidth || 1, height: img.naturalHeight || 1 };
    const svg = svgElement(doc, 'svg', {
      class: 'io-overlay',
      // The note type's colour variables are set on Anki's canvas id.
      id: 'image-occlusion-canvas',
      viewBox: `0 0 ${size.width} ${size.height}`,
      preserveAspectRatio: 'none',
      'aria-hidden': 'true',
    });
    for (const mark of planOcclusionMarks(shapes, size)) svg.append(drawMark(doc, mark));
    container.querySelector('.io-overlay')?.remove();
    container.append(svg);
    container.classList.remove('io-pending');
  };
  if (img.complete && img.naturalWidth > 0) draw();
  else {
    img.addEventListener('load', draw, { once: true });
    img.addEventListener('error', () => container.classList.remove('io-pending'), { once: true });
  }
  if (side === 'back' && shapes.some(({ role, shape }) => role === 'inactive' && shape.occludeInactive)) {
    const toggle = doc.createElement('button');
    toggle.type = 'button';
    toggle.className = 'io-toggle';
    toggle.textContent = 'Toggle masks';
    toggle.setAttribute('aria-pressed', 'false');
    toggle.addEventListener('click', () => {
      const hidden = container.classList.toggle('io-masks-hidden');
      toggle.setAttribute('aria-pressed', String(hidden));
    });
    container.after(toggle);
  }
}
