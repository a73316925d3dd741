/**
 * A transcript only where the device can make one itself. The Web Speech API sends audio to a
 * cloud service unless `processLocally` is set, so this seam reports on-device recognition only
 * when the browser has `processLocally` and `SpeechRecognition.available({ langs,
 * processLocally: true })` answers "available"; it installs a language pack only when asked
 * (`install()`, from a user gesture); and it never starts a recogniser without
 * `processLocally = true` read back as set. Where any of that is missing there is no
 * transcript, and nothing is sent anywhere.
 * Spec: https://webaudio.github.io/web-speech-api/ (available(), install(), processLocally).
 */

/** What available() answers, plus "unsupported" where the browser cannot recognise on the device at all. */
export type OnDeviceStatus = 'unsupported' | 'unavailable' | 'downloadable' | 'downloading' | 'available';

interface RecognitionOptions {
  langs: string[];
  processLocally: boolean;
}

interface SpeechAlternative {
  transcript: string;
}
interface SpeechResult {
  readonly isFinal: boolean;
  readonly length: number;
  [index: number]: SpeechAlternative;
}
interface SpeechResultEvent {
  readonly resultIndex: number;
  readonly results: { readonly length: number; [index: number]: SpeechResult };
}
interface SpeechErrorEvent {
  readonly error: string;
}

/** The parts of a SpeechRecognition instance this seam uses (the API is not in TypeScript's DOM types). */
export interface SpeechRecognizer {
  lang: string;
  continuous: boolean;
  interimResults: boolean;
  processLocally?: boolean;
  onresult: ((event: SpeechResultEvent) => void) | null;
  onerror: ((event: SpeechErrorEvent) => void) | null;
  onend: (() => void) | null;
  start(): void;
  stop(): void;
  abort(): void;
}

export interface SpeechRecognizerClass {
  new (): SpeechRecognizer;
  readonly prototype: object;
  available?(options: RecognitionOptions): Promise<string>;
  install?(options: RecognitionOptions): Promise<boolean>;
}

/** Where the API is looked up: `window` in the app, a fake in tests. */
export interface SpeechScope {
  SpeechRecognition?: SpeechRecognizerClass;
  webkitSpeechRecognition?: SpeechRecognizerClass;
}

const browserScope = () => globalThis as unknown as SpeechScope;

/** The recogniser class, only if it can be told to stay on the device and asked whether it can. */
function onDeviceClass(scope: SpeechScope): SpeechRecognizerClass | null {
  const Recognizer = scope.SpeechRecognition ?? scope.webkitSpeechRecognition;
  if (!Recognizer || typeof Recognizer.available !== 'function') return null;
  return 'processLocally' in Recognizer.prototype ? Recognizer : null;
}

const STATUSES = new Set<string>(['unavailable', 'downloadable', 'downloading', 'available']);

/** Whether on-device recognition of `lang` (e.g. "en-US") is available, can be downloaded, or is not offered. */
export async function checkOnDeviceSpeech(lang: string, scope: SpeechScope = browserScope()): Promise<OnDeviceStatus> {
  const Recognizer = onDeviceClass(scope);
  if (!Recognizer) return 'unsupported';
  try {
    const status = await Recognizer.available!({ langs: [lang], processLocally: true });
    return STATUSES.has(status) ? (status as OnDeviceStatus) : 'unavailable';
  } catch {
    // A permissions policy that blocks on-device recognition rejects: treat it as not offered.
    return 'unavailable';
  }
}

/** Downloads the language pack, only when the user asks (call from their tap); returns the status after. */
export async function installOnDeviceSpeech(
  lang: string,
  scope: SpeechScope = browserScope(),
): Promise<OnDeviceStatus> {
  const Recognizer = onDeviceClass(scope);
  if (!Recognizer || typeof Recognizer.install !== 'function') return checkOnDeviceSpeech(lang, scope);
  try {
    await Recognizer.install({ langs: [lang], processLocally: true });
  } catch {
    // Reported through the status below.
  }
  return checkOnDeviceSpeech(lang, scope);
}

export interface TranscriptHandlers {
  /** The transcript so far: words settled, and the words still being recognised. */
  onChange?(update: { final: string; interim: string }): void;
  /** Recognition stopped for a reason other than stop(): e.g. "not-allowed", "language-not-supported". */
  onError?(error: string): void;
}

export interface LiveTranscript {
  /** Stops listening; resolves with the transcript once the last words are in. */
  stop(): Promise<string>;
  /** Stops at once and drops what was not yet final. */
  abort(): void;
}

// Errors after which listening again cannot help (and "network" would mean audio left the device).
const FATAL = new Set([
  'not-allowed',
  'service-not-allowed',
  'language-not-supported',
  'audio-capture',
  'network',
  'bad-grammar',
]);
const MAX_RESTARTS = 50;
const STOP_GRACE_MS = 2000;

const tidy = (parts: readonly string[]) => parts.join(' ').replace(/\s+/g, ' ').trim();

/**
 * Starts transcribing on the device, or returns null (and starts nothing) when on-device
 * recognition of `lang` is not available now. Recognisers end after a silence: this one
 * listens again until stopped.
 */
export async function startOnDeviceTranscript(
  lang: string,
  handlers: TranscriptHandlers = {},
  scope: SpeechScope = browserScope(),
): Promise<LiveTranscript | null> {
  if ((await checkOnDeviceSpeech(lang, scope)) !== 'available') return null;
  const recognizer = new (onDeviceClass(scope)!)();
  recognizer.processLocally = true;
  // A browser that ignores the flag would recognise in the cloud: then do without.
  if (recognizer.processLocally !== true) return null;
  recognizer.lang = lang;
  recognizer.continuous = true;
  recognizer.interimResults = true;

  const committed: string[] = [];
  let sessionFinal: string[] = [];
  let interim = '';
  let state: 'listening' | 'stopping' | 'ended' = 'listening';
  let restarts = 0;
  let settle: ((text: string) => void) | null = null;
  const finalText = () => tidy([...committed, ...sessionFinal]);
  const finish = () => {
    state = 'ended';
    recognizer.onresult = null;
    recognizer.onerror = null;
    recognizer.onend = null;
    settle?.(finalText());
  };

  recognizer.onresult = (event) => {
    const finals: string[] = [];
    const pending: string[] = [];
    for (let i = 0; i < event.results.length; i += 1) {
      const result = event.results[i]!;
      (result.isFinal ? finals : pending).push(result[0]?.transcript ?? '');
    }
    sessionFinal = finals;
    interim = tidy(pending);
    handlers.onChange?.({ final: finalText(), interim });
  };
  recognizer.onerror = (event) => {
    if (!FATAL.has(event.error)) return; // "no-speech", "aborted": listening goes on
    finish();
    recognizer.abort();
    handlers.onError?.(event.error);
  };
  recognizer.onend = () => {
    committed.push(...sessionFinal);
    sessionFinal = [];
    if (state === 'listening' && restarts < MAX_RESTARTS) {
      restarts += 1;
      try {
        recognizer.start(); // the same recogniser: processLocally stays set
        return;
      } catch {
        // Could not listen again: keep what was said.
      }
    }
    finish();
  };
  try {
    recognizer.start();
  } catch {
    finish();
    return null;
  }

  return {
    stop() {
      if (state === 'ended') return Promise.resolve(finalText());
      state = 'stopping';
      return new Promise((resolve) => {
        settle = resolve;
        recognizer.stop();
        // Some engines never fire "end" after stop(): do not wait for ever.
        setTimeout(() => state !== 'ended' && finish(), STOP_GRACE_MS);
      });
    },
    abort() {
      if (state === 'ended') return;
      finish();
      recognizer.abort();
    },
  };
}
