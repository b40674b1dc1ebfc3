import type { DateValue, FuzzyDate } from '../schema';

export type DatePrecision = 'year' | 'month' | 'day';

/** A date value read as the interval of days it covers: [start, end) in UTC milliseconds. */
export interface DateInterval {
  precision: DatePrecision;
  start: number;
  end: number;
}

const DAY_MS = 86_400_000;
export { DAY_MS };

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/**
 * Parses "2014", "2025-01" or "2025-01-20" into the interval it covers, or null when the
 * text is not such a date or names an impossible day (2025-02-30, month 13).
 */
export function parseDateValue(value: string): DateInterval | null {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(value);
  if (!m) return null;
  const year = Number(m[1]);
  if (m[2] === undefined) {
    return { precision: 'year', start: Date.UTC(year, 0, 1), end: Date.UTC(year + 1, 0, 1) };
  }
  const month = Number(m[2]);
  if (month < 1 || month > 12) return null;
  if (m[3] === undefined) {
    return {
      precision: 'month',
      start: Date.UTC(year, month - 1, 1),
      end: Date.UTC(year, month, 1),
    };
  }
  const day = Number(m[3]);
  const start = Date.UTC(year, month - 1, day);
  const check = new Date(start);
  // Date.UTC rolls 2025-02-30 over into March; a round trip catches it.
  if (day < 1 || check.getUTCMonth() !== month - 1 || check.getUTCFullYear() !== year) return null;
  return { precision: 'day', start, end: start + DAY_MS };
}

/** True when the value is a real calendar date of any precision. */
export function isValidDateValue(value: string): boolean {
  return parseDateValue(value) !== null;
}

/**
 * The interval a fuzzy date covers, spans included; null when the date is unknown or invalid.
 */
export function fuzzyDateInterval(date: FuzzyDate): DateInterval | null {
  if (date.value === undefined) return null;
  const first = parseDateValue(date.value);
  if (!first) return null;
  if (date.end === undefined) return first;
  const last = parseDateValue(date.end);
  if (!last || last.end <= first.start) return first;
  return { precision: first.precision, start: first.start, end: last.end };
}

/** Day string (YYYY-MM-DD) of a UTC timestamp. */
export function toDayString(ms: number): DateValue {
  return new Date(ms).toISOString().slice(0, 10);
}

/** UTC timestamp of a day string; throws on anything but a valid day (programming error). */
export function dayStart(day: string): number {
  const parsed = parseDateValue(day);
  if (!parsed) throw new Error(`not a date: ${day}`);
  return parsed.start;
}

/**
 * Orders fuzzy dates: by the first day they cover, then coarser before finer (so "2014"
 * comes before "2014-03-18" on a tie), and unknown dates last.
 */
export function compareFuzzyDates(a: FuzzyDate, b: FuzzyDate): number {
  const ia = fuzzyDateInterval(a);
  const ib = fuzzyDateInterval(b);
  if (!ia || !ib) return ia ? -1 : ib ? 1 : 0;
  if (ia.start !== ib.start) return ia.start - ib.start;
  return ib.end - ia.end;
}

export interface FormatOptions {
  /** "20 January 2025" instead of "20 Jan 2025". */
  longMonth?: boolean;
  /** Prefix the weekday of a day date: "Monday 20 Jan 2025". */
  weekday?: boolean;
}

/** A date value as people write it: "2014", "January 2025", "20 Jan 2025". */
export function formatDateValue(value: string, options: FormatOptions = {}): string {
  const parsed = parseDateValue(value);
  if (!parsed) return value;
  const d = new Date(parsed.start);
  const year = d.getUTCFullYear();
  const month = MONTHS[d.getUTCMonth()] ?? '';
  if (parsed.precision === 'year') return String(year);
  if (parsed.precision === 'month') return `${month} ${year}`;
  const shortMonth = options.longMonth ? month : month.slice(0, 3);
  const text = `${d.getUTCDate()} ${shortMonth} ${year}`;
  return options.weekday ? `${WEEKDAYS[d.getUTCDay()]} ${text}` : text;
}

/**
 * A fuzzy date in words, spans and unknown dates included: "15–16 Jun 2022",
 * "date not stated (before 21 Jan 2025)".
 */
export function formatFuzzyDate(date: FuzzyDate, options: FormatOptions = {}): string {
  if (date.value === undefined) {
    if (date.before) return `date not stated (before ${formatDateValue(date.before, options)})`;
    if (date.after) return `date not stated (after ${formatDateValue(date.after, options)})`;
    return 'date not stated';
  }
  const first = formatDateValue(date.value, options);
  if (date.end === undefined) return first;
  return `${first} – ${formatDateValue(date.end, options)}`;
}

const BASIS_WORDS: Record<FuzzyDate['basis'], string> = {
  explicit: 'stated in the source',
  relative: 'worked out from a relative date',
  publication: 'the date of publication',
  context: 'inferred from context',
  unknown: 'not stated',
};

/** The basis of a date in words, with the note where there is one. */
export function describeDateBasis(date: FuzzyDate): string {
  const words = BASIS_WORDS[date.basis];
  return date.note ? `${words}: ${date.note}` : words;
}

/** The precision of a fuzzy date in words: "day", "month", "year", "unknown". */
export function datePrecision(date: FuzzyDate): DatePrecision | 'unknown' {
  return fuzzyDateInterval(date)?.precision ?? 'unknown';
}

/** Whole days from `from` to `to` (UTC ms); negative when `to` is earlier. */
export function daysBetween(from: number, to: number): number {
  return Math.floor((to - from) / DAY_MS);
}

/** "3 days", "5 months", "2 years": an age in words, rounded down to the unit shown. */
export function formatAge(days: number): string {
  if (days < 1) return 'same day';
  if (days < 61) return days === 1 ? '1 day' : `${days} days`;
  const months = Math.floor(days / 30.44);
  if (months < 24) return `${months} months`;
  return `${Math.floor(days / 365.25)} years`;
}
