// @vitest-environment jsdom
// The rendered Anki HTML must survive the app's sanitizer with what a user sees intact (jsdom:
// DOMPurify does not run on happy-dom, see tests/ui/sanitize-html.test.ts).
import { beforeAll, describe, expect, it } from 'vitest';
import type { ImportBundle, ImportedCard } from '../../../src/domain/import-bundle';
import { readAnkiPackage } from '../../../src/import/apkg/read-anki-package';
import { sanitizeCardHtml } from '../../../src/ui/sanitize-html';
import { buildPackage } from './fixtures/build-package';
import { GUIDS, NOW, sampleCollection } from './fixtures/sample-collection';

function find(bundle: ImportBundle, key: string): ImportedCard {
  return bundle.decks.flatMap((d) => d.cards).find((c) => c.key === key)!;
}

function show(html: string): HTMLElement {
  const host = document.createElement('div');
  host.innerHTML = sanitizeCardHtml(html, { resolveMedia: (name) => `blob:media/${encodeURIComponent(name)}` });
  return host;
}

describe('imported Anki cards after sanitizing', () => {
  let bundle: ImportBundle;
  beforeAll(async () => {
    bundle = await readAnkiPackage(await buildPackage(sampleCollection(), 'latest'), 'ops.apkg', { now: NOW });
  });

  it('keeps the card classes and the cloze markup that note type CSS targets', () => {
    const q = show(find(bundle, `${GUIDS.cloze}:0`).front);
    expect(q.querySelector('.card.card1')).not.toBeNull();
    const active = q.querySelector('span.cloze[data-ordinal="1"]');
    expect(active?.textContent).toBe('[metric]');
    expect(q.querySelector('span.cloze-inactive[data-ordinal="10"]')?.textContent).toBe('OKRs');
  });

  it('keeps the hint disclosure, closed, and the template notice', () => {
    const q = show(find(bundle, `${GUIDS.basic}:0`).front);
    const details = q.querySelector('details.hint');
    expect(details?.querySelector('summary')?.textContent).toBe('Extra');
    expect(details?.hasAttribute('open')).toBe(false);
    expect(show(find(bundle, `${GUIDS.broken}:0`).front).querySelector('.template-error')?.textContent).toMatch(
      /problem/,
    );
  });

  it('resolves images and sounds against the media store', () => {
    const card = find(bundle, `${GUIDS.basic}:0`);
    expect(show(card.front).querySelector('img')?.getAttribute('src')).toBe('blob:media/sla.png');
    expect(show(card.back).innerHTML).toContain('sla.mp3');
    // The note wrote the name decomposed (NFD); the stored file is NFC, and so is the card.
    const images = [...show(find(bundle, `${GUIDS.cloze}:0`).back).querySelectorAll('img')].map((i) =>
      i.getAttribute('src'),
    );
    expect(images).toContain(`blob:media/${encodeURIComponent('café.jpg'.normalize('NFC'))}`);
  });
});
