import type { TimelineItem } from '../dataset/types';
import { DAY_MS, formatAge, formatFuzzyDate } from '../dates/fuzzy-date';

/** What happened on or just before the date the reader is looking at. */
export interface DateCaption {
  itemId: string;
  /** The item's date as its source gave it ("20 Jan 2025", "March 2022", "2014"). */
  when: string;
  /** "Vladimir Putin: open to dialogue…" or an event's title. */
  what: string;
  /** Days from the item's date to the asked day (0 on the same day). */
  daysBefore: number;
  /** "on this date", "3 days before", "5 years before". */
  gap: string;
}

const PRECISION_RANK: Record<string, number> = { day: 3, month: 2, year: 1, unknown: 0 };

/**
 * The latest statement or event whose date has fully begun by `day` (UTC ms of a day's start):
 * a year-precision "2014" speaks from 1 January 2014 on as "2014", never as a day. On the same
 * start the finer date wins, then events before statements, then the later item in the list.
 * Null before the first dated item.
 */
export function captionAt(
  timeline: readonly TimelineItem[],
  day: number,
  speakerName: (personId: string) => string,
  maxWords = 14,
): DateCaption | null {
  let best: TimelineItem | null = null;
  for (const t of timeline) {
    const start = t.span.start;
    if (start === null || start > day) continue;
    if (!best || best.span.start === null) {
      best = t;
      continue;
    }
    const a = best.span.start;
    const finer =
      (PRECISION_RANK[t.span.precision] ?? 0) - (PRECISION_RANK[best.span.precision] ?? 0);
    if (
      start > a ||
      (start === a && (finer > 0 || (finer === 0 && t.type === 'event' && best.type !== 'event')))
    )
      best = t;
  }
  if (!best || best.span.start === null) return null;
  const words = best.label.split(/\s+/);
  const text = words.length > maxWords ? `${words.slice(0, maxWords).join(' ')}…` : best.label;
  const when = formatFuzzyDate(best.date);
  const daysBefore = Math.round((day - best.span.start) / DAY_MS);
  // A date known only to its month or year is never given an age in days from its first day.
  const end = best.span.end ?? best.span.start + DAY_MS;
  const coarse = best.span.precision !== 'day';
  const sinceEnd = Math.round((day - end) / DAY_MS) + 1;
  const gap = !coarse
    ? daysBefore === 0
      ? 'on this date'
      : `${formatAge(daysBefore)} before`
    : day < end
      ? `dated only to ${when}`
      : `dated only to ${when}, at least ${formatAge(sinceEnd)} before`;
  return {
    itemId: best.id,
    when,
    what: best.type === 'statement' ? `${speakerName(best.lane)}: ${text}` : text,
    daysBefore,
    gap,
  };
}
