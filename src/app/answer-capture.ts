/**
 * One spoken answer's recording and transcript: started when the answer time begins (or when
 * the candidate turns recording on), stopped and kept when they finish, leave, or lock the
 * phone. A recording that stops by itself (page hidden, microphone gone) is saved at once.
 * Failures become a plain message; the timer never depends on any of this.
 */
import { signal } from '@preact/signals';
import fixWebmDuration from 'fix-webm-duration';
import {
  RecorderError,
  startRecording as startBrowserRecording,
  type ActiveRecording,
  type Recording,
  type StopReason,
} from './recorder';
import { startOnDeviceTranscript, type LiveTranscript, type TranscriptHandlers } from './on-device-speech';

/** The browser parts, so tests can pass fakes. */
export interface CaptureEnv {
  startRecording(): Promise<ActiveRecording>;
  startTranscript(lang: string, handlers: TranscriptHandlers): Promise<LiveTranscript | null>;
  /** The blob to keep: Chromium's WebM gets the duration it lacks, so players can seek it. */
  finishBlob(recording: Recording): Promise<Blob>;
}

/** Adds the missing duration to a WebM recording (https://crbug.com/642012); other types as they are. */
async function addWebmDuration(recording: Recording): Promise<Blob> {
  if (!/webm/i.test(recording.mimeType) || recording.durationMs <= 0) return recording.blob;
  try {
    return await fixWebmDuration(recording.blob, recording.durationMs, { logger: false });
  } catch {
    return recording.blob;
  }
}

export const browserCaptureEnv: CaptureEnv = {
  startRecording: () => startBrowserRecording(),
  startTranscript: (lang, handlers) => startOnDeviceTranscript(lang, handlers),
  finishBlob: addWebmDuration,
};

export type RecordingStatus = 'off' | 'starting' | 'recording' | 'kept' | 'failed';

/** Saves a finished recording of the answer `tag` names, and returns its id. */
export type KeepRecording<T> = (recording: Recording, blob: Blob, tag: T) => Promise<string>;

export type AnswerCapture<T> = ReturnType<typeof createAnswerCapture<T>>;

/** Builds the capture for a rehearsal; `reset(tag)` before each answer, `tag` naming it. */
export function createAnswerCapture<T>(env: CaptureEnv, keep: KeepRecording<T>, firstTag: T) {
  const status = signal<RecordingStatus>('off');
  /** Why nothing was recorded, in plain words. */
  const problem = signal<string | null>(null);
  /** What stopped the last recording, when it was not the candidate (e.g. 'page-hidden'). */
  const stoppedBy = signal<StopReason | null>(null);
  const transcript = signal({ final: '', interim: '' });
  const listening = signal(false);
  /** The recordings kept for this answer, newest last. */
  const keptIds = signal<string[]>([]);

  let active: ActiveRecording | null = null;
  let saving: Promise<void> = Promise.resolve();
  let live: LiveTranscript | null = null;
  /** Bumped by reset(): a start that resolves for an earlier answer is dropped. */
  let round = 0;
  let tag = firstTag;

  function whenDone(recording: Recording, mine: number, of: T): void {
    if (recording.reason === 'cancelled') return;
    saving = saving.then(async () => {
      try {
        const id = await keep(recording, await env.finishBlob(recording), of);
        if (mine !== round) return;
        keptIds.value = [...keptIds.value, id];
        status.value = 'kept';
        stoppedBy.value = recording.reason === 'stopped' ? null : recording.reason;
      } catch (cause) {
        if (mine !== round) return;
        status.value = 'failed';
        problem.value = `The recording could not be saved: ${cause instanceof Error ? cause.message : String(cause)}`;
      }
    });
  }

  async function stopRecording(): Promise<void> {
    if (status.value === 'starting') status.value = 'off';
    const current = active;
    active = null;
    if (current) await current.stop();
    await saving;
  }

  async function stop(): Promise<{ transcript: string }> {
    const current = live;
    live = null;
    listening.value = false;
    const [text] = await Promise.all([current ? current.stop() : Promise.resolve(''), stopRecording()]);
    return { transcript: text };
  }

  return {
    status,
    problem,
    stoppedBy,
    transcript,
    listening,
    keptIds,

    /** Starts recording now (asks for the microphone the first time). */
    async startRecording(): Promise<void> {
      if (status.value === 'starting' || status.value === 'recording') return;
      const mine = round;
      const of = tag;
      status.value = 'starting';
      problem.value = null;
      stoppedBy.value = null;
      try {
        const started = await env.startRecording();
        if (mine !== round || status.value !== 'starting') {
          started.cancel();
          return;
        }
        active = started;
        status.value = 'recording';
        void started.done.then((recording) => {
          if (active === started) active = null;
          whenDone(recording, mine, of);
        });
      } catch (cause) {
        if (mine !== round) return;
        status.value = 'failed';
        problem.value = cause instanceof RecorderError ? cause.message : 'Recording failed, so nothing was recorded.';
      }
    },

    /** Stops recording and keeps what was recorded. */
    stopRecording,

    /** Starts an on-device transcript; does nothing where the device cannot make one. */
    async startTranscript(lang: string): Promise<void> {
      if (live || listening.value) return;
      const mine = round;
      listening.value = true;
      const started = await env.startTranscript(lang, {
        onChange: (update) => {
          if (mine === round) transcript.value = update;
        },
        onError: () => {
          if (mine === round) listening.value = false;
        },
      });
      if (mine !== round) {
        started?.abort();
        return;
      }
      live = started;
      if (!started) listening.value = false;
    },

    /** Stops everything; resolves with the transcript (empty without one) once the recording is kept. */
    stop,

    /** Ready for the next answer, named by `next`: anything still running is stopped and kept. */
    reset(next: T): void {
      void stop();
      round += 1;
      tag = next;
      status.value = 'off';
      problem.value = null;
      stoppedBy.value = null;
      transcript.value = { final: '', interim: '' };
      keptIds.value = [];
    },
  };
}
