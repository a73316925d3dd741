import { useMemo, useState } from 'preact/hooks';
import { createInterviewForm } from '../app/interview-form';
import type { InterviewErrors } from '../domain/interview-answers';
import { useServices } from './app-context';
import { InterviewFields } from './InterviewFields';

/** What the app is for: the first thing a new user reads. */
export const PURPOSE =
  'PrepDeck gets you ready for a product-operations interview: short cards that come back just before you would forget them, paced to your interview date, all on this phone.';

/** The first visit: what the app is for, then the two questions (both skippable; Settings changes them later). */
export function FirstVisit() {
  const services = useServices();
  const { guide } = services;
  const form = useMemo(() => createInterviewForm(services), [services]);
  const [answers, setAnswers] = useState(() => form.answers());
  const [errors, setErrors] = useState<InterviewErrors>({});
  const [busy, setBusy] = useState(false);
  const onSubmit = async (event: Event) => {
    event.preventDefault();
    setBusy(true);
    try {
      setErrors((await form.submit(answers)) ?? {});
    } finally {
      setBusy(false);
    }
  };
  return (
    <section class="panel first-visit" aria-labelledby="welcome-heading">
      <h2 id="welcome-heading">Welcome to PrepDeck</h2>
      <p class="purpose">{PURPOSE}</p>
      <form onSubmit={onSubmit} noValidate>
        <InterviewFields
          idPrefix="welcome"
          answers={answers}
          errors={errors}
          today={form.today.value}
          onChange={setAnswers}
        />
        <div class="button-row">
          <button type="submit" class="button primary" disabled={busy}>
            Save and start
          </button>
          <button type="button" class="button" disabled={busy} onClick={() => void guide.skip()}>
            Skip for now
          </button>
        </div>
        <p class="hint">You can change these any time in Settings.</p>
      </form>
    </section>
  );
}
