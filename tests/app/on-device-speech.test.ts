import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  checkOnDeviceSpeech,
  installOnDeviceSpeech,
  startOnDeviceTranscript,
  type SpeechRecognizer,
  type SpeechRecognizerClass,
  type SpeechScope,
} from '../../src/app/on-device-speech';

/** A fake SpeechRecognition class: records every instance, what was asked of it, and lets a test speak. */
function fakeSpeech(options: {
  status?: string;
  processLocally?: boolean; // false: the property is missing (cloud-only browsers)
  ignoresProcessLocally?: boolean; // the setter does nothing
  installs?: boolean;
  hasInstall?: boolean;
  availableThrows?: boolean;
}) {
  const instances: FakeRecognizer[] = [];
  const calls = { available: [] as unknown[], install: [] as unknown[] };
  let status = options.status ?? 'available';

  class FakeRecognizer implements SpeechRecognizer {
    lang = '';
    continuous = false;
    interimResults = false;
    onresult: SpeechRecognizer['onresult'] = null;
    onerror: SpeechRecognizer['onerror'] = null;
    onend: SpeechRecognizer['onend'] = null;
    starts: Array<{ processLocally: unknown }> = [];
    stopped = 0;
    aborted = 0;
    declare processLocally?: boolean;
    constructor() {
      instances.push(this);
    }
    start() {
      this.starts.push({ processLocally: this.processLocally });
    }
    stop() {
      this.stopped += 1;
    }
    abort() {
      this.aborted += 1;
    }
    /** The engine hears words: one result list for the current session. */
    hear(results: Array<[string, boolean]>) {
      const list = results.map(([transcript, isFinal]) => Object.assign([{ transcript }], { isFinal }));
      this.onresult?.({ resultIndex: 0, results: list });
    }
  }
  if (options.processLocally !== false) {
    Object.defineProperty(FakeRecognizer.prototype, 'processLocally', {
      get(this: { local?: boolean }) {
        return this.local ?? false;
      },
      set(this: { local?: boolean }, value: boolean) {
        if (!options.ignoresProcessLocally) this.local = value;
      },
    });
  }
  const Recognizer = FakeRecognizer as unknown as SpeechRecognizerClass & {
    available?: (o: unknown) => Promise<string>;
    install?: (o: unknown) => Promise<boolean>;
  };
  Recognizer.available = async (o) => {
    calls.available.push(o);
    if (options.availableThrows) throw new DOMException('blocked', 'NotAllowedError');
    return status;
  };
  if (options.hasInstall !== false) {
    Recognizer.install = async (o) => {
      calls.install.push(o);
      if (options.installs) status = 'available';
      return options.installs ?? false;
    };
  }
  return { Recognizer, instances, calls };
}

describe('on-device speech: only where the device can transcribe itself', () => {
  it('absent API: unsupported, and nothing is started', async () => {
    const scope: SpeechScope = {};
    expect(await checkOnDeviceSpeech('en-US', scope)).toBe('unsupported');
    expect(await startOnDeviceTranscript('en-US', {}, scope)).toBeNull();
  });

  it('a browser without processLocally (cloud recognition only): unsupported, no recogniser is ever created', async () => {
    const fake = fakeSpeech({ processLocally: false });
    const scope = { webkitSpeechRecognition: fake.Recognizer };
    expect(await checkOnDeviceSpeech('en-US', scope)).toBe('unsupported');
    expect(await startOnDeviceTranscript('en-US', {}, scope)).toBeNull();
    expect(fake.instances).toHaveLength(0);
    expect(fake.calls.available).toHaveLength(0);
  });

  it('a browser without available(): unsupported, even with processLocally', async () => {
    const fake = fakeSpeech({});
    delete (fake.Recognizer as { available?: unknown }).available;
    expect(await checkOnDeviceSpeech('en-US', { SpeechRecognition: fake.Recognizer })).toBe('unsupported');
    expect(await startOnDeviceTranscript('en-US', {}, { SpeechRecognition: fake.Recognizer })).toBeNull();
    expect(fake.instances).toHaveLength(0);
  });

  it.each(['unavailable', 'downloadable', 'downloading'])(
    'on-device recognition %s: no transcript, no recogniser started, no language pack installed unasked',
    async (status) => {
      const fake = fakeSpeech({ status });
      const scope = { SpeechRecognition: fake.Recognizer };
      expect(await checkOnDeviceSpeech('en-US', scope)).toBe(status);
      expect(fake.calls.available).toEqual([{ langs: ['en-US'], processLocally: true }]);
      expect(await startOnDeviceTranscript('en-US', {}, scope)).toBeNull();
      expect(fake.instances).toHaveLength(0);
      expect(fake.calls.install).toHaveLength(0);
    },
  );

  it('a policy that blocks available(): treated as unavailable', async () => {
    const fake = fakeSpeech({ availableThrows: true });
    expect(await checkOnDeviceSpeech('en-US', { SpeechRecognition: fake.Recognizer })).toBe('unavailable');
  });

  it('installs the language pack for on-device use only when asked, and reports the status after', async () => {
    const fake = fakeSpeech({ status: 'downloadable', installs: true });
    const scope = { SpeechRecognition: fake.Recognizer };
    expect(await installOnDeviceSpeech('en-GB', scope)).toBe('available');
    expect(fake.calls.install).toEqual([{ langs: ['en-GB'], processLocally: true }]);
    const failing = fakeSpeech({ status: 'downloadable', installs: false });
    expect(await installOnDeviceSpeech('en-GB', { SpeechRecognition: failing.Recognizer })).toBe('downloadable');
    const noInstall = fakeSpeech({ status: 'unavailable', hasInstall: false });
    expect(await installOnDeviceSpeech('en-GB', { SpeechRecognition: noInstall.Recognizer })).toBe('unavailable');
  });

  it('a browser that ignores processLocally when set: nothing is started', async () => {
    const fake = fakeSpeech({ ignoresProcessLocally: true });
    expect(await startOnDeviceTranscript('en-US', {}, { SpeechRecognition: fake.Recognizer })).toBeNull();
    expect(fake.instances[0]!.starts).toEqual([]);
  });
});

describe('on-device speech: transcribing', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('starts with processLocally set, continuous with interim results, and builds the transcript', async () => {
    const fake = fakeSpeech({});
    const updates: Array<{ final: string; interim: string }> = [];
    const live = await startOnDeviceTranscript(
      'en-US',
      { onChange: (u) => updates.push(u) },
      { SpeechRecognition: fake.Recognizer },
    );
    expect(live).not.toBeNull();
    const rec = fake.instances[0]!;
    expect(rec.starts).toEqual([{ processLocally: true }]);
    expect(rec).toMatchObject({ lang: 'en-US', continuous: true, interimResults: true });

    rec.hear([['I led the', false]]);
    rec.hear([
      [' I led the rollout', true],
      ['of', false],
    ]);
    expect(updates.at(-1)).toEqual({ final: 'I led the rollout', interim: 'of' });

    const done = live!.stop();
    rec.hear([
      ['I led the rollout', true],
      ['of the new triage', true],
    ]);
    rec.onend!();
    expect(await done).toBe('I led the rollout of the new triage');
    expect(rec.stopped).toBe(1);
  });

  it('listens again after a silence ends the session, with the same on-device recogniser, keeping earlier words', async () => {
    const fake = fakeSpeech({});
    const live = await startOnDeviceTranscript('en-US', {}, { SpeechRecognition: fake.Recognizer });
    const rec = fake.instances[0]!;
    rec.hear([['First part.', true]]);
    rec.onerror!({ error: 'no-speech' });
    rec.onend!();
    expect(rec.starts).toEqual([{ processLocally: true }, { processLocally: true }]);
    expect(fake.instances).toHaveLength(1);
    rec.hear([['Second part.', true]]);
    const done = live!.stop();
    rec.onend!();
    expect(await done).toBe('First part. Second part.');
  });

  it('gives up on an error that listening again cannot fix, and says which', async () => {
    const fake = fakeSpeech({});
    const errors: string[] = [];
    const live = await startOnDeviceTranscript(
      'en-US',
      { onError: (e) => errors.push(e) },
      { SpeechRecognition: fake.Recognizer },
    );
    const rec = fake.instances[0]!;
    rec.hear([['Kept words', true]]);
    rec.onerror?.({ error: 'language-not-supported' });
    expect(errors).toEqual(['language-not-supported']);
    expect(rec.aborted).toBe(1);
    expect(rec.onend).toBeNull(); // no restart
    expect(await live!.stop()).toBe('Kept words');
  });

  it('does not wait for ever when the engine never ends after stop()', async () => {
    const fake = fakeSpeech({});
    const live = await startOnDeviceTranscript('en-US', {}, { SpeechRecognition: fake.Recognizer });
    fake.instances[0]!.hear([['Almost', true]]);
    const done = live!.stop();
    await vi.advanceTimersByTimeAsync(2000);
    expect(await done).toBe('Almost');
  });
});
