/** Short, Anki-style interval labels for grade buttons and "next due" texts. */
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

function trim(value: number): string {
  return value >= 10 ? String(Math.round(value)) : String(Math.round(value * 10) / 10);
}

/** "<1m", "10m", "3h", "4d", "1.5mo", "2.1y" for a span in milliseconds. */
export function formatInterval(ms: number): string {
  if (ms < MINUTE) return '<1m';
  if (ms < HOUR) return `${Math.round(ms / MINUTE)}m`;
  if (ms < DAY) return `${trim(ms / HOUR)}h`;
  const days = ms / DAY;
  if (days < 30) return `${Math.round(days)}d`;
  if (days < 365) return `${trim(days / 30)}mo`;
  return `${trim(days / 365)}y`;
}

/** Spoken form for screen readers: "10 minutes", "4 days". */
export function describeInterval(ms: number): string {
  const label = formatInterval(ms);
  if (label === '<1m') return 'less than a minute';
  const match = /^([\d.]+)(m|h|d|mo|y)$/.exec(label);
  if (!match) return label;
  const units: Record<string, string> = { m: 'minute', h: 'hour', d: 'day', mo: 'month', y: 'year' };
  const n = Number(match[1]);
  return `${match[1]} ${units[match[2]!]}${n === 1 ? '' : 's'}`;
}

/** "in 10m", "in 3h", or "now", for when the next card is due. */
export function formatDueIn(due: number, now: number): string {
  return due <= now ? 'now' : `in ${formatInterval(due - now)}`;
}
