/**
 * Fakes of the browser parts a rehearsal uses: a recorder whose recordings the test stops (or
 * the page "hides"), an on-device recogniser the test speaks into, a tone that counts its
 * beeps. And an interview deck with answer points.
 */
import type { AnswerCapture, CaptureEnv } from '../../src/app/answer-capture';
import type { ActiveRecording, Recording, StopReason } from '../../src/app/recorder';
import { RecorderError, type RecorderErrorKind } from '../../src/app/recorder';
import type { RehearsalEnv } from '../../src/app/rehearsal-env';
import type { OnDeviceStatus, TranscriptHandlers } from '../../src/app/on-device-speech';
import type { DeckFile } from '../../src/domain/deck-file';
import type { Clock } from '../../src/app/clock';

export interface FakeMicrophone {
  env: CaptureEnv;
  /** Recordings started so far. */
  started: number;
  /** Stops the live recording as the browser would (the page hidden, the microphone gone). */
  endLive(reason: StopReason): void;
  /** Make getUserMedia fail this way from now on (null: works again). */
  refuse: RecorderErrorKind | null;
  /** Words the recogniser hears next; null when it is not started. */
  speak(text: string): void;
  transcriptsStarted: number;
}

/** A microphone and a recogniser under the test's control, timed by `clock`. */
export function fakeMicrophone(clock: Clock): FakeMicrophone {
  let live: { finish(reason: StopReason): void } | null = null;
  let listener: TranscriptHandlers | null = null;
  let heard = '';
  const mic: FakeMicrophone = {
    started: 0,
    transcriptsStarted: 0,
    refuse: null,
    endLive: (reason) => live?.finish(reason),
    speak(text) {
      heard = `${heard} ${text}`.trim();
      listener?.onChange?.({ final: heard, interim: '' });
    },
    env: {
      async startRecording(): Promise<ActiveRecording> {
        if (mic.refuse) throw new RecorderError(mic.refuse);
        mic.started += 1;
        const startedAt = clock.now();
        let resolve!: (r: Recording) => void;
        const done = new Promise<Recording>((r) => (resolve = r));
        let over = false;
        const finish = (reason: StopReason) => {
          if (over) return;
          over = true;
          live = null;
          const durationMs = clock.now() - startedAt;
          resolve({
            blob: new Blob([`audio of ${durationMs} ms`], { type: 'audio/ogg' }),
            mimeType: 'audio/ogg',
            startedAt,
            durationMs,
            reason,
          });
        };
        live = { finish };
        return {
          startedAt,
          done,
          stop: () => (finish('stopped'), done),
          cancel: () => finish('cancelled'),
        };
      },
      async startTranscript(_lang, handlers) {
        mic.transcriptsStarted += 1;
        listener = handlers;
        heard = '';
        return {
          stop: async () => {
            listener = null;
            return heard;
          },
          abort: () => (listener = null),
        };
      },
      finishBlob: async (recording) => recording.blob,
    },
  };
  return mic;
}

/** The rehearsal's browser parts, faked; `speech` says what on-device recognition the "device" has. */
export function fakeRehearsalEnv(mic: FakeMicrophone, speech: OnDeviceStatus = 'unsupported') {
  const tone = { primed: 0, played: 0 };
  const env: RehearsalEnv = {
    capture: mic.env,
    tone: { prime: () => (tone.primed += 1), play: () => (tone.played += 1), close: () => undefined },
    checkSpeech: async () => speech,
    installSpeech: async () => speech,
  };
  return { env, tone };
}

/** Waits until the capture has settled (a start or a save in flight). */
export async function settle(capture?: AnswerCapture<unknown>): Promise<void> {
  for (let i = 0; i < 20; i++) await new Promise((r) => setTimeout(r, 0));
  void capture;
}

/** An interview deck: questions tagged for roles, each with answer points; the first two behavioural. */
export function interviewDeck(n = 4): DeckFile {
  return {
    id: 'iq',
    name: 'Questions you may be asked',
    description: 'Interview questions',
    format: 'text',
    interview: true,
    cards: Array.from({ length: n }, (_, i) => ({
      id: `q${i + 1}`,
      front: `Interview question ${i + 1}?`,
      back: 'A strong answer covers: the backlog, the result',
      tags: [i % 2 === 0 ? 'specialist' : 'director', 'interview'],
      points: [
        { text: 'How you cut the backlog', keywords: ['backlog'] },
        { text: 'The result in numbers', keywords: ['percent', 'weeks'] },
      ],
      ...(i < 2 ? { behavioural: true } : {}),
    })),
  };
}
