import { useState } from 'preact/hooks';
import type { InterviewErrors } from '../domain/interview-profile';
import { useGuide } from './app-context';
import { InterviewFields } from './InterviewFields';

/** Settings' "Your interview": the roles and the date the first visit asked for, changeable here. */
export function InterviewSettings() {
  const guide = useGuide();
  const [answers, setAnswers] = useState(() => guide.answers());
  const [errors, setErrors] = useState<InterviewErrors>({});
  const [saved, setSaved] = useState(false);
  const onSubmit = async (event: Event) => {
    event.preventDefault();
    const problems = await guide.submit(answers);
    setErrors(problems ?? {});
    setSaved(problems === null);
  };
  return (
    <form class="interview-settings" onSubmit={onSubmit} noValidate aria-labelledby="interview-heading">
      <h2 id="interview-heading">Your interview</h2>
      <InterviewFields
        idPrefix="settings"
        answers={answers}
        errors={errors}
        today={guide.today.value}
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
