/** Date labels for the charts, from study-day numbers (days since 1970-01-01 of a local date). */
const DAY = 86_400_000;

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let format = formatters.get(key);
  if (!format) {
    // The day number already is the local date: format it as UTC so no zone shifts it again.
    format = new Intl.DateTimeFormat(locale, { ...options, timeZone: 'UTC' });
    formatters.set(key, format);
  }
  return format;
}

/** "10 Jun" / "Jun 10", as the locale writes a short date. */
export function formatShortDay(day: number, locale = 'en'): string {
  return formatter(locale, { day: 'numeric', month: 'short' }).format(day * DAY);
}

/** "Wednesday 10 June 2026", for table rows and tooltips. */
export function formatLongDay(day: number, locale = 'en'): string {
  return formatter(locale, { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' }).format(day * DAY);
}

/** "Jun" for a day number's month. */
export function formatMonthOfDay(day: number, locale = 'en'): string {
  return formatter(locale, { month: 'short' }).format(day * DAY);
}

/** "June 2026" for a month counted from January 1970. */
export function formatMonth(month: number, locale = 'en'): string {
  const date = Date.UTC(1970 + Math.floor(month / 12), ((month % 12) + 12) % 12, 1);
  return formatter(locale, { month: 'long', year: 'numeric' }).format(date);
}

/** "Mon" for weekday 0-6 (0 = Sunday). */
export function formatWeekday(weekday: number, locale = 'en'): string {
  // 4 January 1970 was a Sunday.
  return formatter(locale, { weekday: 'short' }).format((3 + weekday) * DAY);
}

/** "1 review" / "12 reviews". */
export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count.toLocaleString('en')} ${count === 1 ? one : many}`;
}

/** 0.9234 -> "92.3%"; null -> "–" (nothing to measure). */
export function formatPercent(rate: number | null): string {
  return rate === null ? '–' : `${(Math.round(rate * 1000) / 10).toFixed(1)}%`;
}
