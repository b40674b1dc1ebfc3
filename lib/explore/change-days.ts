import { toDayString } from '../dates/fuzzy-date';
import type { CompiledDataset } from '../dataset/types';

/**
 * The days on which something in the dataset changes: a control figure takes effect or a
 * dated statement or event starts. Sorted, unique, YYYY-MM-DD. Playback and PageUp/PageDown
 * step through these, so every step shows something new.
 */
export function changeDays(dataset: Pick<CompiledDataset, 'timeline' | 'series'>): string[] {
  const days = new Set<string>();
  for (const t of dataset.timeline) if (t.span.start !== null) days.add(toDayString(t.span.start));
  for (const entries of Object.values(dataset.series)) {
    for (const e of entries) if (e.span.start !== null) days.add(toDayString(e.span.start));
  }
  return [...days].sort();
}

/** How many of the sorted `days` are on or before `day` (binary search). */
export function countOnOrBefore(days: readonly string[], day: string): number {
  let lo = 0;
  let hi = days.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((days[mid] as string) <= day) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The first change day strictly after `day`, or null at the end. */
export function nextChangeDay(days: readonly string[], day: string): string | null {
  return days[countOnOrBefore(days, day)] ?? null;
}

/** The last change day strictly before `day`, or null at the start. */
export function previousChangeDay(days: readonly string[], day: string): string | null {
  let lo = 0;
  let hi = days.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((days[mid] as string) < day) lo = mid + 1;
    else hi = mid;
  }
  return lo > 0 ? (days[lo - 1] ?? null) : null;
}

/** Adds whole days (or months) to a day string, in UTC. */
export function shiftDay(day: string, amount: number, unit: 'day' | 'month' = 'day'): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  if (unit === 'day') return toDayString(Date.UTC(y, m - 1, d + amount));
  // Month steps keep the day of month where it exists (31 Jan + 1 month → 28/29 Feb).
  const target = new Date(Date.UTC(y, m - 1 + amount, 1));
  const last = new Date(
    Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0),
  ).getUTCDate();
  return toDayString(Date.UTC(target.getUTCFullYear(), target.getUTCMonth(), Math.min(d, last)));
}

/**
 * The gap ahead of a day when the next change is more than `minDays` away: Play says so
 * ("nothing new until Feb 2022") instead of leaping silently. Null when the next change is near
 * or there is none.
 */
export function gapAhead(
  days: readonly string[],
  day: string,
  minDays: number,
): { next: string; days: number } | null {
  const next = nextChangeDay(days, day);
  if (!next) return null;
  const gap = Math.round(
    (Date.parse(`${next}T00:00:00Z`) - Date.parse(`${day}T00:00:00Z`)) / 86_400_000,
  );
  return gap > minDays ? { next, days: gap } : null;
}
