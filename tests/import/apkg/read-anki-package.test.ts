import { beforeAll, describe, expect, it } from 'vitest';
import { ImportError } from '../../../src/domain/import-error';
import { CardState, type MediaBytes } from '../../../src/domain/model';
import type { ImportBundle, ImportedCard } from '../../../src/domain/import-bundle';
import { readAnkiPackage } from '../../../src/import/apkg/read-anki-package';
import { buildPackage, type Generation } from './fixtures/build-package';
import { GUIDS, MP3, NFD_NAME, NOW, PNG, sampleCollection } from './fixtures/sample-collection';

const DAY = 86_400_000;

function allCards(bundle: ImportBundle): ImportedCard[] {
  return bundle.decks.flatMap((d) => d.cards);
}

function card(bundle: ImportBundle, guid: string, ord: number): ImportedCard {
  const found = allCards(bundle).find((c) => c.key === `${guid}:${ord}`);
  if (!found) throw new Error(`no card ${guid}:${ord}`);
  return found;
}

async function bytesOf(data: MediaBytes): Promise<Uint8Array> {
  return new Uint8Array(await data.blob.slice(data.offset, data.offset + data.size).arrayBuffer());
}

const generations: Array<[Generation, string, { deflateAll?: boolean }]> = [
  ['legacy1', 'only collection.anki2 (schema 11)', {}],
  ['legacy2', 'collection.anki21 without meta, beside a dummy collection.anki2', {}],
  ['legacy2-meta', 'meta 2 with collection.anki21', {}],
  ['latest', 'meta 3 with zstd collection.anki21b (schema 18) and protobuf media map', {}],
  ['latest', 'meta 3, every member deflated by a re-zipping tool', { deflateAll: true }],
];

describe.each(generations)('reading a %s package: %s', (generation, _label, options) => {
  let bundle: ImportBundle;
  beforeAll(async () => {
    const bytes = await buildPackage(sampleCollection(), generation, options);
    bundle = await readAnkiPackage(bytes, 'ops.apkg', { now: NOW });
  });

  it('imports every card of the cards table once, with a stable global id, and never the dummy note', () => {
    const cards = allCards(bundle);
    expect(cards).toHaveLength(sampleCollection().cards.length);
    expect(new Set(cards.map((c) => c.id)).size).toBe(cards.length);
    expect(card(bundle, GUIDS.basic, 0).id).toBe(`anki:${GUIDS.basic}:0`);
    expect(JSON.stringify(bundle.decks)).not.toContain('Please update to the latest Anki version');
    expect(bundle.kind).toBe('apkg');
  });

  it('keeps subdecks as Parent::Child and files a filtered-deck card under its home deck', () => {
    expect(bundle.decks.map((d) => d.name).sort()).toEqual(['Product Ops', 'Product Ops::Metrics']);
    const metrics = bundle.decks.find((d) => d.name === 'Product Ops::Metrics')!;
    expect(metrics.description).toBe('KPIs and SLAs');
    expect(metrics.cards.map((c) => c.key)).toContain(`${GUIDS.typeIn}:0`);
  });

  it('renders the question and answer as Anki shows them, with special fields and conditionals', () => {
    const front = card(bundle, GUIDS.basic, 0);
    expect(front.format).toBe('html');
    expect(front.front).toContain('What is an SLA?<img src="sla.png">');
    expect(front.front).toContain('<details class="hint"><summary>Extra</summary>Think contracts</details>');
    expect(front.front).toContain('Product Ops::Metrics|Metrics|ops sla|Basic (and reversed)|Card 1');
    expect(front.back).toContain('<hr id=answer>Service level agreement [sound:sla.mp3]');
    expect(front.front).toMatch(/^<div class="card card1">/);
    const reverse = card(bundle, GUIDS.basic, 1);
    expect(reverse.front).toMatch(/^<div class="card card2">Service level agreement/);
    expect(reverse.front).not.toContain('(no extra)');
    expect(card(bundle, GUIDS.learning, 0).tags).toEqual([]);
    expect(front.tags).toEqual(['ops', 'sla']);
  });

  it('renders each cloze card for its own number, c10 included', () => {
    const c1 = card(bundle, GUIDS.cloze, 0);
    expect(c1.front).toContain('<span class="cloze" data-cloze="North Star" data-ordinal="1">[metric]</span>');
    expect(c1.front).not.toContain('<i>second</i>');
    const c2 = card(bundle, GUIDS.cloze, 1);
    expect(c2.front).toContain('data-ordinal="2">[...]</span>');
    expect(c2.front).toContain('<i>second</i>');
    expect(c2.back).toContain(
      '<span class="cloze" data-ordinal="2">teams <span class="cloze-inactive" data-ordinal="3">daily</span></span>',
    );
    const c10 = card(bundle, GUIDS.cloze, 9);
    expect(c10.front).toContain('data-ordinal="10">[...]</span>');
    expect(c10.back).toContain('<span class="cloze" data-ordinal="10">OKRs</span>');
  });

  it('renders type: without raw syntax: a box on the front, a comparison with the answer on the back', () => {
    const typed = card(bundle, GUIDS.typeIn, 0);
    expect(typed.front + typed.back).not.toContain('[[type:');
    expect(typed.front).toContain('<div class="type-answer" data-type-answer="input"></div>');
    expect(typed.back).toContain('data-type-answer="compare" data-expected="Paris"');
  });

  it('imports a card with a broken template with a visible notice and a warning', () => {
    const broken = card(bundle, GUIDS.broken, 0);
    expect(broken.front).toContain('class="template-error"');
    expect(bundle.warnings.some((w) => w.location.includes('Broken') && /\{\{\/Back\}\}/.test(w.message))).toBe(true);
    expect(bundle.summary?.templateErrors).toBe(1);
  });

  it('links cards to their note type stylesheet and to the media scope of their package', () => {
    const front = card(bundle, GUIDS.basic, 0);
    const style = bundle.styles?.find((s) => s.id === front.styleId);
    expect(style?.css).toBe('.card { color: navy; }');
    expect(card(bundle, GUIDS.cloze, 0).styleId).not.toBe(front.styleId);
    const scopes = new Set(allCards(bundle).map((c) => c.mediaScope));
    expect(scopes.size).toBe(1);
    expect(new Set((bundle.media ?? []).map((m) => m.scope))).toEqual(scopes);
  });

  it('brings the media files by real name with their bytes and type, NFC-normalized', async () => {
    const media = bundle.media ?? [];
    const byName = new Map(media.map((m) => [m.name, m]));
    expect([...byName.keys()].sort()).toEqual(['_fonts.css', 'café.jpg', 'sla.mp3', 'sla.png']);
    expect(await bytesOf(byName.get('sla.png')!.data)).toEqual(PNG);
    expect(await bytesOf(byName.get('sla.mp3')!.data)).toEqual(MP3);
    expect(byName.get('sla.png')!.type).toBe('image/png');
    expect(byName.get('sla.mp3')!.type).toBe('audio/mpeg');
    expect(byName.has(NFD_NAME)).toBe(false);
  });

  it('warns about a referenced file missing from the package and an unsafe name, without failing', () => {
    expect(bundle.warnings.some((w) => w.location === 'media "missing.png"')).toBe(true);
    expect(bundle.warnings.some((w) => w.location.includes('../evil.png'))).toBe(true);
    expect(bundle.summary?.missingMedia).toBe(1);
  });

  it('brings progress: the reviewed card is in Review, due when Anki would show it, with its history', () => {
    const reviewed = card(bundle, GUIDS.basic, 0);
    expect(reviewed.schedule?.state).toBe(CardState.Review);
    // Due on day 106 of the collection: 6 days after NOW's day started.
    const due = reviewed.schedule!.due;
    expect(due).toBeGreaterThan(NOW + 5 * DAY);
    expect(due).toBeLessThan(NOW + 7 * DAY);
    expect(reviewed.schedule!.stability).toBeGreaterThan(5);
    expect(reviewed.schedule!.lastReview).toBe(reviewed.reviews!.at(-1)!.review);
    expect(reviewed.reviews).toHaveLength(4);
    expect(reviewed.reviews!.every((r) => r.origin === 'anki' && r.before === null)).toBe(true);
    expect(reviewed.reviews!.map((r) => r.rating)).toEqual([3, 3, 3, 4]);
  });

  it('keeps new cards new, suspended cards suspended, and learning cards due in minutes', () => {
    expect(card(bundle, GUIDS.basic, 1).schedule).toBeUndefined();
    const suspended = card(bundle, GUIDS.cloze, 2);
    expect(suspended.suspended).toBe(true);
    expect(suspended.schedule?.state).toBe(CardState.Review);
    expect(suspended.schedule!.due).toBeGreaterThan(NOW + 19 * DAY);
    expect(card(bundle, GUIDS.cloze, 0).suspended).toBe(false);
    const learning = card(bundle, GUIDS.learning, 0);
    expect(learning.schedule?.state).toBe(CardState.Learning);
    expect(learning.schedule!.due).toBe(NOW - (NOW % 1000) + 600_000);
    const filtered = card(bundle, GUIDS.typeIn, 0);
    expect(filtered.schedule?.state).toBe(CardState.Review);
    expect(filtered.schedule!.stability).toBeGreaterThan(1);
  });

  it('summarises what came in for the preview', () => {
    expect(bundle.summary).toEqual({
      notes: 5,
      cards: 9,
      withProgress: 4,
      suspended: 1,
      reviews: 5,
      mediaFiles: 4,
      missingMedia: 1,
      templateErrors: 1,
    });
  });
});

describe('package kinds and versions', () => {
  it('calls a .colpkg a colpkg', async () => {
    const bundle = await readAnkiPackage(await buildPackage(sampleCollection(), 'latest'), 'backup.colpkg', {
      now: NOW,
    });
    expect(bundle.kind).toBe('colpkg');
  });

  it('refuses a package from a newer Anki with a clear message', async () => {
    const bytes = await buildPackage(sampleCollection(), 'legacy2', { extra: { meta: Uint8Array.from([0x08, 0x04]) } });
    const error = await readAnkiPackage(bytes, 'future.apkg', { now: NOW }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ImportError);
    expect((error as ImportError).message).toMatch(/newer Anki/);
  });

  it('reports progress through every phase and can be cancelled', async () => {
    const bytes = await buildPackage(sampleCollection(), 'latest');
    const phases = new Set<string>();
    await readAnkiPackage(bytes, 'ops.apkg', { now: NOW, onProgress: (p) => phases.add(p.phase) });
    expect([...phases]).toEqual(['unzip', 'collection', 'cards', 'media']);
    const controller = new AbortController();
    controller.abort();
    const error = await readAnkiPackage(bytes, 'ops.apkg', { now: NOW, signal: controller.signal }).catch(
      (e: unknown) => e,
    );
    expect(error).not.toBeInstanceOf(ImportError);
    expect((error as Error).name).toBe('AbortError');
  });

  it('imports the same package twice with the same card ids, so a re-import updates instead of duplicating', async () => {
    const bytes = await buildPackage(sampleCollection(), 'legacy2');
    const a = await readAnkiPackage(bytes, 'ops.apkg', { now: NOW });
    const b = await readAnkiPackage(bytes, 'ops-v2.apkg', { now: NOW + DAY });
    expect(allCards(a).map((c) => c.id)).toEqual(allCards(b).map((c) => c.id));
    expect(a.decks.map((d) => d.name)).toEqual(b.decks.map((d) => d.name));
    expect(a.decks.every((d) => d.id === undefined)).toBe(true);
  });
});
