/**
 * Tabs of the app tell each other when they change the data (a grade, an undo, an import, a
 * delete, a restore, settings), so every open tab's queue and counts move with it. One
 * BroadcastChannel per database; where there is none (old browsers), each tab still refuses
 * stale grades (see writeStudyGrade) and catches up on its next read.
 */
export type DataChange = 'grade' | 'undo' | 'data' | 'settings';

export interface TabSync {
  announce(change: DataChange): void;
  close(): void;
}

/** Listens for other tabs' changes to database `name`; `announce` tells them about ours. */
export function createTabSync(name: string, onChange: (change: DataChange) => void): TabSync {
  if (typeof BroadcastChannel === 'undefined') return { announce: () => undefined, close: () => undefined };
  const channel = new BroadcastChannel(`prepdeck:${name}`);
  channel.onmessage = (event: MessageEvent<{ change?: DataChange }>) => {
    if (event.data?.change) onChange(event.data.change);
  };
  return {
    announce: (change) => channel.postMessage({ change }),
    close: () => channel.close(),
  };
}
