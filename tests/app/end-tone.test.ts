import { describe, expect, it } from 'vitest';
import { createEndTone } from '../../src/app/end-tone';

/** A Web Audio context that records the oscillators it is asked to play. */
function fakeAudio() {
  const played: Array<{ frequency: number; start: number; stop: number }> = [];
  let resumed = 0;
  class FakeContext {
    state = 'suspended';
    currentTime = 3;
    destination = {};
    resume() {
      resumed += 1;
      this.state = 'running';
      return Promise.resolve();
    }
    close() {
      return Promise.resolve();
    }
    createGain() {
      const param = { setValueAtTime() {}, exponentialRampToValueAtTime() {} };
      return { gain: param, connect: (next: unknown) => next };
    }
    createOscillator() {
      const tone = { frequency: 0, start: 0, stop: 0 };
      return {
        type: 'sine',
        frequency: {
          set value(v: number) {
            tone.frequency = v;
          },
        },
        connect: (gain: unknown) => gain,
        start: (at: number) => (tone.start = at),
        stop: (at: number) => {
          tone.stop = at;
          played.push(tone);
        },
      };
    }
  }
  return { AudioContext: FakeContext as unknown as typeof AudioContext, played, resumed: () => resumed };
}

describe('the end tone', () => {
  it('is generated (two short beeps, no file) with a vibration where the device has one', () => {
    const audio = fakeAudio();
    const vibrations: number[][] = [];
    const tone = createEndTone({ AudioContext: audio.AudioContext, vibrate: (p) => (vibrations.push(p), true) });
    tone.prime();
    expect(audio.resumed()).toBe(1);
    tone.play();
    expect(audio.played).toHaveLength(2);
    expect(audio.played.every((b) => b.frequency === 880 && b.stop - b.start < 0.5)).toBe(true);
    expect(audio.played[1]!.start).toBeGreaterThan(audio.played[0]!.stop);
    expect(vibrations).toEqual([[200, 100, 200]]);
  });

  it('still vibrates without Web Audio, and stays silent without either', () => {
    const vibrations: number[][] = [];
    createEndTone({ vibrate: (p) => (vibrations.push(p), true) }).play();
    expect(vibrations).toHaveLength(1);
    expect(() => createEndTone({}).play()).not.toThrow();
  });
});
