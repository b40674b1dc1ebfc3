import * as chrono from 'chrono-node';
import type { FuzzyDate } from '../schema';
import { formatDateValue } from '../dates/fuzzy-date';

/** A date expression found in a text, resolved against the article's publication date. */
export interface FoundDate {
  date: FuzzyDate;
  /** The words that gave the date ("on Monday", "in 2014"). */
  text: string;
  index: number;
}

const pad = (n: number) => String(n).padStart(2, '0');
const dayValue = (d: Date) =>
  `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;

/** "2025-01-21" → a Date at noon UTC (noon keeps weekday arithmetic away from zone edges). */
export function publicationInstant(published: string): Date | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(published);
  if (!m) return null;
  return new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]), 12));
}

const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const RELATIVE_WORDS =
  /\b(ago|last|yesterday|today|tonight|this|next|previous|earlier|later|monday|tuesday|wednesday|thursday|friday|saturday|sunday|week|month)\b/i;

function note(words: string, published: string | null): string {
  return published ? `“${words}” in an article of ${formatDateValue(published)}` : `“${words}”`;
}

/**
 * Every date expression in `text`, resolved against `published` (YYYY-MM-DD) with the precision
 * the words carry: "in 2014" is a year, "last month" a month, "on Monday" a day. A weekday or a
 * month named without a year is read as the latest one on or before publication (news reports
 * the past), basis "relative". Bare years are read by a rule of our own (chrono skips them).
 */
export function findDates(text: string, published: string | null): FoundDate[] {
  const ref = published ? publicationInstant(published) : null;
  const out: FoundDate[] = [];
  const taken: [number, number][] = [];
  const overlaps = (a: number, b: number) => taken.some(([x, y]) => a < y && b > x);

  let results: chrono.ParsedResult[] = [];
  try {
    results = chrono.parse(text, ref ? { instant: ref, timezone: 0 } : new Date(0), {
      forwardDate: false,
    });
  } catch {
    results = [];
  }
  for (const r of results) {
    const words = r.text.replace(/[,.;]+$/, '');
    // Durations are not dates: "in the past two days", "over the last week", "for three months".
    const lead = text.slice(Math.max(0, r.index - 30), r.index);
    if (
      /\b(?:in|over|for|within|during|throughout)\s+(?:the\s+)?(?:past|last|next|coming|previous)\s*$/i.test(
        lead,
      ) ||
      /^(?:the\s+)?(?:past|coming)\s/i.test(words)
    )
      continue;
    if (
      /\b(?:in|over|within|during|throughout)\s+the\s*$/i.test(lead) &&
      /^(?:past|last|next|coming|previous)\s/i.test(words)
    )
      continue;
    if (
      (/\b(?:for|within|over)\s*$/i.test(lead) || /^(?:for|within|over)\s/i.test(words)) &&
      /(?:^|\s)(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|\d+)\s+(?:days?|weeks?|months?|years?)$/i.test(
        words,
      )
    )
      continue;
    // Times of day alone ("13:49", "at noon") are not dates.
    if (
      !r.start.isCertain('day') &&
      !r.start.isCertain('month') &&
      !r.start.isCertain('year') &&
      !r.start.isCertain('weekday')
    )
      continue;
    const relative = !r.start.isCertain('year') || RELATIVE_WORDS.test(words);
    if (relative && !ref) continue; // nothing to resolve it against
    let date: FuzzyDate | null = null;
    const basis = relative ? 'relative' : 'explicit';
    const lower = words.toLowerCase();
    if (r.start.isCertain('weekday') && !r.start.isCertain('day') && ref) {
      const wd = WEEKDAYS.findIndex((w) => lower.includes(w));
      if (wd < 0) continue;
      const back = (ref.getUTCDay() - wd + 7) % 7;
      const d = new Date(ref.getTime() - back * 86_400_000);
      if (/\bnext\b/.test(lower)) d.setUTCDate(d.getUTCDate() + 7);
      else if (/\blast\b/.test(lower) && back === 0) d.setUTCDate(d.getUTCDate() - 7);
      date = { value: dayValue(d), basis: 'relative', note: note(words, published) };
    } else if (/\b(last|this|next|previous) week\b/.test(lower) && ref) {
      const offset = /\bnext\b/.test(lower) ? 7 : /\bthis\b/.test(lower) ? 0 : -7;
      const monday = new Date(
        ref.getTime() - ((ref.getUTCDay() + 6) % 7) * 86_400_000 + offset * 86_400_000,
      );
      const sunday = new Date(monday.getTime() + 6 * 86_400_000);
      date = {
        value: dayValue(monday),
        end: dayValue(sunday),
        basis: 'relative',
        note: note(words, published),
      };
    } else {
      const y = r.start.get('year');
      const mo = r.start.get('month');
      const d = r.start.get('day');
      if (y === null) continue;
      let year = y;
      if (r.start.isCertain('day') && r.start.isCertain('month')) {
        if (!r.start.isCertain('year') && ref && mo !== null && d !== null) {
          if (Date.UTC(year, mo - 1, d) > ref.getTime() + 86_400_000) year--;
        }
        if (mo === null || d === null) continue;
        date = { value: `${year}-${pad(mo)}-${pad(d)}`, basis };
        if (r.end && r.end.isCertain('day')) {
          const em = r.end.get('month') ?? mo;
          const ed = r.end.get('day');
          const ey = r.end.isCertain('year') ? (r.end.get('year') ?? year) : year;
          if (ed !== null) date.end = `${ey}-${pad(em)}-${pad(ed)}`;
        }
      } else if (r.start.isCertain('month')) {
        if (mo === null) continue;
        if (!r.start.isCertain('year') && ref && mo > ref.getUTCMonth() + 1) year--;
        date = { value: `${year}-${pad(mo)}`, basis };
      } else {
        date = { value: String(year), basis };
      }
      if (relative) date.note = note(words, published);
    }
    if (!date) continue;
    out.push({ date, text: words, index: r.index });
    taken.push([r.index, r.index + r.text.length]);
  }

  // Bare years: "in 2014", "since 2022", "by 2023", "(2014)".
  for (const m of text.matchAll(
    /\b(?:in|since|by|during|of|from|until|before|after|early|late|mid-?)\s+((?:19|20)\d{2})\b(?!\s*(?:percent|%|square|km|people|troops|soldiers))/gi,
  )) {
    const yIndex = m.index + m[0].length - 4;
    if (overlaps(yIndex, yIndex + 4)) continue;
    const year = m[1] ?? '';
    out.push({ date: { value: year, basis: 'explicit' }, text: m[0], index: m.index });
    taken.push([yIndex, yIndex + 4]);
  }
  return out.sort((a, b) => a.index - b.index);
}

/** The publication date as a fuzzy date (basis "publication"), or unknown when there is none. */
export function publicationDate(published: string | null): FuzzyDate {
  if (!published)
    return { basis: 'unknown', note: 'the article gives no date and none was supplied' };
  return {
    value: published,
    basis: 'publication',
    note: `the article’s date, ${formatDateValue(published)}; the text gives no other`,
  };
}

/** Unknown, but before the article: "earlier", "previously", "had …". */
export function beforePublication(published: string | null, why: string): FuzzyDate {
  return published
    ? { basis: 'unknown', before: published, note: why }
    : { basis: 'unknown', note: why };
}
