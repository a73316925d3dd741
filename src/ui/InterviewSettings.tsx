import { useMemo, useState } from 'preact/hooks';
import { createInterviewForm } from '../app/interview-form';
import type { InterviewErrors } from '../domain/interview-answers';
import { useServices } from './app-context';
import { InterviewFields } from './InterviewFields';

/** Settings' "Your interview": the roles and the date the first visit asked for, changeable here. */
export function InterviewSettings() {
  const services = useServices();
  const form = useMemo(() => createInterviewForm(services), [services]);
  const [answers, setAnswers] = useState(() => form.answers());
  const [errors, setErrors] = useState<InterviewErrors>({});
  const [saved, setSaved] = useState(false);
  const onSubmit = async (event: Event) => {
    event.preventDefault();
    const problems = await form.submit(answers);
    setErrors(problems ?? {});
    setSaved(problems === null);
  };
  return (
    <form class="panel interview-settings" onSubmit={onSubmit} noValidate aria-labelledby="interview-heading">
      <h2 id="interview-heading">Your interview</h2>
      <InterviewFields
        idPrefix="settings"
        answers={answers}
        errors={errors}
        today={form.today.value}
        onChange={(next) => {
          setAnswers(next);
          setSaved(false);
        }}
      />
      <div class="form-actions">
        <button type="submit" class="button primary">
          Save interview details
        </button>
        <span role="status" class="saved">
          {saved ? 'Saved.' : ''}
        </span>
      </div>
    </form>
  );
}
