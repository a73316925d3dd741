import { storyBookFor } from '../app/story-book';
import type { CardRecord } from '../domain/model';
import { isRehearsalQuestion } from '../domain/rehearsal-queue';
import { useServices } from './app-context';
import { routeHref } from './routes';
import { StoryCard } from './StoryCard';

/**
 * Under a card's answer while studying: the candidate's STAR stories linked to this question,
 * and for an interview question the way to rehearse it aloud (or to write a story for it).
 */
export function LinkedStories({ card }: { card: CardRecord }) {
  const services = useServices();
  const book = storyBookFor(services);
  const stories = book.forCard(card.id);
  const interviewDecks = new Set(services.state.decks.value.filter((d) => d.interview).map((d) => d.id));
  const question = isRehearsalQuestion(card, interviewDecks);
  if (!question && stories.length === 0) return null;
  return (
    <section class="linked-stories" aria-label="Your stories and rehearsal">
      {stories.length > 0 ? (
        <>
          <h3 class="linked-heading">{stories.length === 1 ? 'Your story' : 'Your stories'} for this question</h3>
          {stories.map((story) => (
            <StoryCard key={story.id} story={story} />
          ))}
        </>
      ) : card.behavioural ? (
        <p class="hint">No story for this question yet: answer it with a STAR story of your own.</p>
      ) : null}
      {question ? (
        <div class="button-row">
          <a class="button" href={routeHref('rehearse-card', { cardId: card.id })}>
            Rehearse aloud
          </a>
          {card.behavioural ? (
            <a class="button subtle" href={routeHref('story-for', { cardId: card.id })}>
              {stories.length > 0 ? 'Write another story' : 'Write a story'}
            </a>
          ) : null}
        </div>
      ) : null}
    </section>
  );
}
