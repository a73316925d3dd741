/**
 * Choosing what to rehearse: the role and how many questions, the interview questions read
 * deck by deck through rehearsal's own storage function (due ones first, then the least
 * practised), and whether this device can transcribe an answer itself.
 */
import { computed, signal } from '@preact/signals';
import type { CardRecord } from '../domain/model';
import { DEFAULT_QUESTION_COUNT, pickRehearsalQuestions, tallyPractice } from '../domain/rehearsal-queue';
import type { RoleId } from '../domain/roles';
import { nextStudyDayStart } from '../domain/study-day';
import { loadInterviewQuestions, type InterviewQuestions } from '../storage/rehearsal-data';
import type { OnDeviceStatus } from './on-device-speech';
import type { AppServices } from './services';

/** The language transcripts are made in: the decks are in English. */
export const SPEECH_LANG = 'en-US';

export interface RehearsalItem {
  card: CardRecord;
  /** Due for review: rating the answer counts as that review. */
  due: boolean;
  attempts: number;
}

export interface SpeechEnv {
  checkSpeech(lang: string): Promise<OnDeviceStatus>;
  installSpeech(lang: string): Promise<OnDeviceStatus>;
}

export type RehearsalSetup = ReturnType<typeof createRehearsalSetup>;

/** Builds the setup's state over the app's services. */
export function createRehearsalSetup(
  { db, clock, state: app }: Pick<AppServices, 'db' | 'clock' | 'state'>,
  env: SpeechEnv,
) {
  const role = signal<RoleId | 'all'>('all');
  const count = signal(DEFAULT_QUESTION_COUNT);
  const pool = signal<InterviewQuestions | null>(null);
  const speech = signal<OnDeviceStatus | 'checking'>('checking');

  /** The questions to ask now, in order, at most `limit`. */
  function pick(limit: number): RehearsalItem[] {
    const data = pool.value;
    if (!data) return [];
    const at = clock.now();
    const cardsById = new Map(data.cards.map((c) => [c.id, c]));
    return pickRehearsalQuestions({
      cards: data.cards,
      schedules: data.schedules,
      interviewDeckIds: new Set(data.decks.map((d) => d.id)),
      practice: tallyPractice(data.attempts),
      role: role.value,
      count: limit,
      now: at,
      dueBy: nextStudyDayStart(at, app.settings.value.dayStartHour, clock.utcOffsetMinutes(at)),
    }).questions.map((q) => ({ card: cardsById.get(q.card.id)!, due: q.due, attempts: q.attempts }));
  }

  /** How many questions the chosen role has, and how many are due. */
  const available = computed(() => {
    const all = pick(Number.MAX_SAFE_INTEGER);
    return { total: all.length, due: all.filter((q) => q.due).length };
  });

  return {
    role,
    count,
    pool,
    speech,
    available,
    pick,

    /** Reads the interview questions (with their schedules and attempts) and asks whether the device can transcribe. */
    async prepare(): Promise<void> {
      const [data, status] = await Promise.all([loadInterviewQuestions(db), env.checkSpeech(SPEECH_LANG)]);
      pool.value = data;
      speech.value = status;
    },

    /** Downloads the on-device language pack: only when the candidate asks. */
    async installSpeech(): Promise<void> {
      speech.value = 'downloading';
      speech.value = await env.installSpeech(SPEECH_LANG);
    },
  };
}
