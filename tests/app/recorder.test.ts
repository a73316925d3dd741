import { describe, expect, it, vi } from 'vitest';
import { pickAudioType, RecorderError, startRecording, type RecorderEnv } from '../../src/app/recorder';

class FakeTrack extends EventTarget {
  stopped = false;
  stop() {
    this.stopped = true;
  }
  /** The microphone goes away (unplugged, taken by the system). */
  end() {
    this.dispatchEvent(new Event('ended'));
  }
}

class FakeStream {
  readonly track = new FakeTrack();
  getTracks() {
    return [this.track];
  }
  getAudioTracks() {
    return [this.track];
  }
}

/** A MediaRecorder that "encodes" a chunk per second of fake time into its mime type. */
function fakeMediaRecorder(supported: readonly string[], defaultType = 'audio/ogg') {
  const made: FakeRecorder[] = [];
  class FakeRecorder extends EventTarget {
    static isTypeSupported = (type: string) => supported.includes(type);
    state: 'inactive' | 'recording' = 'inactive';
    readonly mimeType: string;
    constructor(
      readonly stream: FakeStream,
      readonly options?: { mimeType?: string },
    ) {
      super();
      this.mimeType = options?.mimeType ?? defaultType;
      made.push(this);
    }
    start() {
      this.state = 'recording';
    }
    stop() {
      this.state = 'inactive';
      const data = Object.assign(new Event('dataavailable'), {
        data: new Blob(['opus-bytes'], { type: this.mimeType }),
      });
      this.dispatchEvent(data);
      this.dispatchEvent(new Event('stop'));
    }
  }
  return { FakeRecorder, made };
}

function fakeEnv(over: Partial<RecorderEnv> & { supported?: readonly string[] } = {}) {
  let time = Date.UTC(2026, 10, 2, 9, 0);
  const stream = new FakeStream();
  const { FakeRecorder, made } = fakeMediaRecorder(over.supported ?? ['audio/webm;codecs=opus', 'audio/mp4']);
  const doc = Object.assign(new EventTarget(), { visibilityState: 'visible' as DocumentVisibilityState });
  const win = new EventTarget();
  const released = vi.fn(async () => undefined);
  const getUserMedia = vi.fn(async () => stream as unknown as MediaStream);
  const env: RecorderEnv = {
    mediaDevices: { getUserMedia },
    MediaRecorder: FakeRecorder as unknown as RecorderEnv['MediaRecorder'],
    document: doc as unknown as RecorderEnv['document'],
    window: win as unknown as RecorderEnv['window'],
    wakeLock: { request: vi.fn(async () => ({ release: released })) },
    now: () => time,
    ...over,
  };
  const hide = () => {
    doc.visibilityState = 'hidden';
    doc.dispatchEvent(new Event('visibilitychange'));
  };
  return { env, stream, made, released, getUserMedia, hide, tick: (ms: number) => (time += ms) };
}

describe('pickAudioType', () => {
  it("prefers Opus in WebM, then MP4 (Safari's AAC), else the browser's default", () => {
    expect(pickAudioType((t) => ['audio/webm;codecs=opus', 'audio/mp4'].includes(t))).toBe('audio/webm;codecs=opus');
    expect(pickAudioType((t) => t === 'audio/mp4')).toBe('audio/mp4');
    expect(pickAudioType(() => false)).toBeUndefined();
    expect(
      pickAudioType(() => {
        throw new Error('old browser');
      }),
    ).toBeUndefined();
  });
});

describe('startRecording', () => {
  it('records audio only, in the browser codec, and returns the Blob with its type and duration', async () => {
    const fake = fakeEnv();
    const recording = await startRecording(fake.env);
    expect(fake.getUserMedia).toHaveBeenCalledWith({ audio: true, video: false });
    expect(fake.made[0]!.options).toEqual({ mimeType: 'audio/webm;codecs=opus', audioBitsPerSecond: 32_000 });
    fake.tick(95_000);
    const result = await recording.stop();
    expect(result).toMatchObject({ mimeType: 'audio/webm;codecs=opus', durationMs: 95_000, reason: 'stopped' });
    expect(result.blob.type).toBe('audio/webm;codecs=opus');
    expect(await result.blob.text()).toBe('opus-bytes');
    expect(fake.stream.track.stopped).toBe(true); // the microphone is released
  });

  it('records MP4 where WebM/Opus is not offered (Safari), and the default type where neither is', async () => {
    const safari = fakeEnv({ supported: ['audio/mp4'] });
    const result = await (await startRecording(safari.env)).stop();
    expect(result.mimeType).toBe('audio/mp4');
    const other = fakeEnv({ supported: [] });
    const recording = await startRecording(other.env);
    expect(other.made[0]!.options).toEqual({ audioBitsPerSecond: 32_000 });
    expect((await recording.stop()).mimeType).toBe('audio/ogg');
  });

  it.each([
    ['NotAllowedError', 'permission-denied', 'Microphone access is turned off'],
    ['SecurityError', 'permission-denied', 'Microphone access is turned off'],
    ['NotFoundError', 'no-microphone', 'No microphone was found'],
    ['NotReadableError', 'microphone-busy', 'in use by another app'],
    ['WeirdError', 'failed', 'Recording failed'],
  ])('getUserMedia %s: a RecorderError of kind %s that says so plainly', async (name, kind, message) => {
    const fake = fakeEnv();
    fake.getUserMedia.mockRejectedValueOnce(new DOMException('no', name));
    const error = await startRecording(fake.env).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RecorderError);
    expect(error).toMatchObject({ kind });
    expect((error as Error).message).toContain(message);
    expect((error as Error).message).toContain('nothing was recorded');
  });

  it('no getUserMedia or no MediaRecorder: not supported, and the microphone is not asked for', async () => {
    const noRecorder = fakeEnv({ MediaRecorder: undefined });
    await expect(startRecording(noRecorder.env)).rejects.toMatchObject({ kind: 'not-supported' });
    expect(noRecorder.getUserMedia).not.toHaveBeenCalled();
    await expect(startRecording(fakeEnv({ mediaDevices: undefined }).env)).rejects.toMatchObject({
      kind: 'not-supported',
    });
  });

  it('stops and keeps the recording when the page is hidden (phone locked, app switched)', async () => {
    const fake = fakeEnv();
    const recording = await startRecording(fake.env);
    fake.tick(40_000);
    fake.hide();
    const result = await recording.done;
    expect(result).toMatchObject({ reason: 'page-hidden', durationMs: 40_000 });
    expect(result.blob.size).toBeGreaterThan(0);
    expect(fake.released).toHaveBeenCalledTimes(1);
    // Stopping again later changes nothing.
    expect(await recording.stop()).toBe(result);
  });

  it('stops and keeps the recording when the page is left (pagehide) or the microphone goes away', async () => {
    const left = fakeEnv();
    const a = await startRecording(left.env);
    (left.env.window as unknown as EventTarget).dispatchEvent(new Event('pagehide'));
    expect((await a.done).reason).toBe('page-hidden');

    const unplugged = fakeEnv();
    const b = await startRecording(unplugged.env);
    unplugged.tick(12_000);
    unplugged.stream.track.end();
    expect(await b.done).toMatchObject({ reason: 'stream-ended', durationMs: 12_000 });
  });

  it('holds a screen wake lock while recording and releases it after; records without one where refused or absent', async () => {
    const fake = fakeEnv();
    const recording = await startRecording(fake.env);
    await Promise.resolve();
    expect(fake.env.wakeLock!.request).toHaveBeenCalledWith('screen');
    expect(fake.released).not.toHaveBeenCalled();
    await recording.stop();
    expect(fake.released).toHaveBeenCalledTimes(1);

    const refused = fakeEnv({ wakeLock: { request: () => Promise.reject(new DOMException('no', 'NotAllowedError')) } });
    expect((await (await startRecording(refused.env)).stop()).reason).toBe('stopped');
    const absent = fakeEnv({ wakeLock: undefined });
    expect((await (await startRecording(absent.env)).stop()).reason).toBe('stopped');
  });

  it('cancel() stops with reason "cancelled", for the caller to drop', async () => {
    const fake = fakeEnv();
    const recording = await startRecording(fake.env);
    recording.cancel();
    expect((await recording.done).reason).toBe('cancelled');
    expect(fake.stream.track.stopped).toBe(true);
  });

  it('a page already hidden when recording starts stops at once', async () => {
    const fake = fakeEnv();
    (fake.env.document as unknown as { visibilityState: string }).visibilityState = 'hidden';
    const recording = await startRecording(fake.env);
    expect((await recording.done).reason).toBe('page-hidden');
  });
});
