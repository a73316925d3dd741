/**
 * Where a study day stands at an instant: when it ends and the room its daily limits leave,
 * from the review log so far. Home's counts and the study queue both read it, so they agree.
 */
import { countDoneToday } from './day-counts';
import type { ReviewRecord, SchedulerSettings } from './model';
import { roomLeft, type DayRoom } from './queue-window';
import { nextStudyDayStart, studyDayStart } from './study-day';

export interface StudyDayRoom {
  dayEnd: number;
  room: DayRoom;
}

export function studyDayRoom(
  at: number,
  settings: Pick<SchedulerSettings, 'dayStartHour' | 'newPerDay' | 'maxReviewsPerDay'>,
  reviews: readonly ReviewRecord[],
  utcOffsetMinutes: number,
): StudyDayRoom {
  const start = studyDayStart(at, settings.dayStartHour, utcOffsetMinutes);
  return {
    dayEnd: nextStudyDayStart(at, settings.dayStartHour, utcOffsetMinutes),
    room: roomLeft(settings, countDoneToday(reviews.filter((r) => r.review >= start))),
  };
}
