/** The browser parts a rehearsal uses (microphone, recogniser, tone), in one place so tests can pass fakes. */
import { browserCaptureEnv, type CaptureEnv } from './answer-capture';
import { createEndTone, type EndTone } from './end-tone';
import { checkOnDeviceSpeech, installOnDeviceSpeech } from './on-device-speech';
import type { SpeechEnv } from './rehearsal-setup';

export interface RehearsalEnv extends SpeechEnv {
  capture: CaptureEnv;
  tone: EndTone;
}

/** The real browser's. */
export function browserRehearsalEnv(): RehearsalEnv {
  return {
    capture: browserCaptureEnv,
    tone: createEndTone(),
    checkSpeech: (lang) => checkOnDeviceSpeech(lang),
    installSpeech: (lang) => installOnDeviceSpeech(lang),
  };
}
