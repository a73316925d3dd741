/**
 * The end of the answer time, felt and heard: a short two-beep tone made with Web Audio (no
 * sound file to fetch or cache) and a vibration where the device has one. Browsers start
 * audio only after a user gesture, so `prime()` is called from the tap that starts a rehearsal.
 */

interface AudioEnv {
  AudioContext?: typeof AudioContext;
  vibrate?: (pattern: number[]) => boolean;
}

function browserEnv(): AudioEnv {
  const scope = globalThis as unknown as {
    AudioContext?: typeof AudioContext;
    webkitAudioContext?: typeof AudioContext;
  };
  const nav = typeof navigator === 'undefined' ? undefined : navigator;
  return {
    AudioContext: scope.AudioContext ?? scope.webkitAudioContext,
    vibrate: typeof nav?.vibrate === 'function' ? (pattern) => nav.vibrate(pattern) : undefined,
  };
}

export interface EndTone {
  /** Creates (or resumes) the audio context; call from a user's tap. */
  prime(): void;
  /** Two short beeps and a vibration. */
  play(): void;
  /** Lets the audio hardware go (leaving the screen). */
  close(): void;
}

const BEEP_S = 0.18;
const GAP_S = 0.12;
const PITCH_HZ = 880;

/** The end tone over the browser's Web Audio and vibration (or fakes, in tests). */
export function createEndTone(env: AudioEnv = browserEnv()): EndTone {
  let context: AudioContext | null = null;

  function ensure(): AudioContext | null {
    if (!env.AudioContext) return null;
    try {
      context ??= new env.AudioContext();
      if (context.state === 'suspended') void context.resume().catch(() => undefined);
      return context;
    } catch {
      return null;
    }
  }

  function beep(audio: AudioContext, start: number): void {
    const oscillator = audio.createOscillator();
    const gain = audio.createGain();
    oscillator.type = 'sine';
    oscillator.frequency.value = PITCH_HZ;
    // A soft attack and release: a click-free beep.
    gain.gain.setValueAtTime(0.0001, start);
    gain.gain.exponentialRampToValueAtTime(0.3, start + 0.02);
    gain.gain.exponentialRampToValueAtTime(0.0001, start + BEEP_S);
    oscillator.connect(gain).connect(audio.destination);
    oscillator.start(start);
    oscillator.stop(start + BEEP_S + 0.02);
  }

  return {
    prime() {
      ensure();
    },
    play() {
      const audio = ensure();
      if (audio) {
        const start = audio.currentTime + 0.01;
        beep(audio, start);
        beep(audio, start + BEEP_S + GAP_S);
      }
      try {
        env.vibrate?.([200, 100, 200]);
      } catch {
        // Some browsers throw without a recent user gesture; the tone still sounds.
      }
    },
    close() {
      void context?.close().catch(() => undefined);
      context = null;
    },
  };
}
