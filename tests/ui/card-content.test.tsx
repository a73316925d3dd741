// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { CardRecord } from '../../src/domain/model';
import { AppContext } from '../../src/ui/app-context';
import { CardContent } from '../../src/ui/CardContent';
import { makeDeck, manualClock, startApp } from '../helpers/app-fixture';

beforeAll(() => {
  // jsdom has no blob: URLs; the browser does. Give each Blob a recognisable URL.
  let n = 0;
  URL.createObjectURL = () => `blob:test/${n++}`;
});
afterEach(cleanup);

const card: CardRecord = {
  id: 'anki:g1:0',
  deckId: 'd',
  key: 'g1:0',
  front:
    '<div class="card card1"><b>Capital</b> of France? <img src="paris.jpg"> <img src="gone.png"> [sound:say.mp3]<script>window.hacked = 1</script><img src=x onerror="window.hacked=2"></div>',
  back: '<div class="card card1">Paris</div>',
  format: 'html',
  tags: [],
  order: 0,
  styleId: 'anki-notetype:1',
  mediaScope: 'anki-media',
};

const NORMAL_CSS =
  '.card { color: rgb(1, 2, 3); } @import url("https://evil.example/x.css"); .x { background: url(https://evil.example/t.png); }';

async function setup(css = NORMAL_CSS) {
  const { db, services } = await startApp([makeDeck('d', 1)], manualClock(Date.UTC(2026, 0, 1)));
  await db.put('styles', { id: 'anki-notetype:1', css });
  await db.put('media', {
    id: 'anki-media/paris.jpg',
    scope: 'anki-media',
    name: 'paris.jpg',
    type: 'image/jpeg',
    blob: new Blob(['jpg'], { type: 'image/jpeg' }),
  });
  await db.put('media', {
    id: 'anki-media/say.mp3',
    scope: 'anki-media',
    name: 'say.mp3',
    type: 'audio/mpeg',
    blob: new Blob(['mp3'], { type: 'audio/mpeg' }),
  });
  const view = render(
    <AppContext.Provider value={services}>
      <CardContent card={card} side="front" />
    </AppContext.Provider>,
  );
  const host = view.container.querySelector('.card-html') as HTMLElement;
  await waitFor(() => expect(host.shadowRoot?.querySelector('.card')).toBeTruthy());
  return host.shadowRoot!;
}

describe('HTML card content (imported Anki cards)', () => {
  it('shows media from the store, a placeholder for a missing file, and sound behind a play control', async () => {
    const root = await setup();
    const img = root.querySelector('img')!;
    expect(img.getAttribute('src')).toMatch(/^blob:/);
    expect(
      root.querySelector('.media-missing')?.getAttribute('aria-label') ??
        root.querySelector('.media-missing')?.textContent,
    ).toMatch(/gone\.png/);
    const audio = root.querySelector('audio')!;
    expect(audio.getAttribute('src')).toMatch(/^blob:/);
    expect(audio.hasAttribute('controls')).toBe(true);
    expect(audio.hasAttribute('autoplay')).toBe(false);
  });

  it('runs no script and keeps formatting', async () => {
    const root = await setup();
    expect(root.querySelector('script')).toBeNull();
    expect(root.innerHTML).not.toMatch(/onerror/i);
    expect((window as unknown as { hacked?: number }).hacked).toBeUndefined();
    expect(root.querySelector('b')?.textContent).toBe('Capital');
  });

  it('applies the note type CSS inside the card only, with nothing loaded from elsewhere', async () => {
    const root = await setup();
    const css = root.querySelector('style')!.textContent!;
    expect(css).toContain('.card { color: rgb(1, 2, 3); }');
    expect(css).not.toMatch(/evil\.example|@import/);
    // The page itself gained no stylesheet from the card.
    expect([...document.querySelectorAll('style')].some((s) => s.textContent?.includes('rgb(1, 2, 3)'))).toBe(false);
  });

  it('a note type whose CSS tries to break out of its <style> or load from elsewhere gets neither', async () => {
    const hostile = [
      '.card{}</sty</style>le><img src=x onerror="window.hacked=3">',
      '.a{background:image-set("https://evil.example/1.png" 1x)}',
      '.b{background:u\\72l(https://evil.example/2.png)}',
      '@\\69mport "https://evil.example/3.css";',
      '.c{background:-webkit-image-set(url(//evil.example/4.png) 1x)}',
    ].join('\n');
    const root = await setup(hostile);
    expect(root.querySelectorAll('img[onerror]')).toHaveLength(0);
    expect(root.children[0]!.tagName).toBe('STYLE');
    expect(root.children).toHaveLength(2);
    const css = root.querySelector('style')!.textContent!;
    expect(css).not.toMatch(/evil\.example/);
    expect((window as unknown as { hacked?: number }).hacked).toBeUndefined();
  });

  it("notes of an HTML card are sanitized and live in the card's own shadow root, out of reach of the app's classes", async () => {
    const { services } = await startApp([makeDeck('d', 1)], manualClock(Date.UTC(2026, 0, 1)));
    const notes =
      'Extra<br><b>bold</b><img src=x onerror="window.hacked=4"><div class="app-header" style="height:3000px;margin-bottom:-3000px">spoof</div>';
    const view = render(
      <AppContext.Provider value={services}>
        <CardContent card={{ ...card, styleId: undefined, mediaScope: undefined, notes }} side="back" withNotes />
      </AppContext.Provider>,
    );
    const host = view.container.querySelector('.card-html') as HTMLElement;
    await waitFor(() => expect(host.shadowRoot?.querySelector('.card-notes')).toBeTruthy());
    const box = host.shadowRoot!.querySelector('.card-notes')!;
    expect(box.querySelector('b')?.textContent).toBe('bold');
    expect(box.innerHTML).not.toMatch(/onerror/);
    // Nothing of the notes is in the page itself, so the app's .app-header rules cannot meet them.
    expect(view.container.querySelector('.app-header, .card-notes')).toBeNull();
    expect(document.querySelector('.app-header')).toBeNull();
    // The card's own box clips whatever a note or a note type draws.
    expect(host.shadowRoot!.querySelector('style')!.textContent).toMatch(/:host\{[^}]*contain:paint;overflow:hidden/);
  });

  it('a link asks first, showing its address, and opens only on "Open link", without a referrer', async () => {
    const { services } = await startApp([makeDeck('d', 1)], manualClock(Date.UTC(2026, 0, 1)));
    const opened: unknown[][] = [];
    const original = window.open;
    window.open = ((...args: unknown[]) => {
      opened.push(args);
      return null;
    }) as typeof window.open;
    try {
      const view = render(
        <AppContext.Provider value={services}>
          <CardContent
            card={{ ...card, front: '<a href="https://evil.example/phish?x=1" style="display:block">Good</a>' }}
            side="front"
          />
        </AppContext.Provider>,
      );
      const host = view.container.querySelector('.card-html') as HTMLElement;
      await waitFor(() => expect(host.shadowRoot?.querySelector('a')).toBeTruthy());
      const link = host.shadowRoot!.querySelector('a')!;
      expect(link.hasAttribute('href')).toBe(false);
      fireEvent.click(link);
      const dialog = await screen.findByRole('dialog', { name: 'Open this link?' });
      expect(dialog.textContent).toContain('https://evil.example/phish?x=1');
      expect(opened).toEqual([]);
      fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
      await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
      expect(opened).toEqual([]);
      fireEvent.keyDown(link, { key: 'Enter' });
      fireEvent.click(await screen.findByRole('button', { name: 'Open link' }));
      expect(opened).toEqual([['https://evil.example/phish?x=1', '_blank', 'noopener,noreferrer']]);
    } finally {
      window.open = original;
    }
  });
});
