/**
 * Anki's Image Occlusion (its stock note type since 23.10): each cloze of the "Occlusion" field
 * holds a shape, `{{c1::image-occlusion:rect:left=.1167:top=.1115:width=.2:height=.1:oi=1}}`.
 * The cloze filter turns each into an empty `<div class="cloze|cloze-inactive|cloze-highlight"
 * data-shape=... data-left=...>` (rslib cloze.rs, imageocclusion.rs); Anki's reviewer script
 * then draws them on a canvas over the image. Here the divs are made the same way, and the
 * drawing is planned as plain data (no script, no DOM) for the card view to draw as SVG.
 */

export type OcclusionShapeKind = 'rect' | 'ellipse' | 'polygon' | 'text';

/** How a shape is drawn: the card's own masks, the other cards' masks, or the revealed answer. */
export type OcclusionRole = 'active' | 'inactive' | 'highlight';

export interface OcclusionShape {
  kind: OcclusionShapeKind;
  /** Normalized (0-1 of the image) unless `absolute`. */
  left: number;
  top: number;
  width: number;
  height: number;
  rx: number;
  ry: number;
  points: Array<{ x: number; y: number }>;
  text: string;
  scale: number;
  /** Normalized font size (of the image height); 0 when the note gives none. */
  fontSize: number;
  /** Degrees, clockwise, about the shape's top-left corner. */
  angle: number;
  /** "Hide all, guess one": the shape is masked on the other cards too. */
  occludeInactive: boolean;
}

const KINDS: readonly string[] = ['rect', 'ellipse', 'polygon', 'text'];

function escapeAttribute(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Splits on each `:` not escaped as `\:` (an even run of backslashes before it pairs off). */
function splitOnUnescapedColon(text: string): string[] {
  const parts: string[] = [];
  let start = 0;
  for (let i = 0; i < text.length; i += 1) {
    if (text[i] !== ':') continue;
    let backslashes = 0;
    for (let j = i - 1; j >= 0 && text[j] === '\\'; j -= 1) backslashes += 1;
    if (backslashes % 2 === 0) {
      parts.push(text.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(text.slice(start));
  return parts;
}

/** "rect:left=.1:top=.2" -> the shape name and its `name=value` properties, as Anki parses them. */
export function parseOcclusionText(text: string): { shape: string; properties: Array<[string, string]> } | null {
  const colon = text.indexOf(':');
  if (colon < 0) return null;
  const properties: Array<[string, string]> = [];
  for (const part of splitOnUnescapedColon(text.slice(colon + 1))) {
    const eq = part.indexOf('=');
    if (eq < 0) continue;
    properties.push([part.slice(0, eq), part.slice(eq + 1).replace(/\\:/g, ':')]);
  }
  return { shape: text.slice(0, colon), properties };
}

const isEmptyOrZero = (value: string): boolean => value === '' || value === '0';

/** The data attributes Anki gives an occlusion's div (imageocclusion.rs, get_image_cloze_data). */
function occlusionAttributes(text: string): string {
  const parsed = parseOcclusionText(text);
  if (!parsed) return '';
  const out: string[] = [];
  if (KINDS.includes(parsed.shape)) out.push(`data-shape="${parsed.shape}"`);
  for (const [name, value] of parsed.properties) {
    switch (name) {
      case 'left':
      case 'top':
      case 'angle':
      case 'fill':
      case 'text':
        if (value !== '') out.push(`data-${name}="${escapeAttribute(value)}"`);
        break;
      case 'width':
      case 'height':
      case 'rx':
      case 'ry':
      case 'scale':
        if (!isEmptyOrZero(value)) out.push(`data-${name}="${escapeAttribute(value)}"`);
        break;
      case 'points': {
        const points = value
          .split(' ')
          .filter((pair) => pair.includes(','))
          .join(' ');
        if (points !== '') out.push(`data-points="${escapeAttribute(points)}"`);
        break;
      }
      case 'oi':
        if (value !== '') out.push(`data-occludeinactive="${escapeAttribute(value)}"`);
        break;
      case 'fs':
        if (value !== '') out.push(`data-font-size="${escapeAttribute(value)}"`);
        break;
    }
  }
  return out.join(' ');
}

/**
 * The cloze filter's output for an image-occlusion cloze (rslib cloze.rs,
 * render_image_occlusion): the card's own shapes on the question, the others, and on the
 * answer the card's shapes as highlights. Shapes numbered 0 (labels) show on every card.
 */
export function renderOcclusionCloze(text: string, ordinals: readonly number[], question: boolean, active: boolean) {
  const cls = (question && active) || ordinals.includes(0) ? 'cloze' : !active ? 'cloze-inactive' : 'cloze-highlight';
  return `<div class="${cls}" data-ordinal="${ordinals.join(',')}" ${occlusionAttributes(text)}></div>`;
}

function toNumber(value: string | undefined, fallback = 0): number {
  const n = value === undefined || value.trim() === '' ? Number.NaN : Number(value);
  return Number.isFinite(n) ? n : fallback;
}

/**
 * A shape from its div's data attributes (`data-shape`, `data-left`, ...), as Anki's reviewer
 * reads them; null for an unknown or unusable shape. Numbers that are not numbers become 0.
 */
export function readOcclusionShape(data: Readonly<Record<string, string | undefined>>): OcclusionShape | null {
  const kind = data.shape;
  if (kind === undefined || !KINDS.includes(kind)) return null;
  const points =
    kind === 'polygon'
      ? (data.points ?? '')
          .split(' ')
          .map((pair) => pair.split(','))
          .filter((xy) => xy.length === 2)
          .map(([x, y]) => ({ x: toNumber(x), y: toNumber(y) }))
      : [];
  if (kind === 'polygon' && points.length < 3) return null;
  const shape: OcclusionShape = {
    kind: kind as OcclusionShapeKind,
    left: toNumber(data.left),
    top: toNumber(data.top),
    width: Math.max(0, toNumber(data.width)),
    height: Math.max(0, toNumber(data.height)),
    rx: Math.max(0, toNumber(data.rx)),
    ry: Math.max(0, toNumber(data.ry)),
    points,
    text: data.text ?? '',
    scale: toNumber(data.scale, 1) || 1,
    fontSize: Math.max(0, toNumber(data.fontSize)),
    angle: toNumber(data.angle),
    occludeInactive: data.occludeinactive === '1',
  };
  if (kind === 'text' && shape.text === '') return null;
  return shape;
}

/** One thing to draw over the image, in the image's own pixels. */
export type OcclusionMark =
  | { kind: 'rect'; role: OcclusionRole; x: number; y: number; width: number; height: number; rotate: string }
  | { kind: 'ellipse'; role: OcclusionRole; cx: number; cy: number; rx: number; ry: number; rotate: string }
  | { kind: 'polygon'; role: OcclusionRole; points: string; rotate: string }
  | {
      kind: 'text';
      role: OcclusionRole;
      x: number;
      y: number;
      fontSize: number;
      lines: string[];
      boxWidth: number;
      boxHeight: number;
      rotate: string;
    };

/** Anki's text label defaults (ts/routes/image-occlusion/tools/lib.ts). */
const TEXT_FONT_SIZE = 40;
const TEXT_PADDING = 5;

const round = (n: number): number => Math.round(n * 100) / 100;

/**
 * What to draw for the shapes a card shows, in image pixels (`size` is the image's natural
 * size): the card's own shapes and labels, the other cards' shapes only when they hide all
 * ("oi=1"), and the revealed shape's outline on the answer side.
 */
export function planOcclusionMarks(
  shapes: ReadonlyArray<{ role: OcclusionRole; shape: OcclusionShape }>,
  size: { width: number; height: number },
): OcclusionMark[] {
  const marks: OcclusionMark[] = [];
  for (const { role, shape } of shapes) {
    if (role === 'inactive' && !shape.occludeInactive) continue;
    // Shapes from before Anki normalized them (23.10 betas) are in pixels already.
    const pixels = [shape.left, shape.top, shape.width, shape.height, ...shape.points.flatMap((p) => [p.x, p.y])].some(
      (n) => n > 1.5,
    );
    const sx = pixels ? 1 : size.width;
    const sy = pixels ? 1 : size.height;
    const x = round(shape.left * sx);
    const y = round(shape.top * sy);
    const rotate = shape.angle ? `rotate(${round(shape.angle)} ${x} ${y})` : '';
    switch (shape.kind) {
      case 'rect':
        marks.push({
          kind: 'rect',
          role,
          x,
          y,
          width: round(shape.width * sx),
          height: round(shape.height * sy),
          rotate,
        });
        break;
      case 'ellipse': {
        const rx = round(shape.rx * sx);
        const ry = round(shape.ry * sy);
        marks.push({ kind: 'ellipse', role, cx: round(x + rx), cy: round(y + ry), rx, ry, rotate });
        break;
      }
      case 'polygon': {
        // Anki places the polygon so that its bounding box starts at left/top.
        const minX = Math.min(...shape.points.map((p) => p.x));
        const minY = Math.min(...shape.points.map((p) => p.y));
        const points = shape.points
          .map((p) => `${round((p.x - minX + shape.left) * sx)},${round((p.y - minY + shape.top) * sy)}`)
          .join(' ');
        marks.push({ kind: 'polygon', role, points, rotate });
        break;
      }
      case 'text': {
        const fontSize = round(
          (shape.fontSize ? shape.fontSize * (pixels ? 1 : size.height) : TEXT_FONT_SIZE) * shape.scale,
        );
        const lines = shape.text.split('\n');
        const longest = Math.max(...lines.map((line) => line.length));
        // No text measuring without a DOM: an average glyph is about 0.6em wide in Arial.
        marks.push({
          kind: 'text',
          role,
          x,
          y,
          fontSize,
          lines,
          boxWidth: round(longest * fontSize * 0.6 + TEXT_PADDING),
          boxHeight: round(lines.length * fontSize * 1.2 + TEXT_PADDING),
          rotate,
        });
        break;
      }
    }
  }
  return marks;
}
