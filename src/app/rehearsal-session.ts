/**
 * The Rehearse screen's state and actions. Questions come from the interview decks, read
 * through rehearsal's own storage functions; each runs the pure timer (thinking, answer,
 * overtime), records and transcribes through the capture where the candidate and the device
 * allow, and ends with a self-rating written through gradeCard: the same scheduler and review
 * log as studying, with the attempt in the same transaction.
 */
import { computed, signal } from '@preact/signals';
import { analyzeAnswer } from '../domain/answer-analysis';
import type { CardRecord, Grade } from '../domain/model';
import { StaleGradeError } from '../domain/queue-slot';
import { createAttempt } from '../domain/rehearsal-attempt';
import {
  readTimer,
  skipThinking as skipTimerThinking,
  startTimer,
  stopTimer,
  timerDurations,
  timerEvents,
  type RehearsalTimer,
} from '../domain/rehearsal-timer';
import { Scheduler } from '../domain/scheduler';
import { loadCardWithSchedule } from '../storage/rehearsal-data';
import { createAnswerCapture } from './answer-capture';
import type { AnswerReview, RehearsalResult, RehearsalStep } from './rehearsal-types';

export type { AnswerReview, RehearsalResult, RehearsalStep } from './rehearsal-types';
import { gradeCard } from './grade-card';
import { newId, perServices } from './per-services';
import { recordingLibraryFor } from './recording-library';
import { rehearsalPrefsFor } from './rehearsal-prefs';
import { browserRehearsalEnv, type RehearsalEnv } from './rehearsal-env';
import { createRehearsalSetup, SPEECH_LANG, type RehearsalItem } from './rehearsal-setup';
import type { AppServices } from './services';

const STALE_MESSAGE = 'This question was just graded in another tab; the grades now start from there. Rate it again.';
/** A tone older than this (the phone slept through the end) is not sounded late. */
const TONE_GRACE_MS = 2000;

export type RehearsalSession = ReturnType<typeof createRehearsalSession>;

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** Builds the rehearsal over the app's services (`env`: the browser's parts, or fakes in tests). */
export function createRehearsalSession(services: AppServices, env: RehearsalEnv = browserRehearsalEnv()) {
  const { db, clock, state: app } = services;
  const prefs = rehearsalPrefsFor(services);
  const library = recordingLibraryFor(services);

  const setup = createRehearsalSetup(services, env);
  const step = signal<RehearsalStep>('setup');
  const items = signal<RehearsalItem[]>([]);
  const index = signal(0);
  const timer = signal<RehearsalTimer | null>(null);
  const now = signal(clock.now());
  const review = signal<AnswerReview | null>(null);
  const results = signal<RehearsalResult[]>([]);
  /** The latest thing a screen reader should hear about the timer. */
  const announcement = signal('');
  const busy = signal(false);
  const error = signal<string | null>(null);

  let attemptId = newId();
  /** Timer events already acted on (an event at the very instant of a skip must still count once). */
  let delivered = new Set<string>();

  const current = computed(() => items.value[index.value] ?? null);
  const view = computed(() => (timer.value ? readTimer(timer.value, now.value) : null));

  const capture = createAnswerCapture<{ cardId: string; attemptId: string }>(
    env.capture,
    async (recording, blob, of) => {
      const id = newId();
      const { startedAt: at, durationMs, mimeType } = recording;
      await library.save({ id, ...of, at, durationMs, mimeType, size: blob.size, blob });
      return id;
    },
    { cardId: '', attemptId: '' },
  );

  async function guarded(action: () => Promise<void>): Promise<void> {
    if (busy.value) return;
    busy.value = true;
    try {
      await action();
      error.value = null;
    } catch (cause) {
      error.value = messageOf(cause);
    } finally {
      busy.value = false;
    }
  }

  /** Each grade's outcome from the card's schedule as stored now. */
  async function previewGrades(card: CardRecord) {
    const found = await loadCardWithSchedule(db, card.id);
    const seen = found?.schedule ?? null;
    const previewAt = clock.now();
    return { seen, preview: new Scheduler(app.settings.value).preview(card, seen, previewAt), previewAt };
  }

  function begin(at: number): void {
    attemptId = newId();
    capture.reset({ cardId: current.peek()!.card.id, attemptId });
    review.value = null;
    delivered = new Set();
    timer.value = startTimer(at, prefs.prefs.value);
    step.value = 'question';
    tick();
  }

  /** Moves the timer on: sounds the end tone, starts the recording when the answer begins, and says what changed. */
  function tick(): void {
    const at = clock.now();
    now.value = at;
    const running = timer.peek();
    if (step.peek() !== 'question' || !running) return;
    const events = timerEvents(running, null, at).filter((e) => !delivered.has(`${e.kind}@${e.at}`));
    events.forEach((e) => delivered.add(`${e.kind}@${e.at}`));
    for (const event of events) {
      if (event.kind === 'answer-start') startCapture();
      if (event.tone && at - event.at <= TONE_GRACE_MS) env.tone.play();
    }
    if (events.length > 0) announcement.value = events[events.length - 1]!.announcement;
  }

  function startCapture(): void {
    if (prefs.prefs.value.recording) void capture.startRecording();
    if (setup.speech.value === 'available') void capture.startTranscript(SPEECH_LANG);
  }

  function next(result: RehearsalResult): void {
    results.value = [...results.value, result];
    if (index.value + 1 < items.value.length) {
      index.value += 1;
      begin(clock.now());
    } else {
      capture.reset({ cardId: '', attemptId: '' });
      timer.value = null;
      review.value = null;
      step.value = 'done';
    }
  }

  return {
    setup,
    step,
    items,
    index,
    current,
    view,
    review,
    results,
    announcement,
    busy,
    error,
    capture,
    prefs,
    library,
    tick,

    /** Starts a rehearsal of the chosen role and count (from the candidate's tap: the tone may sound). */
    start(): void {
      env.tone.prime();
      now.value = clock.now();
      const chosen = setup.pick(setup.count.value);
      if (chosen.length === 0) {
        error.value = 'No interview questions for this role yet.';
        return;
      }
      error.value = null;
      items.value = chosen;
      results.value = [];
      index.value = 0;
      begin(clock.now());
    },

    /** Rehearses one question (from its card while studying). */
    async startWithCard(cardId: string): Promise<void> {
      env.tone.prime();
      const found = await loadCardWithSchedule(db, cardId);
      if (!found) {
        error.value = 'That question no longer exists.';
        step.value = 'setup';
        return;
      }
      error.value = null;
      items.value = [{ card: found.card, due: false, attempts: 0 }];
      results.value = [];
      index.value = 0;
      begin(clock.now());
    },

    skipThinking(): void {
      const running = timer.value;
      if (!running) return;
      timer.value = skipTimerThinking(running, clock.now());
      tick();
    },

    /** Turns recording on (remembered) and starts it if the answer is under way; or off, keeping what was recorded. */
    async toggleRecording(): Promise<void> {
      const on = !prefs.prefs.value.recording;
      await prefs.update({ recording: on });
      const phase = view.value?.phase;
      if (on && step.value === 'question' && (phase === 'answering' || phase === 'overtime'))
        await capture.startRecording();
      if (!on) await capture.stopRecording();
    },

    /** The answer is over: stop the timer, keep the recording, analyse the transcript, show the grades. */
    finish(): Promise<void> {
      return guarded(async () => {
        const item = current.value;
        const running = timer.value;
        if (step.value !== 'question' || !item || !running) return;
        const stopped = stopTimer(running, clock.now());
        timer.value = stopped;
        now.value = stopped.stoppedAt!;
        const { transcript } = await capture.stop();
        const { answerMs } = timerDurations(stopped);
        const analysis = transcript ? analyzeAnswer(transcript, answerMs, item.card.points ?? []) : null;
        const { seen, preview, previewAt } = await previewGrades(item.card);
        review.value = { timer: stopped, seen, transcript, analysis, checked: [], preview, previewAt };
        step.value = 'review';
        void library.refreshCard(item.card.id);
      });
    },

    /** Ticks or unticks an answer point (without a transcript). */
    togglePoint(point: number): void {
      const r = review.value;
      if (!r) return;
      const checked = r.checked.includes(point) ? r.checked.filter((p) => p !== point) : [...r.checked, point];
      review.value = { ...r, checked: checked.sort((a, b) => a - b) };
    },

    /** Rates the answer: one review of the card (schedule and review log, as studying) with the attempt. */
    rate(rating: Grade): Promise<void> {
      return guarded(async () => {
        const item = current.value;
        const r = review.value;
        if (step.value !== 'review' || !item || !r) return;
        const kept = capture.keptIds.value;
        const attempt = createAttempt({
          id: attemptId,
          card: item.card,
          timer: r.timer,
          rating,
          transcript: r.transcript,
          ...(r.analysis ? { analysis: r.analysis } : {}),
          checkedPoints: r.checked,
          ...(kept.length > 0 ? { recordingId: kept[kept.length - 1] } : {}),
        });
        await gradeCard({ db, app, clock }, r.preview[rating], r.seen, attempt).catch(async (cause: unknown) => {
          if (!(cause instanceof StaleGradeError)) throw cause;
          // Graded in another tab meanwhile: the grades start again from that.
          review.value = { ...r, ...(await previewGrades(item.card)) };
          throw new Error(STALE_MESSAGE, { cause });
        });
        next({ card: item.card, rating, answerMs: attempt.answerMs, overtimeMs: attempt.overtimeMs });
      });
    },

    /** Moves on without rating (nothing is written but the recording). */
    skip(): void {
      const item = current.value;
      if (!item || busy.value) return;
      const stopped = stopTimer(timer.value ?? startTimer(clock.now()), clock.now());
      const { answerMs, overtimeMs } = timerDurations(stopped);
      next({ card: item.card, rating: null, answerMs, overtimeMs });
    },

    /** The screen is left mid-answer: stop and keep the recording; the timer state stays for the return. */
    leave(): void {
      if (capture.status.value === 'recording' || capture.status.value === 'starting') void capture.stopRecording();
    },

    /** Back to choosing a role: anything recording is kept. */
    end(): void {
      capture.reset({ cardId: '', attemptId: '' });
      timer.value = null;
      review.value = null;
      items.value = [];
      step.value = 'setup';
      void setup.prepare();
    },
  };
}

/** The app's one rehearsal (both routes into Rehearse share it). */
export const rehearsalFor = perServices((services) => createRehearsalSession(services));
