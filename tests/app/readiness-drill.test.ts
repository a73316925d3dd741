/**
 * Issue 10, point 3, through the app layer: the drill of a role is a study session of exactly
 * that role's weakest cards (lowest predicted recall, as the domain module ranks them), and each
 * grade in it writes a normal review (schedule and review log together, undoable).
 */
import { describe, expect, it } from 'vitest';
import { createReadinessFlow } from '../../src/app/readiness-flow';
import { CardState, Grade } from '../../src/domain/model';
import { readinessOf } from '../../src/domain/readiness';
import { DRILL_SIZE } from '../../src/domain/readiness-view';
import { drillScope } from '../../src/domain/study-session';
import { referenceReadiness, studiedCollection } from '../helpers/readiness-fixture';

describe("drilling a role's weakest cards", () => {
  it('holds exactly the weakest cards, weakest first, and writes normal reviews', async () => {
    const { services, db, study, clock, app } = await studiedCollection();
    const now = clock.now();
    const expected = readinessOf(await referenceReadiness(db, now, null), 'analyst').weakest;
    expect(expected).toHaveLength(DRILL_SIZE);
    // The fixed collection has cards of varied strength: the drill is not just any 10.
    expect(expected[0]!.recall).toBeLessThan(expected.at(-1)!.recall);

    const flow = createReadinessFlow(services);
    expect(await flow.startDrill('analyst')).toBe(DRILL_SIZE);
    expect(study.session.value).toMatchObject({ scope: drillScope('analyst'), remaining: DRILL_SIZE });

    const reviewsBefore = await db.count('reviews');
    const shown: string[] = [];
    while (study.session.value!.current) {
      const { card, schedule } = study.session.value!.current;
      shown.push(card.id);
      // The card is as stored, with its schedule: the grade continues its memory.
      expect(schedule).toEqual((await db.get('schedules', card.id)) ?? null);
      study.reveal();
      await study.grade(Grade.Good);
      const review = (await db.getAllFromIndex('reviews', 'by-card', card.id)).at(-1)!;
      expect(review).toMatchObject({ cardId: card.id, rating: Grade.Good, review: now, before: schedule });
      expect(await db.get('schedules', card.id)).toMatchObject({ lastReview: now, reps: schedule!.reps + 1 });
    }
    expect(shown).toEqual(expected.map((w) => w.cardId));
    expect(await db.count('reviews')).toBe(reviewsBefore + DRILL_SIZE);
    // The drill's grades count as today's answers, as any study does.
    expect(app.gradedToday.value).toBeGreaterThanOrEqual(DRILL_SIZE);
  });

  it('undo inside a drill brings the card back in front, as it was', async () => {
    const { services, db, study } = await studiedCollection();
    const flow = createReadinessFlow(services);
    await flow.startDrill('director');
    const first = study.session.value!.current!;
    study.reveal();
    await study.grade(Grade.Again);
    expect(study.session.value!.current!.card.id).not.toBe(first.card.id);
    const left = study.session.value!.remaining;

    await study.undo();
    expect(study.session.value!.current!.card.id).toBe(first.card.id);
    expect(study.session.value!.current!.schedule).toEqual(first.schedule);
    expect(study.session.value!.remaining).toBe(left + 1);
    expect(await db.get('schedules', first.card.id)).toEqual(first.schedule);
    expect(first.schedule!.state).not.toBe(CardState.New);
  });

  it('a role with nothing studied has nothing to drill', async () => {
    const { services, study } = await studiedCollection();
    const flow = createReadinessFlow(services);
    expect(await flow.startDrill('manager')).toBe(0);
    expect(study.session.value).toMatchObject({ scope: drillScope('manager'), current: null, remaining: 0 });
  });
});
