/**
 * Recording an answer on the device: getUserMedia (audio only) into MediaRecorder with the
 * browser's own codec (Opus in WebM on Chromium and Firefox, AAC in MP4 on Safari). The
 * recording stops and is kept when the page is hidden (the phone locked, another app opened)
 * or the microphone goes away; the screen stays awake while recording where Screen Wake Lock
 * is offered. Failures are typed, with a message to show as it is. A screen that unmounts
 * mid-answer calls stop() itself. Nothing here uploads anything: the Blob is for IndexedDB.
 */

export type RecorderErrorKind = 'permission-denied' | 'no-microphone' | 'microphone-busy' | 'not-supported' | 'failed';

const MESSAGES: Record<RecorderErrorKind, string> = {
  'permission-denied':
    'Microphone access is turned off for this app, so nothing was recorded. You can allow it in the browser’s site settings; the timer works without it.',
  'no-microphone': 'No microphone was found, so nothing was recorded. The timer works without it.',
  'microphone-busy': 'The microphone is in use by another app, so nothing was recorded. The timer works without it.',
  'not-supported': 'This browser cannot record audio here, so nothing was recorded. The timer works without it.',
  failed: 'Recording failed, so nothing was recorded. The timer works without it.',
};

export class RecorderError extends Error {
  override readonly name = 'RecorderError';
  constructor(
    readonly kind: RecorderErrorKind,
    /** The browser's own error, for the console. */
    override readonly cause?: unknown,
  ) {
    super(MESSAGES[kind]);
  }
}

/** The codecs tried in order; when neither is supported the browser picks its default. */
export const AUDIO_TYPES = ['audio/webm;codecs=opus', 'audio/mp4'] as const;

/** The first of AUDIO_TYPES the browser can record, or undefined to let it choose. */
export function pickAudioType(isTypeSupported: (type: string) => boolean): string | undefined {
  return AUDIO_TYPES.find((type) => {
    try {
      return isTypeSupported(type);
    } catch {
      return false;
    }
  });
}

/** Why the recording stopped: the user, the page hidden, the microphone gone, an encoder error, or cancel(). */
export type StopReason = 'stopped' | 'page-hidden' | 'stream-ended' | 'error' | 'cancelled';

export interface Recording {
  blob: Blob;
  mimeType: string;
  startedAt: number;
  durationMs: number;
  reason: StopReason;
}

export interface ActiveRecording {
  readonly startedAt: number;
  /** Resolves once the recording has stopped, whatever stopped it. */
  readonly done: Promise<Recording>;
  /** Stops and resolves with the recording (the same as `done`). */
  stop(): Promise<Recording>;
  /** Stops; `done` resolves with reason "cancelled", for the caller to drop. */
  cancel(): void;
}

interface WakeLockSentinelLike {
  release(): Promise<void>;
}

/** Everything the recorder touches in the browser, so tests can pass fakes. */
export interface RecorderEnv {
  mediaDevices?: Pick<MediaDevices, 'getUserMedia'>;
  MediaRecorder?: {
    new (stream: MediaStream, options?: MediaRecorderOptions): MediaRecorder;
    isTypeSupported(type: string): boolean;
  };
  document?: Pick<Document, 'visibilityState' | 'addEventListener' | 'removeEventListener'>;
  window?: Pick<Window, 'addEventListener' | 'removeEventListener'>;
  wakeLock?: { request(type: 'screen'): Promise<WakeLockSentinelLike> };
  now(): number;
}

/** The real browser. */
export function browserRecorderEnv(): RecorderEnv {
  const nav = typeof navigator === 'undefined' ? undefined : navigator;
  return {
    mediaDevices: nav?.mediaDevices,
    MediaRecorder: typeof MediaRecorder === 'undefined' ? undefined : MediaRecorder,
    document: typeof document === 'undefined' ? undefined : document,
    window: typeof window === 'undefined' ? undefined : window,
    wakeLock: (nav as (Navigator & { wakeLock?: RecorderEnv['wakeLock'] }) | undefined)?.wakeLock,
    now: () => Date.now(),
  };
}

/** The getUserMedia failure as a RecorderError (names from https://w3c.github.io/mediacapture-main/#dom-mediadevices-getusermedia). */
function toRecorderError(error: unknown): RecorderError {
  const name = (error as { name?: string } | null)?.name;
  switch (name) {
    case 'NotAllowedError':
    case 'SecurityError':
    case 'PermissionDeniedError':
      return new RecorderError('permission-denied', error);
    case 'NotFoundError':
    case 'DevicesNotFoundError':
    case 'OverconstrainedError':
      return new RecorderError('no-microphone', error);
    case 'NotReadableError':
    case 'TrackStartError':
    case 'AbortError':
      return new RecorderError('microphone-busy', error);
    case 'TypeError':
    case 'NotSupportedError':
      return new RecorderError('not-supported', error);
    default:
      return new RecorderError('failed', error);
  }
}

/**
 * A voice, not music: 32 kbit/s (Opus is clear for speech there) keeps a minute near 240 kB
 * instead of Chromium's default 128 kbit/s, about 960 kB (npm run bench:recording measures it).
 */
export const SPEECH_BITS_PER_SECOND = 32_000;

function createRecorder(env: RecorderEnv, stream: MediaStream): { recorder: MediaRecorder; type: string | undefined } {
  const Recorder = env.MediaRecorder!;
  const type = pickAudioType((t) => Recorder.isTypeSupported(t));
  const audioBitsPerSecond = SPEECH_BITS_PER_SECOND;
  if (type) {
    try {
      return { recorder: new Recorder(stream, { mimeType: type, audioBitsPerSecond }), type };
    } catch {
      // Said it could, then could not (seen in older Safari): let the browser choose.
    }
  }
  return { recorder: new Recorder(stream, { audioBitsPerSecond }), type: undefined };
}

/** Asks for the microphone and starts recording; throws a RecorderError that says why it cannot. */
export async function startRecording(env: RecorderEnv = browserRecorderEnv()): Promise<ActiveRecording> {
  if (!env.mediaDevices?.getUserMedia || !env.MediaRecorder) throw new RecorderError('not-supported');
  let stream: MediaStream;
  try {
    stream = await env.mediaDevices.getUserMedia({ audio: true, video: false });
  } catch (error) {
    throw toRecorderError(error);
  }
  const releaseStream = () => stream.getTracks().forEach((track) => track.stop());

  let recorder: MediaRecorder;
  let chosenType: string | undefined;
  try {
    ({ recorder, type: chosenType } = createRecorder(env, stream));
  } catch (error) {
    releaseStream();
    throw new RecorderError('not-supported', error);
  }

  const chunks: Blob[] = [];
  let reason: StopReason | null = null;
  let startedAt = 0;
  let stoppedAt = 0;
  let wakeLock: WakeLockSentinelLike | null = null;
  let resolveDone!: (recording: Recording) => void;
  const done = new Promise<Recording>((resolve) => (resolveDone = resolve));

  const onVisibility = () => {
    if (env.document?.visibilityState === 'hidden') stopWith('page-hidden');
  };
  const onPageHide = () => stopWith('page-hidden');
  const onTrackEnded = () => stopWith('stream-ended');
  const tracks = stream.getAudioTracks();
  const cleanUp = () => {
    env.document?.removeEventListener('visibilitychange', onVisibility);
    env.window?.removeEventListener('pagehide', onPageHide);
    tracks.forEach((track) => track.removeEventListener('ended', onTrackEnded));
    releaseStream();
    wakeLock?.release().catch(() => undefined);
    wakeLock = null;
  };

  function stopWith(why: StopReason): void {
    if (reason !== null) return;
    reason = why;
    stoppedAt = env.now();
    if (recorder.state !== 'inactive') recorder.stop();
  }

  recorder.addEventListener('dataavailable', (event: BlobEvent) => {
    if (event.data && event.data.size > 0) chunks.push(event.data);
  });
  recorder.addEventListener('error', () => stopWith('error'));
  recorder.addEventListener('stop', () => {
    if (reason === null) {
      reason = 'error'; // stopped by the browser itself
      stoppedAt = env.now();
    }
    cleanUp();
    const mimeType = recorder.mimeType || chosenType || chunks[0]?.type || 'audio/webm';
    resolveDone({
      blob: new Blob(chunks, { type: mimeType }),
      mimeType,
      startedAt,
      durationMs: Math.max(0, stoppedAt - startedAt),
      reason,
    });
  });

  try {
    recorder.start();
  } catch (error) {
    cleanUp();
    throw new RecorderError('failed', error);
  }
  startedAt = env.now();
  env.document?.addEventListener('visibilitychange', onVisibility);
  env.window?.addEventListener('pagehide', onPageHide);
  tracks.forEach((track) => track.addEventListener('ended', onTrackEnded));
  env.wakeLock
    ?.request('screen')
    .then((sentinel) => {
      // The recording may have ended while the lock was being granted.
      if (reason === null) wakeLock = sentinel;
      else sentinel.release().catch(() => undefined);
    })
    .catch(() => undefined); // refused (battery saver, page hidden): record anyway
  if (env.document?.visibilityState === 'hidden') stopWith('page-hidden');

  return {
    startedAt,
    done,
    stop() {
      stopWith('stopped');
      return done;
    },
    cancel() {
      stopWith('cancelled');
    },
  };
}
