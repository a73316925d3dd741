import { useState } from 'preact/hooks';
import type { StarStory } from '../domain/model';
import { StoryCard } from './StoryCard';

/** The candidate's stories for the question in front of them, shown or hidden as they like (remembered while they rehearse). */
export function StoryPrompt({ stories }: { stories: readonly StarStory[] }) {
  const [open, setOpen] = useState(true);
  if (stories.length === 0) return null;
  return (
    <details class="story-prompt" open={open} onToggle={(e) => setOpen((e.currentTarget as HTMLDetailsElement).open)}>
      <summary>
        {open ? 'Hide' : 'Show'} your {stories.length === 1 ? 'story' : `${stories.length} stories`} for this question
      </summary>
      {stories.map((story) => (
        <StoryCard key={story.id} story={story} />
      ))}
    </details>
  );
}
