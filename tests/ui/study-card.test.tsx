// @vitest-environment jsdom
import { cleanup, fireEvent, render, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { renderAnkiCard, type AnkiCardContext } from '../../src/domain/anki-template';
import type { CardRecord } from '../../src/domain/model';
import type { AppServices } from '../../src/app/services';
import { AppContext } from '../../src/ui/app-context';
import { StudyCard } from '../../src/ui/StudyCard';
import { IO_FIELDS, IO_TEMPLATES, occlusionField } from '../fixtures/image-occlusion';
import { makeDeck, manualClock, startApp } from '../helpers/app-fixture';

afterEach(cleanup);

function context(fields: Record<string, string>, extra: Partial<AnkiCardContext> = {}): AnkiCardContext {
  return {
    fields: Object.entries(fields),
    cardOrd: 0,
    isCloze: false,
    deckName: 'D',
    tags: [],
    noteTypeName: 'Basic',
    templateName: 'Card 1',
    flags: 0,
    cardId: '1',
    ...extra,
  };
}

/** A card as the .apkg reader stores it: Anki's rendering of both sides, wrapped in `.card`. */
function ankiCard(qfmt: string, afmt: string, ctx: AnkiCardContext, extra: Partial<CardRecord> = {}): CardRecord {
  const { question, answer } = renderAnkiCard(qfmt, afmt, ctx);
  return {
    id: 'anki:g:0',
    deckId: 'd',
    key: 'g:0',
    front: `<div class="card card1">${question}</div>`,
    back: `<div class="card card1">${answer}</div>`,
    format: 'html',
    tags: [],
    order: 0,
    styleId: 'anki-notetype:1',
    ...extra,
  };
}

let services: AppServices;

async function show(card: CardRecord, revealed: boolean, onReveal = () => {}) {
  services ??= (await startApp([makeDeck('d', 1)], manualClock(Date.UTC(2026, 0, 1)))).services;
  const view = render(
    <AppContext.Provider value={services}>
      <StudyCard card={card} revealed={revealed} onReveal={onReveal} />
    </AppContext.Provider>,
  );
  const rerender = (next: boolean) =>
    view.rerender(
      <AppContext.Provider value={services}>
        <StudyCard card={card} revealed={next} onReveal={onReveal} />
      </AppContext.Provider>,
    );
  return { view, rerender };
}

/** The text of every card box on screen, shadow roots included. */
function shownText(container: Element): string {
  return Array.from(container.querySelectorAll<HTMLElement>('.card-content'))
    .map((el) => el.shadowRoot?.querySelector('.card-root')?.textContent ?? el.textContent ?? '')
    .join(' | ');
}

describe('the answer side, as in Anki', () => {
  it('shows a back with {{FrontSide}} alone: the question appears once, where the template puts it', async () => {
    const card = ankiCard(
      '{{Front}}',
      '{{FrontSide}}<hr id=answer>{{Back}}',
      context({ Front: 'Capital of France?', Back: 'Paris' }),
    );
    const { view, rerender } = await show(card, false);
    await waitFor(() => expect(shownText(view.container)).toBe('Capital of France?'));
    rerender(true);
    await waitFor(() => expect(shownText(view.container)).toBe('Capital of France?Paris'));
    expect(view.container.querySelectorAll('.card-content')).toHaveLength(1);
  });

  it('shows a back without {{FrontSide}} alone: no question above it', async () => {
    const card = ankiCard('{{Front}}', '{{Back}}', context({ Front: 'Capital of France?', Back: 'Paris' }));
    const { view } = await show(card, true);
    await waitFor(() => expect(shownText(view.container)).toBe('Paris'));
  });

  it('keeps the question above the answer for cards whose back is only the answer (CSV, JSON, text)', async () => {
    const card: CardRecord = {
      id: 'c',
      deckId: 'd',
      key: 'k',
      front: 'Q',
      back: 'A',
      format: 'text',
      tags: [],
      order: 0,
    };
    const { view } = await show(card, true);
    expect(shownText(view.container)).toBe('Q | A');
  });
});

describe('type-in answers', () => {
  const typeCard = () =>
    ankiCard(
      '{{Front}}<br>{{type:Back}}',
      '{{FrontSide}}<hr id=answer>{{Back}}',
      context({ Front: 'Capital of France?', Back: 'Paris' }),
    );

  it('gives the question an input box; Enter in it shows the answer; the answer compares as Anki does', async () => {
    let reveals = 0;
    const card = typeCard();
    const { view, rerender } = await show(card, false, () => (reveals += 1));
    const host = view.container.querySelector('.card-content') as HTMLElement;
    await waitFor(() => expect(host.shadowRoot?.querySelector('input#typeans')).toBeTruthy());
    const input = host.shadowRoot!.querySelector<HTMLInputElement>('input#typeans')!;
    expect(input.getAttribute('aria-label')).toMatch(/Type your answer/);
    fireEvent.input(input, { target: { value: 'Pari' } });
    fireEvent.keyDown(input, { key: 'Enter' });
    expect(reveals).toBe(1);
    rerender(true);
    await waitFor(() => expect(host.shadowRoot?.querySelector('code#typeans')).toBeTruthy());
    const code = host.shadowRoot!.querySelector('code#typeans')!;
    const marks = Array.from(code.querySelectorAll('span[class^="type"]')).map(
      (s) => `${s.className}:${s.textContent}`,
    );
    expect(marks).toEqual(['typeGood:Pari', 'typeMissed:-', 'typeGood:Pari', 'typeMissed:s']);
    expect(code.querySelector('#typearrow')).toBeTruthy();
    // The box is gone from the answer: the comparison took its place, once.
    expect(host.shadowRoot!.querySelectorAll('input, code#typeans')).toHaveLength(1);
  });

  it('a correct answer is one green run; nothing typed shows the expected answer', async () => {
    const card = typeCard();
    const first = await show(card, false);
    const host = first.view.container.querySelector('.card-content') as HTMLElement;
    await waitFor(() => expect(host.shadowRoot?.querySelector('input#typeans')).toBeTruthy());
    fireEvent.input(host.shadowRoot!.querySelector('input')!, { target: { value: 'Paris' } });
    first.rerender(true);
    await waitFor(() => expect(host.shadowRoot?.querySelector('code#typeans .typeGood')?.textContent).toBe('Paris'));
    expect(host.shadowRoot!.querySelectorAll('code#typeans .typeBad, code#typeans .typeMissed')).toHaveLength(0);
    cleanup();
    const second = await show(card, true);
    const code = await waitFor(() => {
      const found = second.view.container.querySelector('.card-content')!.shadowRoot?.querySelector('code#typeans');
      expect(found).toBeTruthy();
      return found!;
    });
    expect(code.textContent).toBe('Paris');
  });
});

describe('Image Occlusion', () => {
  const ioCard = (ord: number, hideAll: boolean) =>
    ankiCard(
      IO_TEMPLATES.qfmt,
      IO_TEMPLATES.afmt,
      context(
        Object.fromEntries(
          IO_FIELDS.map((f, i) => [
            f,
            [occlusionField(hideAll), '<img src="data:image/png;base64,iVBORw0KGgo=">', 'Header', '', ''][i]!,
          ]),
        ),
        {
          isCloze: true,
          cardOrd: ord,
        },
      ),
    );

  async function masks(card: CardRecord, revealed: boolean) {
    cleanup();
    const { view } = await show(card, revealed);
    const host = view.container.querySelector('.card-content') as HTMLElement;
    const img = await waitFor(() => {
      const found = host.shadowRoot?.querySelector<HTMLImageElement>('#image-occlusion-container img');
      expect(found).toBeTruthy();
      return found!;
    });
    const container = img.parentElement!;
    // The image is hidden until its masks are drawn; jsdom loads no image, so the test does.
    expect(container.classList.contains('io-pending')).toBe(true);
    Object.defineProperty(img, 'naturalWidth', { value: 100 });
    Object.defineProperty(img, 'naturalHeight', { value: 100 });
    img.dispatchEvent(new Event('load'));
    expect(container.classList.contains('io-pending')).toBe(false);
    const svg = container.querySelector('svg.io-overlay')!;
    return {
      root: host.shadowRoot!,
      marks: Array.from(svg.querySelectorAll('[data-role]')).map(
        (el) => `${el.tagName.toLowerCase()}:${el.getAttribute('data-role')}`,
      ),
      svg,
    };
  }

  it('hide one, guess one: the question masks only its own shape; the answer outlines it', async () => {
    const question = await masks(ioCard(0, false), false);
    expect(question.marks).toEqual(['rect:active']);
    expect(question.svg.querySelector('rect')?.getAttribute('x')).toBe('10');
    // The label (c0) shows on every card, and no raw occlusion text is anywhere.
    expect(question.svg.querySelector('.io-label text')?.textContent).toBe('Label: one');
    expect(question.root.querySelector('.card-root')!.textContent).not.toContain('image-occlusion');
    const answer = await masks(ioCard(0, false), true);
    expect(answer.marks).toEqual(['rect:highlight']);
    expect(answer.root.querySelector('.io-toggle')).toBeNull();
  });

  it('hide all, guess one: every other shape stays masked, in the other colour, with a toggle on the answer', async () => {
    const question = await masks(ioCard(1, true), false);
    expect(question.marks).toEqual(['rect:inactive', 'ellipse:active', 'polygon:inactive']);
    const answer = await masks(ioCard(1, true), true);
    expect(answer.marks).toEqual(['rect:inactive', 'ellipse:highlight', 'polygon:inactive']);
    const toggle = answer.root.querySelector<HTMLButtonElement>('.io-toggle')!;
    toggle.click();
    expect(answer.svg.parentElement!.classList.contains('io-masks-hidden')).toBe(true);
    expect(toggle.getAttribute('aria-pressed')).toBe('true');
  });
});
