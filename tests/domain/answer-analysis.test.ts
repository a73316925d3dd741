import { describe, expect, it } from 'vitest';
import {
  analyzeAnswer,
  countFillers,
  countWords,
  coverPoints,
  type FillerWord,
} from '../../src/domain/answer-analysis';
import type { AnswerPoint } from '../../src/domain/model';

/** The filler counts as a plain record, zero counts left out. */
function fillers(text: string): Partial<Record<FillerWord, number>> {
  return Object.fromEntries(
    countFillers(text)
      .filter((f) => f.count > 0)
      .map((f) => [f.filler, f.count]),
  );
}

const POINTS: AnswerPoint[] = [
  { text: 'Prioritise by impact', keywords: ['prioritize', 'impact'] },
  { text: 'Bring stakeholders along', keywords: ['stakeholder', 'alignment'] },
  { text: 'Measure the result', keywords: ['metric', 'KPI', 'data-driven'] },
  { text: 'Root cause before fixes', keywords: ['root cause'] },
];

const ANSWER =
  'So, um, when I joined, the team was basically drowning in requests. ' +
  'I prioritized them by impact, and I met every stakeholder weekly, you know, to keep them aligned. ' +
  'We tracked two metrics and the KPIs moved, like, 30 percent in a quarter.';

describe('analyzeAnswer on a fixed transcript', () => {
  const analysis = analyzeAnswer(ANSWER, 20_000, POINTS);

  it('counts words and words per minute over the answer time', () => {
    expect(analysis.words).toBe(43);
    expect(analysis.wordsPerMinute).toBe(129); // 43 words in 20 s
    expect(analysis.pace).toBe('steady');
  });

  it('counts each filler word', () => {
    expect(analysis.fillers.map((f) => [f.filler, f.count])).toEqual([
      ['um', 1],
      ['uh', 0],
      ['like', 1],
      ['you know', 1],
      ['so', 1],
      ['basically', 1],
    ]);
    expect(analysis.fillerTotal).toBe(5);
    const you = analysis.fillers.find((f) => f.filler === 'you know')!;
    expect(you.ranges.map(([s, e]) => ANSWER.slice(s, e))).toEqual(['you know']);
  });

  it('finds the points touched by their key words, whatever the inflection or case', () => {
    expect(analysis.points.map((p) => [p.text, p.touched, p.matched])).toEqual([
      ['Prioritise by impact', true, ['prioritize', 'impact']],
      ['Bring stakeholders along', true, ['stakeholder', 'alignment']], // "aligned"
      ['Measure the result', true, ['metric', 'KPI']],
      ['Root cause before fixes', false, []],
    ]);
    expect(analysis.pointsTouched).toBe(3);
    const measured = analysis.points[2]!.ranges.map(([s, e]) => ANSWER.slice(s, e));
    expect(measured).toEqual(['metrics', 'KPIs']);
  });
});

describe('filler words: "like" and "so" only where they are fillers', () => {
  it('always counts um, uh and basically, with their spellings', () => {
    expect(fillers('Umm, I think, uh, we basically, erm, uhh shipped it. Hmm.')).toEqual({
      um: 3,
      uh: 2,
      basically: 1,
    });
  });

  it('counts "like" set off by pauses, at a sentence start, after a filler or before a number', () => {
    expect(fillers('It was, like, a mess.')).toEqual({ like: 1 });
    expect(fillers('Like, we had no data.')).toEqual({ like: 1 });
    expect(fillers('We had like 20 tickets a day.')).toEqual({ like: 1 });
    expect(fillers('Um like the queue grew and like nobody owned it.')).toEqual({ um: 1, like: 2 });
  });

  it('does not count "like" as a verb or a comparison', () => {
    expect(fillers('I like dashboards. I would like to own the roadmap.')).toEqual({});
    expect(fillers("It looks like churn, and it feels like something tools like Jira don't like.")).toEqual({});
    expect(fillers("I'd like 20 minutes with the team.")).toEqual({});
  });

  it('counts "so" opening a sentence or between pauses, not as a conjunction or in "so that"', () => {
    expect(fillers('So the first thing I did was listen.')).toEqual({ so: 1 });
    expect(fillers('Okay so we started. We shipped, so, yeah.')).toEqual({ so: 2 });
    expect(fillers('We were late, so we cut scope and so we shipped on time.')).toEqual({});
    expect(fillers('I think so. We grew so much, so that the team could focus, so far so good.')).toEqual({});
    expect(fillers('So that was the plan.')).toEqual({ so: 1 });
  });

  it('counts "you know" as a filler but not inside a question or sentence', () => {
    expect(fillers('We were, you know, short of people. It was hard, you know.')).toEqual({ 'you know': 2 });
    expect(fillers('Do you know what happened? I let you know the result. You know the dashboard.')).toEqual({});
  });

  it('without punctuation (as some on-device recognisers give) under-counts rather than over-counts', () => {
    expect(fillers('i like working with data and it seems like a good fit so that is why')).toEqual({});
    expect(fillers('um so basically we had like forty tickets')).toEqual({ um: 1, so: 1, basically: 1, like: 1 });
  });

  it('uses typographic apostrophes like plain ones', () => {
    expect(fillers('I’d like that. We don’t like it.')).toEqual({});
  });
});

describe('answer points: key words, tolerant of case and inflection', () => {
  const points: AnswerPoint[] = [
    { text: 'Escalate early', keywords: ['escalation'] },
    { text: 'Automate the toil', keywords: ['automate'] },
    { text: 'Own the analysis', keywords: ['analysis', 'ownership'] },
    { text: 'Cross-functional', keywords: ['cross-functional', 'stakeholder management'] },
    { text: 'Nothing said', keywords: ['retention'] },
    { text: 'No key words', keywords: [] },
  ];

  it('matches inflected forms and phrases said word by word', () => {
    const coverage = coverPoints(
      "I ESCALATED it, automated the reporting, ran two analyses, and worked cross functional with our stakeholders' management.",
      points,
    );
    expect(coverage.map((p) => p.matched)).toEqual([
      ['escalation'],
      ['automate'],
      ['analysis'],
      ['cross-functional', 'stakeholder management'],
      [],
      [],
    ]);
  });

  it('matches whole words only, and a phrase only in a row', () => {
    const coverage = coverPoints('The automaton tracked the management of stakeholder lists and a record.', [
      { text: 'a', keywords: ['automate'] },
      { text: 'b', keywords: ['stakeholder management'] },
      { text: 'c', keywords: ['track record'] },
    ]);
    expect(coverage.map((p) => p.touched)).toEqual([false, false, false]);
  });

  it('with no transcript nothing is touched, so the screen falls back to a checklist', () => {
    const analysis = analyzeAnswer('', 60_000, points);
    expect(analysis.pointsTouched).toBe(0);
    expect(analysis.points).toHaveLength(points.length);
    expect(analysis).toMatchObject({ words: 0, wordsPerMinute: 0, pace: null, fillerTotal: 0 });
  });
});

describe('pace', () => {
  const words = (n: number) => Array.from({ length: n }, (_, i) => `word${i}`).join(' ');

  it('rates the speaking rate: slow under 110, fast over 170 words a minute', () => {
    expect(analyzeAnswer(words(100), 60_000).pace).toBe('slow');
    expect(analyzeAnswer(words(140), 60_000).pace).toBe('steady');
    expect(analyzeAnswer(words(360), 120_000).pace).toBe('fast');
    expect(analyzeAnswer(words(180), 120_000).wordsPerMinute).toBe(90);
  });

  it('gives no rate for an answer under a second', () => {
    expect(analyzeAnswer('Yes.', 400).wordsPerMinute).toBeNull();
  });

  it('counts hyphenated words and contractions as one word each', () => {
    expect(countWords("We're data-driven, and we don't guess: 3 KPIs.")).toBe(8);
  });
});
