/**
 * Dates as sources give them: a year, a month or a day (`2024`, `2024-11`, `2024-11-20`).
 * The precision is the string's own length, so a month is never padded into a made-up day.
 */
export type DatePrecision = 'year' | 'month' | 'day';

export const PARTIAL_DATE_PATTERN = /^\d{4}(-\d{2}(-\d{2})?)?$/;

export function datePrecision(date: string): DatePrecision {
  return date.length === 4 ? 'year' : date.length === 7 ? 'month' : 'day';
}

/** True for a real calendar date at its precision: `2025-02-30` and `2025-13` are not. */
export function isRealPartialDate(date: string): boolean {
  if (!PARTIAL_DATE_PATTERN.test(date)) return false;
  const [y, m, d] = date.split('-').map(Number);
  if (m === undefined) return y > 0;
  if (m < 1 || m > 12) return false;
  if (d === undefined) return true;
  const daysInMonth = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return d >= 1 && d <= daysInMonth;
}

/** The first day a partial date could mean: `2024-11` starts on `2024-11-01`. */
export function earliestDay(date: string): string {
  return date.length === 4 ? `${date}-01-01` : date.length === 7 ? `${date}-01` : date;
}

const FORMATS: Record<DatePrecision, Intl.DateTimeFormatOptions> = {
  year: { year: 'numeric', timeZone: 'UTC' },
  month: { year: 'numeric', month: 'long', timeZone: 'UTC' },
  day: { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' },
};

/**
 * A partial date in words at its own precision, by `Intl` in the reader's language:
 * `November 2024`, `20 November 2024` (en-GB); `листопад 2024 р.` (uk); `20 ноября 2024 г.` (ru).
 * A month never gains a day, a year never gains a month.
 */
export function formatPartialDate(date: string, locale = 'en-GB'): string {
  const [y, m, d] = date.split('-').map(Number);
  const at = new Date(0);
  at.setUTCFullYear(y, (m ?? 1) - 1, d ?? 1);
  return new Intl.DateTimeFormat(locale, FORMATS[datePrecision(date)]).format(at);
}
