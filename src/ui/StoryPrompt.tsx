import type { StarStory } from '../domain/model';
import { StoryCard } from './StoryCard';

interface Props {
  stories: readonly StarStory[];
  /** Shown or hidden: the Rehearse screen keeps the choice from one question to the next. */
  open: boolean;
  onToggle: (open: boolean) => void;
}

/** The candidate's stories for the question in front of them, shown or hidden as they like. */
export function StoryPrompt({ stories, open, onToggle }: Props) {
  if (stories.length === 0) return null;
  return (
    <details
      class="story-prompt"
      open={open}
      onToggle={(e) => {
        const now = (e.currentTarget as HTMLDetailsElement).open;
        if (now !== open) onToggle(now);
      }}
    >
      <summary>
        {open ? 'Hide' : 'Show'} your {stories.length === 1 ? 'story' : `${stories.length} stories`} for this question
      </summary>
      {stories.map((story) => (
        <StoryCard key={story.id} story={story} />
      ))}
    </details>
  );
}
