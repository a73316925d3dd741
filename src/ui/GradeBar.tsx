import { describeInterval, formatInterval } from '../domain/format-time';
import { GRADES, type Grade } from '../domain/model';
import type { GradePreview } from '../domain/scheduler';

export const GRADE_NAMES: Record<Grade, string> = { 1: 'Again', 2: 'Hard', 3: 'Good', 4: 'Easy' };

interface Props {
  preview: GradePreview;
  /** The instant the preview was computed at: intervals are measured from it. */
  at: number;
  disabled: boolean;
  onGrade: (grade: Grade) => void;
}

/** The four grade buttons, each showing the interval that grade will really give. */
export function GradeBar({ preview, at, disabled, onGrade }: Props) {
  return (
    <div class="grade-bar" role="group" aria-label="Grade your answer">
      {GRADES.map((grade) => {
        const span = preview[grade].schedule.due - at;
        return (
          <button
            key={grade}
            type="button"
            class={`grade grade-${GRADE_NAMES[grade].toLowerCase()}`}
            disabled={disabled}
            // The name holds the visible words in their order ("Again 1m"), then the long form.
            aria-label={`${GRADE_NAMES[grade]} ${formatInterval(span)}: next in ${describeInterval(span)} (key ${grade})`}
            onClick={() => onGrade(grade)}
          >
            <span class="grade-name">{GRADE_NAMES[grade]}</span>{' '}
            <span class="grade-interval">{formatInterval(span)}</span>
          </button>
        );
      })}
    </div>
  );
}
