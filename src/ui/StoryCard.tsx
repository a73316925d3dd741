import type { StarStory } from '../domain/model';

const SECTIONS = [
  ['situation', 'Situation'],
  ['task', 'Task'],
  ['action', 'Action'],
  ['result', 'Result'],
] as const;

/** One STAR story: its title and result in numbers, the four parts to open when wanted. */
export function StoryCard({ story, open = false }: { story: StarStory; open?: boolean }) {
  const parts = SECTIONS.filter(([field]) => story[field].trim() !== '');
  return (
    <div class="story-card">
      <p class="story-title">{story.title}</p>
      {story.resultInNumbers ? <p class="story-numbers">{story.resultInNumbers}</p> : null}
      {parts.length > 0 ? (
        <details open={open}>
          <summary>Situation, Task, Action, Result</summary>
          <dl class="star">
            {parts.map(([field, label]) => (
              <div key={field}>
                <dt>{label}</dt>
                <dd>{story[field]}</dd>
              </div>
            ))}
          </dl>
        </details>
      ) : null}
    </div>
  );
}
