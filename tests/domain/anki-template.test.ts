import { describe, expect, it } from 'vitest';
import {
  isAnkiFieldEmpty,
  parseAnkiTemplate,
  renderAnkiCard,
  type AnkiCardContext,
} from '../../src/domain/anki-template';

function card(fields: Record<string, string>, extra: Partial<AnkiCardContext> = {}): AnkiCardContext {
  return {
    fields: Object.entries(fields),
    cardOrd: 0,
    isCloze: false,
    deckName: 'Interviews::Metrics',
    tags: ['ops', 'sql'],
    noteTypeName: 'Basic',
    templateName: 'Card 1',
    flags: 0,
    cardId: '1700000000000',
    ...extra,
  };
}

describe('Anki template rendering', () => {
  it('replaces fields and puts the question into {{FrontSide}} on the answer', () => {
    const r = renderAnkiCard(
      '{{Front}}',
      '{{FrontSide}}<hr id=answer>{{Back}}',
      card({ Front: 'Q <b>1</b>', Back: 'A' }),
    );
    expect(r).toEqual({ question: 'Q <b>1</b>', answer: 'Q <b>1</b><hr id=answer>A', problem: null });
  });

  it('accepts spaces inside the braces', () => {
    expect(renderAnkiCard('{{ Front }}', '{{ Back }}', card({ Front: 'F', Back: 'B' })).question).toBe('F');
  });

  it('renders {{#F}} when F has content and {{^F}} when it is empty, nested', () => {
    const q = '{{Front}}{{#Extra}} [{{Extra}}{{^Note}} no note{{/Note}}]{{/Extra}}{{^Extra}} (none){{/Extra}}';
    expect(renderAnkiCard(q, '', card({ Front: 'F', Extra: 'x', Note: '' })).question).toBe('F [x no note]');
    expect(renderAnkiCard(q, '', card({ Front: 'F', Extra: ' <br> <div></div>', Note: '' })).question).toBe('F (none)');
  });

  it('treats whitespace, <br> and <div> alone as empty, like Anki', () => {
    expect(isAnkiFieldEmpty(' <div> <br> </div>\n')).toBe(true);
    expect(isAnkiFieldEmpty('<BR/>')).toBe(true);
    expect(isAnkiFieldEmpty('<div>x</div>')).toBe(false);
    expect(isAnkiFieldEmpty('<img src="a.png">')).toBe(false);
  });

  it('fills the special fields', () => {
    const r = renderAnkiCard(
      '{{Front}}|{{Deck}}|{{Subdeck}}|{{Tags}}|{{Type}}|{{Card}}|{{CardFlag}}',
      '{{Back}}',
      card({ Front: 'F', Back: 'B' }, { flags: 2 }),
    );
    expect(r.question).toBe('F|Interviews::Metrics|Metrics|ops sql|Basic|Card 1|flag2');
  });

  it('lets a note field named like a special field win', () => {
    expect(renderAnkiCard('{{Tags}}', '', card({ Tags: 'my field' })).question).toBe('my field');
  });

  it('applies filters right to left and passes unknown (add-on) filters through', () => {
    expect(renderAnkiCard('{{text:Front}}', '', card({ Front: '<b>bold</b> &amp; <i>it</i>' })).question).toBe(
      'bold &amp; it',
    );
    expect(renderAnkiCard('{{hint_transcription:Front}}', '', card({ Front: '<b>x</b>' })).question).toBe('<b>x</b>');
    expect(renderAnkiCard('{{tts en_US:Front}}', '', card({ Front: 'say' })).question).toBe('say');
    // hint runs first (rightmost), then text strips the markup it produced
    expect(renderAnkiCard('{{text:hint:Front}}', '', card({ Front: 'h' })).question).toBe('Fronth');
  });

  it('renders hint: as a script-free disclosure labelled with the field name', () => {
    const q = renderAnkiCard('{{Front}} {{hint:Extra}}', '', card({ Front: 'F', Extra: 'a clue' })).question;
    expect(q).toBe('F <details class="hint"><summary>Extra</summary>a clue</details>');
    expect(q).not.toMatch(/onclick|<script/i);
    expect(renderAnkiCard('{{Front}}{{hint:Extra}}', '', card({ Front: 'F', Extra: '' })).question).toBe('F');
  });

  it('renders type: as an input box marker on the question and a comparison marker on the back, never raw syntax', () => {
    const r = renderAnkiCard(
      '{{Front}}{{type:Back}}',
      '{{Front}}<hr id=answer>{{type:Back}}',
      card({ Front: 'F', Back: '<b>the "answer"</b> [sound:a.mp3]<br>two' }),
    );
    expect(r.question).toBe('F<div class="type-answer" data-type-answer="input"></div>');
    expect(r.answer).toBe(
      'F<hr id=answer><div class="type-answer" data-type-answer="compare" data-expected="the &quot;answer&quot;  two" data-combining="true"></div>',
    );
    expect(r.question + r.answer).not.toContain('[[type:');
  });

  it('type: with {{FrontSide}} shows the comparison where the box was, once per marker, as Anki does', () => {
    const r = renderAnkiCard(
      '{{Front}} {{type:Back}}',
      '{{FrontSide}}<hr id=answer>{{Extra}}',
      card({ Front: 'F', Back: 'B', Extra: 'X' }),
    );
    expect(r.answer).toBe(
      'F <div class="type-answer" data-type-answer="compare" data-expected="B" data-combining="true"></div><hr id=answer>X',
    );
  });

  it('type: of an empty field shows no box, type:nc: ignores accents, and a back-only type: has nothing to compare', () => {
    expect(renderAnkiCard('{{Front}}{{type:Back}}', '{{type:Back}}', card({ Front: 'F', Back: '' }))).toMatchObject({
      question: 'F',
      answer: '',
    });
    expect(
      renderAnkiCard('{{Front}}{{type:nc:Back}}', '{{type:nc:Back}}', card({ Front: 'F', Back: 'café' })).answer,
    ).toContain('data-combining="false"');
    expect(renderAnkiCard('{{Front}}', '{{type:Back}}', card({ Front: 'F', Back: 'B' })).answer).toBe('');
  });

  it("renders cloze cards with the card's own number and {{#c1}} conditionals", () => {
    const ctx = card(
      { Text: 'The {{c1::KPI}} of {{c2::ops::team}}', Extra: 'x' },
      { isCloze: true, cardOrd: 1, noteTypeName: 'Cloze' },
    );
    const r = renderAnkiCard(
      '{{cloze:Text}}{{#c2}} (two){{/c2}}{{#c1}} (one){{/c1}}',
      '{{cloze:Text}}<br>{{Extra}}',
      ctx,
    );
    expect(r.question).toBe(
      'The <span class="cloze-inactive" data-ordinal="1">KPI</span> of <span class="cloze" data-cloze="ops" data-ordinal="2">[team]</span> (two)',
    );
    expect(r.answer).toBe(
      'The <span class="cloze-inactive" data-ordinal="1">KPI</span> of <span class="cloze" data-ordinal="2">ops</span><br>x',
    );
  });

  it('gives cloze-only: the answers and type:cloze: the typed answer', () => {
    const ctx = card({ Text: '{{c1::alpha}} and {{c1::beta}}' }, { isCloze: true });
    expect(renderAnkiCard('{{cloze-only:Text}}', '{{cloze-only:Text}}', ctx)).toMatchObject({
      question: '..., ...',
      answer: 'alpha, beta',
    });
    expect(renderAnkiCard('{{cloze:Text}}{{type:cloze:Text}}', '{{type:cloze:Text}}', ctx).answer).toContain(
      'data-expected="alpha, beta"',
    );
  });

  it('shows a notice when the cloze for this card is missing', () => {
    const r = renderAnkiCard(
      '{{cloze:Text}}',
      '{{cloze:Text}}',
      card({ Text: '{{c1::only one}}' }, { isCloze: true, cardOrd: 2 }),
    );
    expect(r.answer).toContain('class="template-error"');
    expect(r.problem).toContain('3');
  });

  it('passes HTML comments through without evaluating fields inside them', () => {
    const r = renderAnkiCard('<!-- {{Missing}} -->{{Front}}', '', card({ Front: 'F' }));
    expect(r).toMatchObject({ question: '<!-- {{Missing}} -->F', problem: null });
  });

  it('understands the legacy <% %> syntax', () => {
    expect(
      renderAnkiCard('{{=<% %>=}}<%Front%><% #Back %>+<%/Back%>', '', card({ Front: 'F', Back: 'B' })).question,
    ).toBe('F+');
  });

  it('leaves [sound:] and <img> for the page to resolve', () => {
    const r = renderAnkiCard(
      '{{Front}}',
      '{{Back}}',
      card({ Front: '<img src="chart.png">', Back: '[sound:say.mp3]' }),
    );
    expect(r.question).toBe('<img src="chart.png">');
    expect(r.answer).toBe('[sound:say.mp3]');
  });

  describe('broken templates show a notice on the card instead of crashing', () => {
    it('an unknown field', () => {
      const r = renderAnkiCard('{{Front}} {{Nope}}', '{{Back}}', card({ Front: 'F', Back: 'B' }));
      expect(r.question).toContain('<div class="template-error">');
      expect(r.question).toContain("no field called 'Nope'");
      expect(r.problem).toMatch(/front template/);
    });

    it('an unclosed or mismatched conditional', () => {
      expect(parseAnkiTemplate('{{#A}}x')).toEqual({ ok: false, problem: "Missing '{{/A}}'." });
      expect(parseAnkiTemplate('{{#A}}{{/B}}')).toMatchObject({ ok: false });
      const r = renderAnkiCard('{{Front}}', '{{#Back}}{{Back}}', card({ Front: 'F', Back: 'B' }));
      expect(r.question).toBe('F');
      expect(r.answer).toContain('template-error');
      expect(r.problem).toMatch(/back template/);
    });

    it('an unknown field inside a hidden branch still reports, as in Anki', () => {
      const r = renderAnkiCard('{{Front}}{{#Empty}}{{Gone}}{{/Empty}}', '', card({ Front: 'F', Empty: '' }));
      expect(r.problem).toMatch(/Gone/);
    });

    it('a front that shows no field', () => {
      const r = renderAnkiCard('{{#Back}}{{Back}}{{/Back}}', '{{Back}}', card({ Front: 'F', Back: '' }));
      expect(r.problem).toMatch(/blank/);
    });
  });

  it('renders furigana ruby text', () => {
    expect(renderAnkiCard('{{furigana:F}}', '', card({ F: '漢字[かんじ]' })).question).toBe(
      '<ruby><rb>漢字</rb><rt>かんじ</rt></ruby>',
    );
    expect(renderAnkiCard('{{kana:F}}', '', card({ F: '漢字[かんじ]' })).question).toBe('かんじ');
  });
});
