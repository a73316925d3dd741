/**
 * The two questions' form (first visit, Settings): the stored answers, today's date for the date
 * picker, and checking then saving what was answered. Loaded only with the screens that ask.
 */
import { computed } from '@preact/signals';
import {
  answersOf,
  localIsoDate,
  parseInterviewAnswers,
  type InterviewAnswers,
  type InterviewErrors,
} from '../domain/interview-answers';
import type { AppServices } from './services';

export type InterviewForm = ReturnType<typeof createInterviewForm>;

/** The form over the app's interview guide. */
export function createInterviewForm({ guide, state: app, clock }: Pick<AppServices, 'guide' | 'state' | 'clock'>) {
  const offset = (at: number) => clock.utcOffsetMinutes(at);
  return {
    /** Today's local date ("YYYY-MM-DD"), the earliest an interview date may be. */
    today: computed(() => localIsoDate(app.now.value, offset)),

    /** The answers as stored. */
    answers(): InterviewAnswers {
      return answersOf(guide.profile.value, offset);
    },

    /** Checks the answers and saves them; resolves with what is wrong, or null once saved. */
    async submit(answers: InterviewAnswers): Promise<InterviewErrors | null> {
      const parsed = parseInterviewAnswers(answers, { now: clock.now(), utcOffset: offset });
      if ('errors' in parsed) return parsed.errors;
      await guide.save(parsed.value);
      return null;
    },
  };
}
