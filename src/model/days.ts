/**
 * Arithmetic on ISO days (`2025-11-12`), in UTC so that no time zone moves a day. The timeline
 * moves the as-of date by these.
 */
const MS = 86_400_000;

export const dayNumber = (day: string): number => Date.parse(`${day}T00:00:00Z`) / MS;
export const dayFromNumber = (n: number): string => new Date(Math.round(n) * MS).toISOString().slice(0, 10);
export const addDays = (day: string, k: number): string => dayFromNumber(dayNumber(day) + k);

/** The same day `k` months on, or the month's last day where it has fewer (31 Jan + 1 month = 28 or 29 Feb). */
export function addMonths(day: string, k: number): string {
  const [y, m, d] = day.split('-').map(Number);
  const first = new Date(Date.UTC(y, m - 1 + k, 1));
  const last = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 0)).getUTCDate();
  first.setUTCDate(Math.min(d, last));
  return first.toISOString().slice(0, 10);
}

export const clampDay = (day: string, min: string, max: string): string => (day < min ? min : day > max ? max : day);

/** The first step after `day` (or before it, `dir` -1); null when there is none. */
export function nextStep(steps: readonly string[], day: string, dir: 1 | -1): string | null {
  if (dir > 0) return steps.find((s) => s > day) ?? null;
  for (let i = steps.length - 1; i >= 0; i--) if (steps[i] < day) return steps[i];
  return null;
}
