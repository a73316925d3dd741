import { useRef, useState } from 'preact/hooks';
import { studyGesturesFor } from '../app/study-gestures';
import type { Grade } from '../domain/model';
import type { QueueEntry } from '../domain/queue';
import { swipeGrade, swipeThreshold } from '../domain/study-gestures';
import { ALL_DECKS } from '../domain/study-session';
import { useServices } from './app-context';
import { LinkedStories } from './LinkedStories';
import { StudyCard } from './StudyCard';
import './study-card.css';

interface Props {
  entry: QueueEntry;
  /** The session's scope: a card from another deck (every deck, a subdeck, a list) names its deck. */
  scope: string;
  revealed: boolean;
  onReveal: () => void;
  onGrade: (grade: Grade) => void;
}

/** Controls inside the card that a tap must reach as themselves, not reveal the answer. */
const OWN_TAP = 'a, button, input, textarea, select, label, summary, audio, video, [contenteditable]';

/**
 * The card being studied, as one card: its kind and (in a mixed session) its deck, the question,
 * the answer set apart, the tags and source on the back. Tap the card to show the answer; on a
 * touch screen, swipe a shown answer left for Again or right for Good (unless turned off).
 */
export function StudyCardPanel({ entry, scope, revealed, onReveal, onGrade }: Props) {
  const services = useServices();
  const swipeOn = studyGesturesFor(services).gestures.value.swipe;
  const { card, kind } = entry;
  const deck = services.state.decks.value.find((d) => d.id === card.deckId);
  const mixed = scope === ALL_DECKS || scope !== card.deckId;
  const start = useRef<{ x: number; y: number } | null>(null);
  /** The click that follows is a finger's tap. */
  const touched = useRef(false);
  const [dx, setDx] = useState(0);
  const article = useRef<HTMLElement>(null);
  const width = () => article.current?.getBoundingClientRect().width ?? 360;

  const onOwnControl = (event: Event) =>
    event.composedPath().some((node) => node instanceof Element && node.matches(OWN_TAP));
  const onClick = (event: MouseEvent) => {
    if (revealed || onOwnControl(event)) return;
    // Selecting words with a mouse to copy them is not a tap (a finger's tap clears a selection).
    const byTouch = touched.current;
    touched.current = false;
    if (!byTouch && (window.getSelection()?.toString() ?? '') !== '') return;
    onReveal();
  };
  const swiping = swipeOn && revealed;
  const onTouchStart = (event: TouchEvent) => {
    const touch = event.touches[0];
    start.current = event.touches.length === 1 && touch ? { x: touch.clientX, y: touch.clientY } : null;
  };
  const onTouchMove = (event: TouchEvent) => {
    const touch = event.touches[0];
    if (swiping && start.current && touch) setDx(touch.clientX - start.current.x);
  };
  const onTouchEnd = (event: TouchEvent) => {
    const touch = event.changedTouches[0];
    touched.current = true;
    const from = start.current;
    start.current = null;
    setDx(0);
    if (!from || !touch) return;
    const moved = Math.hypot(touch.clientX - from.x, touch.clientY - from.y);
    // A tap shows the answer at once: the browser may not follow a tap with a click (just after a swipe).
    if (!revealed && moved < 10 && !onOwnControl(event)) return onReveal();
    if (!swiping) return;
    const grade = swipeGrade(touch.clientX - from.x, touch.clientY - from.y, width());
    if (grade !== null) onGrade(grade);
  };
  const far = dx !== 0 && Math.abs(dx) >= swipeThreshold(width());
  return (
    <article
      ref={article}
      class={`card study-card${revealed ? ' revealed' : ' tap-to-reveal'}${swiping ? ' swipeable' : ''}`}
      aria-label="Card"
      onClick={onClick}
      onTouchStart={onTouchStart}
      onTouchMove={onTouchMove}
      onTouchEnd={onTouchEnd}
      onTouchCancel={() => {
        start.current = null;
        setDx(0);
      }}
      style={dx !== 0 ? { transform: `translateX(${dx}px) rotate(${dx / 60}deg)` } : undefined}
    >
      {far ? (
        <p class={`swipe-hint ${dx < 0 ? 'swipe-again' : 'swipe-good'}`} aria-hidden="true">
          {dx < 0 ? 'Again' : 'Good'}
        </p>
      ) : null}
      <div class="card-meta">
        <span>{kind === 'new' ? 'New' : kind === 'learning' ? 'Learning' : 'Review'}</span>
        {mixed && deck ? <span class="card-deck">{deck.name.split('::').join(' › ')}</span> : null}
      </div>
      <StudyCard card={card} revealed={revealed} onReveal={onReveal} />
      {revealed && card.tags.length > 0 ? (
        <ul class="card-tags" aria-label="Tags">
          {card.tags.map((tag) => (
            <li key={tag}>{tag}</li>
          ))}
        </ul>
      ) : null}
      {revealed && card.source ? <p class="card-source">From: {card.source}</p> : null}
      {revealed ? <LinkedStories card={card} /> : null}
      {!revealed ? <p class="tap-hint">Tap the card to show the answer</p> : null}
    </article>
  );
}
