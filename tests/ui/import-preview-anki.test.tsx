// @vitest-environment jsdom
/**
 * The import preview of an Anki package shows each card's answer side as Anki does: the note
 * type's back template's output, with the question once where `{{FrontSide}}` puts it (or not at
 * all where the template leaves it out), and the template's own text around the fields.
 */
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { App } from '../../src/ui/App';
import { navigate } from '../../src/ui/routes';
import { makeDeck, manualClock, startApp } from '../helpers/app-fixture';
import { buildPackage, type FixtureCollection } from '../import/apkg/fixtures/build-package';

afterEach(() => {
  cleanup();
  navigate('home');
});

const NOW = Date.UTC(2026, 11, 1, 10);

/** Two note types: one whose answer side repeats the question via {{FrontSide}}, one whose answer is the back alone. */
function collection(): FixtureCollection {
  return {
    crt: Math.floor(NOW / 1000) - 86_400,
    noteTypes: [
      {
        id: 1001,
        name: 'Basic with source',
        css: '.card { font-family: serif; }',
        fields: ['Front', 'Back', 'Source'],
        templates: [
          {
            name: 'Card 1',
            qfmt: '<div class="q">{{Front}}</div>',
            afmt: '{{FrontSide}}<hr id=answer><div class="a">Answer: {{Back}}</div><p class="src">Source: {{Source}}</p>',
          },
        ],
      },
      {
        id: 1002,
        name: 'Answer only',
        css: '',
        fields: ['Front', 'Back'],
        templates: [{ name: 'Card 1', qfmt: '{{Front}}', afmt: '<div class="a">Only the answer: {{Back}}</div>' }],
      },
    ],
    decks: [{ id: 1, name: 'Default' }],
    notes: [
      {
        id: 1,
        guid: 'src1',
        mid: 1001,
        tags: [],
        fields: ['What is an SLA?', 'Service level agreement', 'Ops handbook'],
      },
      { id: 2, guid: 'ans1', mid: 1002, tags: [], fields: ['What is a KPI?', 'Key performance indicator'] },
    ],
    cards: [
      { id: 11, nid: 1, did: 1, ord: 0 },
      { id: 12, nid: 2, did: 1, ord: 0 },
    ],
    revlog: [],
    media: {},
  };
}

/** The text a card box shows: its shadow root's card, as the page renders it. */
async function shownText(box: Element): Promise<string> {
  return waitFor(() => {
    const root = box.shadowRoot?.querySelector('.card-root');
    if (!root) throw new Error('the card is not drawn yet');
    return root.textContent ?? '';
  });
}

describe('the import preview of an Anki package', () => {
  it('shows each answer side as the note type’s back template makes it', async () => {
    const app = await startApp([makeDeck('alpha', 1, 'Alpha')], manualClock(NOW));
    navigate('import');
    render(<App services={app.services} />);
    await screen.findByRole('heading', { name: 'Import' });
    const bytes = await buildPackage(collection(), 'latest');
    const input = document.querySelector('input[type=file]') as HTMLInputElement;
    const file = new File([bytes as Uint8Array<ArrayBuffer>], 'ops.apkg', { type: 'application/octet-stream' });
    Object.defineProperty(input, 'files', { value: [file], configurable: true });
    fireEvent.change(input);

    await screen.findByRole('heading', { name: 'Preview: ops.apkg' });
    const cards = within(document.querySelector('.preview-cards') as HTMLElement).getAllByRole('listitem');
    expect(cards).toHaveLength(2);
    const sides = (card: HTMLElement) => [card.querySelector('.card-front')!, card.querySelector('.card-back')!];

    // {{FrontSide}}: the question once, where the template puts it, then the template's answer and source.
    const [front1, back1] = sides(cards[0]!);
    expect(await shownText(front1!)).toBe('What is an SLA?');
    const answer1 = await shownText(back1!);
    expect(answer1).toBe('What is an SLA?Answer: Service level agreementSource: Ops handbook');
    expect(back1!.shadowRoot!.querySelector('.card-root hr')).toBeTruthy();
    expect(within(cards[0]!).getByText('The answer side, as Anki shows it.')).toBeTruthy();

    // No {{FrontSide}}: the answer side is the back alone, as in Anki.
    const [front2, back2] = sides(cards[1]!);
    expect(await shownText(front2!)).toBe('What is a KPI?');
    expect(await shownText(back2!)).toBe('Only the answer: Key performance indicator');
    expect(within(cards[1]!).getByText('The answer side, as Anki shows it.')).toBeTruthy();
  });
});
