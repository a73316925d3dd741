/**
 * Rehearsing through the app model over fake-indexeddb, with a fake microphone and recogniser:
 * each self-rating is a review through the same scheduler and log as studying (schedule, review
 * and attempt in one transaction), recordings are kept per question, a refused microphone
 * leaves the timer and the rating working, and a transcript exists only where the device can
 * make one itself.
 */
import { describe, expect, it } from 'vitest';
import { createRehearsalSession } from '../../src/app/rehearsal-session';
import { rehearsalPrefsFor } from '../../src/app/rehearsal-prefs';
import { CardState, DEFAULT_SETTINGS, Grade } from '../../src/domain/model';
import { Scheduler } from '../../src/domain/scheduler';
import { writeGrade } from '../../src/storage/review-writes';
import { Lane } from '../../src/domain/queue-slot';
import { loadRehearsalPrefs } from '../../src/storage/rehearsal-prefs-store';
import { makeDeck, manualClock, startApp } from '../helpers/app-fixture';
import { fakeMicrophone, fakeRehearsalEnv, interviewDeck, settle } from '../helpers/rehearsal-fakes';

const SEC = 1000;
const MORNING = Date.UTC(2026, 10, 2, 9, 0);

async function setUp(speech: 'available' | 'unsupported' = 'unsupported') {
  const clock = manualClock(MORNING);
  const started = await startApp([interviewDeck(4), makeDeck('other', 3)], clock);
  const mic = fakeMicrophone(clock);
  const { env, tone } = fakeRehearsalEnv(mic, speech);
  const session = createRehearsalSession(started.services, env);
  await rehearsalPrefsFor(started.services).load();
  await session.setup.prepare();
  return { ...started, clock, mic, tone, session };
}

/** Thinking time runs out, the candidate answers for `ms`, then taps Done. */
async function answer(s: Awaited<ReturnType<typeof setUp>>, ms: number, words?: string): Promise<void> {
  s.session.skipThinking();
  await settle();
  if (words) s.mic.speak(words);
  s.clock.advance(ms);
  s.session.tick();
  await s.session.finish();
}

describe('a rehearsal through the app model', () => {
  it('asks interview questions only, and each rating is a review that moves the card (one schedule with studying)', async () => {
    const s = await setUp();
    s.session.setup.count.value = 2;
    s.session.start();
    expect(s.session.items.value.map((q) => q.card.deckId)).toEqual(['iq', 'iq']);
    expect(s.tone.primed).toBe(1);

    for (const rating of [Grade.Good, Grade.Again]) {
      const card = s.session.current.value!.card;
      expect(await s.db.get('schedules', card.id)).toBeUndefined();
      await answer(s, 30 * SEC);
      expect(s.session.step.value).toBe('review');
      await s.session.rate(rating);
      const schedule = await s.db.get('schedules', card.id);
      expect(schedule?.state).toBe(CardState.Learning);
      expect(schedule!.due).toBeGreaterThan(MORNING);
      const reviews = await s.db.getAllFromIndex('reviews', 'by-card', card.id);
      expect(reviews.map((r) => r.rating)).toEqual([rating]);
      const attempts = await s.db.getAllFromIndex('attempts', 'by-card', card.id);
      expect(attempts).toHaveLength(1);
      expect(attempts[0]).toMatchObject({ rating, answerMs: 30 * SEC, overtimeMs: 0, answerLimitMs: 120 * SEC });
      // The study queue (its slots) follows the same schedule at once.
      expect((await s.db.get('queueSlots', card.id))?.lane).toBe(Lane.Learning);
    }
    expect(s.session.step.value).toBe('done');
    expect(s.session.results.value.map((r) => r.rating)).toEqual([Grade.Good, Grade.Again]);
  });

  it('asks due questions first, read through storage after studying graded them', async () => {
    const s = await setUp();
    // Studied in the study screen: q3 graded Good, then a day later it is due.
    await s.study.start('iq');
    while (s.study.session.value!.current!.card.id !== 'iq/q3') {
      s.study.reveal();
      await s.study.grade(Grade.Easy);
    }
    s.study.reveal();
    await s.study.grade(Grade.Good);
    s.clock.advance(3 * 24 * 3600 * SEC);
    await s.session.setup.prepare();
    s.session.setup.count.value = 1;
    s.session.start();
    expect(s.session.current.value!.card.id).toBe('iq/q3');
    expect(s.session.current.value!.due).toBe(true);
  });

  it('keeps the role: a director rehearsal asks director questions', async () => {
    const s = await setUp();
    s.session.setup.role.value = 'director';
    expect(s.session.setup.available.value.total).toBe(2);
    s.session.setup.count.value = 5;
    s.session.start();
    expect(s.session.items.value.map((q) => q.card.id)).toEqual(['iq/q2', 'iq/q4']);
  });

  it('sounds the end tone once when the answer time runs out, and announces minutes, not seconds', async () => {
    const s = await setUp();
    s.session.start();
    const heard: string[] = [];
    s.session.skipThinking();
    heard.push(s.session.announcement.value);
    for (let t = 0; t < 150; t += 1) {
      s.clock.advance(SEC);
      s.session.tick();
      if (heard.at(-1) !== s.session.announcement.value) heard.push(s.session.announcement.value);
    }
    expect(s.tone.played).toBe(1);
    expect(heard).toEqual(['Answer now: 2 minutes.', '1 minute left.', 'Time is up. The timer counts on over time.']);
    expect(s.session.view.value).toMatchObject({ phase: 'overtime', label: '+0:30' });
  });
});

describe('recording', () => {
  it('is off until turned on; once on it is remembered and each answer is kept with its question', async () => {
    const s = await setUp();
    s.session.setup.count.value = 2;
    s.session.start();
    await answer(s, 5 * SEC);
    expect(s.mic.started).toBe(0);
    await s.session.rate(Grade.Good);

    // Turned on during the second answer: recording starts at once, and the choice is saved.
    s.session.skipThinking();
    await s.session.toggleRecording();
    expect(s.session.capture.status.value).toBe('recording');
    expect((await loadRehearsalPrefs(s.db)).recording).toBe(true);
    s.clock.advance(40 * SEC);
    await s.session.finish();
    const card = s.session.current.value!.card;
    const recordings = await s.db.getAllFromIndex('recordings', 'by-card', card.id);
    expect(recordings).toHaveLength(1);
    expect(recordings[0]).toMatchObject({ durationMs: 40 * SEC, mimeType: 'audio/ogg' });
    expect(s.session.library.byCard.value.get(card.id)).toHaveLength(1);
    await s.session.rate(Grade.Hard);
    const [attempt] = await s.db.getAllFromIndex('attempts', 'by-card', card.id);
    expect(attempt!.recordingId).toBe(recordings[0]!.id);

    // The next rehearsal records from the answer's start without being asked.
    s.session.end();
    await s.session.setup.prepare();
    s.session.start();
    s.session.skipThinking();
    await settle();
    expect(s.session.capture.status.value).toBe('recording');
  });

  it('stops and keeps the recording when the phone is locked or the screen is left', async () => {
    const s = await setUp();
    await s.session.prefs.update({ recording: true });
    s.session.start();
    s.session.skipThinking();
    await settle();
    s.clock.advance(12 * SEC);
    s.mic.endLive('page-hidden'); // the recorder stops itself when the page is hidden
    await settle();
    expect(s.session.capture.status.value).toBe('kept');
    expect(s.session.capture.stoppedBy.value).toBe('page-hidden');
    expect(await s.db.count('recordings')).toBe(1);

    // Back in the app, recording again, then leaving the screen: kept too.
    await s.session.capture.startRecording();
    s.clock.advance(3 * SEC);
    s.session.leave();
    await settle();
    expect(await s.db.count('recordings')).toBe(2);
    // The timer went on meanwhile; the answer can still be finished and rated.
    await s.session.finish();
    await s.session.rate(Grade.Good);
    expect(await s.db.count('reviews')).toBe(1);
  });

  it('permission denied: says why nothing was recorded; the timer runs on and the answer can be rated', async () => {
    const s = await setUp();
    await s.session.prefs.update({ recording: true });
    s.mic.refuse = 'permission-denied';
    s.session.start();
    s.session.skipThinking();
    await settle();
    expect(s.session.capture.status.value).toBe('failed');
    expect(s.session.capture.problem.value).toMatch(/Microphone access is turned off.*nothing was recorded/);
    for (const step of [119, 2, 4]) {
      s.clock.advance(step * SEC);
      s.session.tick();
    }
    expect(s.session.view.value).toMatchObject({ phase: 'overtime', label: '+0:05' });
    expect(s.tone.played).toBe(1);
    await s.session.finish();
    await s.session.rate(Grade.Good);
    expect(await s.db.count('reviews')).toBe(1);
    expect(await s.db.count('recordings')).toBe(0);
  });
});

describe('transcripts', () => {
  it('where the device transcribes: words per minute, fillers and covered points, kept with the attempt', async () => {
    const s = await setUp('available');
    s.session.start();
    await answer(s, 60 * SEC, 'Um I cut the backlog by forty percent in six weeks basically');
    expect(s.mic.transcriptsStarted).toBe(1);
    const analysis = s.session.review.value!.analysis!;
    expect(analysis.wordsPerMinute).toBe(12);
    expect(analysis.fillerTotal).toBe(2);
    expect(analysis.points.map((p) => p.touched)).toEqual([true, true]);
    await s.session.rate(Grade.Good);
    const [attempt] = await s.db.getAll('attempts');
    expect(attempt!.transcript).toContain('backlog');
    expect(attempt!.analysis?.pointsTouched).toBe(2);
  });

  it('where it cannot: no recogniser is started, and the points are a checklist that is kept', async () => {
    const s = await setUp('unsupported');
    s.session.start();
    await answer(s, 60 * SEC, 'words nobody hears');
    expect(s.mic.transcriptsStarted).toBe(0);
    expect(s.session.review.value!.analysis).toBeNull();
    s.session.togglePoint(1);
    await s.session.rate(Grade.Hard);
    const [attempt] = await s.db.getAll('attempts');
    expect(attempt!.transcript).toBeUndefined();
    expect(attempt!.checkedPoints).toEqual([1]);
  });
});

describe('a card graded in another tab meanwhile', () => {
  it('writes nothing, says so, and the rating is given again from the new state', async () => {
    const s = await setUp();
    s.session.start();
    await answer(s, 10 * SEC);
    const card = s.session.current.value!.card;
    // Another tab grades the same card (as its study session would).
    const other = new Scheduler(DEFAULT_SETTINGS).grade(card, null, s.clock.now(), Grade.Easy);
    await writeGrade(s.db, { ...other.schedule, version: 1 }, other.review);
    await s.session.rate(Grade.Good);
    expect(s.session.error.value).toMatch(/just graded in another tab/);
    expect(await s.db.count('attempts')).toBe(0);
    expect(s.session.review.value!.seen?.version).toBe(1);
    await s.session.rate(Grade.Good);
    expect(await s.db.count('attempts')).toBe(1);
    expect((await s.db.getAllFromIndex('reviews', 'by-card', card.id)).map((r) => r.rating)).toEqual([4, 3]);
  });
});

describe('a failed write', () => {
  it('writes neither the review nor the attempt, and says so', async () => {
    const s = await setUp();
    s.session.start();
    await answer(s, 10 * SEC);
    s.db.close();
    await s.session.rate(Grade.Good);
    expect(s.session.error.value).toBeTruthy();
    expect(s.session.step.value).toBe('review');
  });
});
