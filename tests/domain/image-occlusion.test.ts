import { describe, expect, it } from 'vitest';
import { renderAnkiCard, type AnkiCardContext } from '../../src/domain/anki-template';
import {
  parseOcclusionText,
  planOcclusionMarks,
  readOcclusionShape,
  type OcclusionRole,
} from '../../src/domain/image-occlusion';
import { IO_FIELDS, IO_TEMPLATES, occlusionField } from '../fixtures/image-occlusion';

function ioCard(ord: number, hideAll: boolean): AnkiCardContext {
  const values = [occlusionField(hideAll), '<img src="heart.png">', 'The heart', 'Back extra', ''];
  return {
    fields: IO_FIELDS.map((name, i) => [name, values[i]!] as const),
    cardOrd: ord,
    isCloze: true,
    deckName: 'Anatomy',
    tags: [],
    noteTypeName: 'Image Occlusion',
    templateName: 'Image Occlusion',
    flags: 0,
    cardId: '1',
  };
}

/** The shape divs of rendered HTML, as [class, data-ordinal, data-shape]. */
function shapeDivs(html: string): string[][] {
  return [...html.matchAll(/<div class="([\w-]+)" data-ordinal="([\d,]+)" data-shape="(\w+)"/g)].map((m) => [
    m[1]!,
    m[2]!,
    m[3]!,
  ]);
}

describe('Image Occlusion cards (Anki cloze.rs + imageocclusion.rs)', () => {
  it('renders each shape as a div with its data, never as raw "image-occlusion:" text', () => {
    const { question, answer, problem } = renderAnkiCard(IO_TEMPLATES.qfmt, IO_TEMPLATES.afmt, ioCard(0, false));
    expect(problem).toBeNull();
    expect(question + answer).not.toContain('image-occlusion:');
    expect(question).toContain(
      '<div class="cloze" data-ordinal="1" data-shape="rect" data-left=".1" data-top=".1" data-width=".3" data-height=".2"></div>',
    );
    expect(shapeDivs(question)).toEqual([
      ['cloze', '1', 'rect'],
      ['cloze-inactive', '2', 'ellipse'],
      ['cloze-inactive', '3', 'polygon'],
      ['cloze', '0', 'text'],
    ]);
    // The answer reveals the card's own shape: it becomes a highlight.
    expect(shapeDivs(answer).slice(0, 4)).toEqual([
      ['cloze-highlight', '1', 'rect'],
      ['cloze-inactive', '2', 'ellipse'],
      ['cloze-inactive', '3', 'polygon'],
      ['cloze', '0', 'text'],
    ]);
    expect(question).toContain('data-text="Label: one"');
    expect(question).toContain('data-font-size=".08"');
  });

  it('makes one card per shape number, each with its own shape active', () => {
    const second = renderAnkiCard(IO_TEMPLATES.qfmt, IO_TEMPLATES.afmt, ioCard(1, true)).question;
    expect(shapeDivs(second).map(([cls, ord]) => `${cls}:${ord}`)).toEqual([
      'cloze-inactive:1',
      'cloze:2',
      'cloze-inactive:3',
      'cloze:0',
    ]);
    expect(second).toContain('data-occludeinactive="1"');
  });

  it('parses properties as Anki does: escaped colons, empty values, unknown names', () => {
    expect(parseOcclusionText('text:left=10:text=foo\\:bar:top=:x=1')).toEqual({
      shape: 'text',
      properties: [
        ['left', '10'],
        ['text', 'foo:bar'],
        ['top', ''],
        ['x', '1'],
      ],
    });
    expect(parseOcclusionText('garbage')).toBeNull();
  });
});

describe('planning the masks', () => {
  const size = { width: 200, height: 100 };
  const shape = (data: Record<string, string>) => readOcclusionShape(data)!;
  const rect = shape({ shape: 'rect', left: '.1', top: '.1', width: '.3', height: '.2' });
  const rectHideAll = shape({ shape: 'rect', left: '.5', top: '.5', width: '.1', height: '.1', occludeinactive: '1' });
  const plan = (roles: Array<[OcclusionRole, typeof rect]>) =>
    planOcclusionMarks(
      roles.map(([role, s]) => ({ role, shape: s })),
      size,
    );

  it('draws the active shape in image pixels, and the others only in "hide all, guess one" mode', () => {
    expect(plan([['active', rect]])).toEqual([
      { kind: 'rect', role: 'active', x: 20, y: 10, width: 60, height: 20, rotate: '' },
    ]);
    const hideOne = shape({ shape: 'rect', left: '.5', top: '.5', width: '.1', height: '.1' });
    expect(plan([['inactive', hideOne]])).toEqual([]);
    expect(plan([['inactive', rectHideAll]])).toHaveLength(1);
  });

  it('places ellipses by their box and polygons by their points, and rotates about the top-left corner', () => {
    const ellipse = shape({ shape: 'ellipse', left: '.5', top: '.5', rx: '.1', ry: '.2', angle: '30' });
    expect(plan([['active', ellipse]])).toEqual([
      { kind: 'ellipse', role: 'active', cx: 120, cy: 70, rx: 20, ry: 20, rotate: 'rotate(30 100 50)' },
    ]);
    const triangle = shape({ shape: 'polygon', left: '.6', top: '.1', points: '.6,.1 .9,.1 .75,.4' });
    expect(plan([['highlight', triangle]])).toEqual([
      { kind: 'polygon', role: 'highlight', points: '120,10 180,10 150,40', rotate: '' },
    ]);
  });

  it('reads shapes stored in pixels (before Anki normalized them) as pixels', () => {
    const old = shape({ shape: 'rect', left: '40', top: '10', width: '30', height: '20' });
    expect(plan([['active', old]])).toMatchObject([{ x: 40, y: 10, width: 30, height: 20 }]);
  });

  it('sizes a text label from its font size (a fraction of the image height)', () => {
    const label = shape({ shape: 'text', left: '.1', top: '.8', text: 'Two\nlines', fontSize: '.1', scale: '2' });
    expect(plan([['active', label]])).toMatchObject([
      { kind: 'text', x: 20, y: 80, fontSize: 20, lines: ['Two', 'lines'] },
    ]);
  });

  it('refuses shapes it cannot draw', () => {
    expect(readOcclusionShape({ shape: 'star' })).toBeNull();
    expect(readOcclusionShape({ shape: 'polygon', points: '1,1 2,2' })).toBeNull();
    expect(readOcclusionShape({ shape: 'text', text: '' })).toBeNull();
  });
});
