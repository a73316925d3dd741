import { describe, expect, it } from 'vitest';
import { thrown } from '../helpers/thrown';
import { parseAnkiText } from '../../src/import/anki-text';

const parse = (text: string) => parseAnkiText(text, 'notes.txt');
const cardsOf = (text: string) => parse(text).bundle.decks.flatMap((d) => d.cards);

describe('Anki plain text: headers', () => {
  it.each([
    ['Tab', '\t'],
    ['tab', '\t'],
    ['Comma', ','],
    ['SEMICOLON', ';'],
    ['Pipe', '|'],
    ['Space', ' '],
    ['Colon', ':'],
    ['~', '~'],
    ['Tab\t\t', '\t'],
  ])('#separator:%s', (name, char) => {
    const { bundle, info } = parse(`#separator:${name}\nq1${char}a1\n`);
    expect(info.separator).toBe(char);
    expect(info.separatorDetected).toBe(false);
    expect(bundle.decks[0]?.cards[0]).toMatchObject({ front: 'q1', back: 'a1' });
  });

  it('ignores the delimiter padding a spreadsheet adds to header lines', () => {
    const text = '#separator:tab\t\t\t\n#html:false\t\t\t\n#tags column:3\t\t\n#deck:Ops\t\t\nq1\ta1\tt1 t2\n';
    const { bundle, info } = parse(text);
    expect(info.separator).toBe('\t');
    expect(info.html).toBe(false);
    expect(bundle.decks[0]?.name).toBe('Ops');
    expect(bundle.decks[0]?.cards[0]).toMatchObject({ front: 'q1', back: 'a1', tags: ['t1', 't2'] });
  });

  it('treats unknown # lines at the top, and # lines in the body, as comments', () => {
    const text =
      '# -*- coding: utf-8 -*-\n#separator:Comma\n#made by: a script\nq1,a1\n# a comment in the body\nq2,a2\n';
    const cards = cardsOf(text);
    expect(cards.map((c) => c.front)).toEqual(['q1', 'q2']);
  });

  it('adds #tags to every note, with the tags column', () => {
    const cards = cardsOf('#separator:tab\n#tags:ops interview\n#tags column:3\nq1\ta1\tmetrics\nq2\ta2\t\n');
    expect(cards.map((c) => c.tags)).toEqual([
      ['ops', 'interview', 'metrics'],
      ['ops', 'interview'],
    ]);
  });

  it('reads the legacy first line "tags:"', () => {
    expect(cardsOf('tags:old style\nq\ta\n')[0]?.tags).toEqual(['old', 'style']);
  });

  it('rejects an unknown separator name, naming the header line', () => {
    const error = thrown(() => parse('#html:true\n#separator:Dash\nq-a\n'));
    expect(error.location).toBe('line 2');
    expect(error.message).toMatch(/^notes\.txt, line 2: #separator: unknown separator "Dash"/);
  });

  it('rejects "#" as a separator, since it starts comment lines', () => {
    expect(thrown(() => parse('#separator:#\nq#a\n')).location).toBe('line 1');
  });

  it('rejects a column header that is not a number', () => {
    expect(thrown(() => parse('#guid column:first\nq\ta\n')).location).toBe('line 1');
  });

  it('detects the separator as Anki does when none is named', () => {
    expect(parse('q1;a1\nq2;a2\n').info.separator).toBe(';');
    expect(parse('q1\ta, b\n').info.separator).toBe('\t');
  });
});

describe('Anki plain text: body', () => {
  it('reads quoted fields with separators, quotes and newlines, and counts lines past them', () => {
    const text = '#separator:tab\n#html:true\n"multi\nline"\t"tab\there ""q"""\nq2\t\n';
    const { bundle } = parse(text);
    expect(bundle.decks[0]?.cards[0]).toMatchObject({ front: 'multi\nline', back: 'tab\there "q"' });
    expect(bundle.warnings).toEqual([{ location: 'line 5', message: 'line 5: the back is empty; the row is skipped' }]);
  });

  it('keeps a quoted field that starts with # as a note', () => {
    expect(cardsOf('#separator:comma\n"#1 rule",never guess\n')[0]?.front).toBe('#1 rule');
  });

  it('html:false keeps text as text, newlines included', () => {
    const card = cardsOf('#separator:comma\n#html:false\n"<b>not bold</b>","one\ntwo"\n')[0];
    expect(card).toMatchObject({ format: 'text', front: '<b>not bold</b>', back: 'one\ntwo' });
  });

  it('html:true, or markup found in the first notes, makes HTML cards', () => {
    expect(cardsOf('#separator:comma\n#html:true\nplain,text\n')[0]?.format).toBe('html');
    expect(cardsOf('#separator:comma\n<b>q</b>,a\n')[0]?.format).toBe('html');
    expect(cardsOf('#separator:comma\nq,a\n')[0]?.format).toBe('text');
  });

  it('warns once that cloze notes keep their {{c1::...}} markers', () => {
    const { bundle } = parse(
      '#separator:tab\n#notetype:Cloze\n{{c1::Paris}} is the capital\tFrance\n{{c1::Rome}}\tItaly\n',
    );
    expect(bundle.decks[0]?.cards[0]?.front).toBe('{{c1::Paris}} is the capital');
    expect(bundle.warnings).toHaveLength(1);
    expect(bundle.warnings[0]?.message).toMatch(/^line 3: cloze notes/);
  });

  it('keeps fields after the back as the card notes', () => {
    const card = cardsOf('#separator:tab\n#html:true\nq\ta\textra one\textra two\n')[0];
    expect(card?.notes).toBe('extra one<br>extra two');
  });

  it('lets #columns name the front and back', () => {
    const card = cardsOf('#separator:comma\n#columns:Back,Front,Tags\nthe answer,the question,t1\n')[0];
    expect(card).toMatchObject({ front: 'the question', back: 'the answer', tags: ['t1'] });
  });

  it('pads short rows as Anki does, but skips a row that lacks the back column', () => {
    const { bundle } = parse('#separator:comma\nq1,a1,n1\nq2,a2\nlonely\n');
    expect(bundle.decks[0]?.cards.map((c) => c.front)).toEqual(['q1', 'q2']);
    expect(bundle.warnings.map((w) => w.message)).toEqual([
      'line 4: 1 column, but the front and back need 2; the row is skipped',
    ]);
  });

  it('rejects a file whose notes have one field only', () => {
    const error = thrown(() => parse('#separator:tab\n#html:false\n\njust a word\n'));
    expect(error.location).toBe('line 4');
    expect(error.reason).toMatch(/^1 column, but the front and back need 2/);
  });
});

describe('Anki plain text: decks and guids', () => {
  it('splits notes into decks by the deck column, keeping "A::B" names', () => {
    const text = '#separator:tab\n#deck column:1\nOps::Metrics\tq1\ta1\nOps\tq2\ta2\nOps::Metrics\tq3\ta3\n\tq4\ta4\n';
    const { bundle } = parseAnkiText(text, 'Interview.txt');
    expect(bundle.decks.map((d) => [d.name, d.cards.map((c) => c.front)])).toEqual([
      ['Ops::Metrics', ['q1', 'q3']],
      ['Ops', ['q2']],
      ['Interview', ['q4']],
    ]);
  });

  it('gives each note with a guid the id anki:<guid>:0 (as an .apkg import does), so a re-import updates it', () => {
    const text = '#separator:tab\n#guid column:1\n#tags column:4\n"ab(#/c-x9Q"\tq1\ta1\ttag\nk3,Qz)w_8{\tq2\ta2\t\n';
    const cards = cardsOf(text);
    expect(cards.map((c) => c.id)).toEqual(['anki:ab(#/c-x9Q:0', 'anki:k3,Qz)w_8{:0']);
    expect(cards.map((c) => [c.front, c.back])).toEqual([
      ['q1', 'a1'],
      ['q2', 'a2'],
    ]);
    // The same file imported twice gives the same ids: the storage layer updates in place.
    expect(cardsOf(text).map((c) => c.id)).toEqual(cards.map((c) => c.id));
  });

  it('skips a second note with the same guid, with a warning', () => {
    const { bundle } = parse('#separator:tab\n#guid column:1\ng1\tq1\ta1\ng1\tq2\ta2\n');
    expect(bundle.decks[0]?.cards).toHaveLength(1);
    expect(bundle.warnings[0]?.message).toBe('line 4: the guid "g1" is already used on line 3; the row is skipped');
  });

  it('reads the layout Anki exports: guid, notetype, deck, fields, tags', () => {
    const text = [
      '#separator:tab',
      '#html:true',
      '#guid column:1',
      '#notetype column:2',
      '#deck column:3',
      '#tags column:6',
      'Gx1\tBasic\tPrep::Ops\tWhat is an SLA?\tA promise about service\tops',
      'Gx2\tBasic\tPrep\tWhat is a runbook?\t"Steps<br>for ""incidents"""\t',
    ].join('\n');
    const { bundle } = parse(text);
    expect(bundle.kind).toBe('anki-text');
    expect(bundle.decks.map((d) => d.name)).toEqual(['Prep::Ops', 'Prep']);
    expect(bundle.decks[1]?.cards[0]).toMatchObject({
      id: 'anki:Gx2:0',
      back: 'Steps<br>for "incidents"',
      format: 'html',
      tags: [],
    });
  });
});
