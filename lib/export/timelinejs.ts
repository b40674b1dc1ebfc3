import type { ConflictEvent, FuzzyDate, Party, Person, Source, Statement } from '../schema';
import {
  compareFuzzyDates,
  formatDateValue,
  formatFuzzyDate,
  parseDateValue,
} from '../dates/fuzzy-date';

/**
 * TimelineJS JSON (https://timeline.knightlab.com/docs/json-format.html) out of our facts, and
 * the check of a document against that format. TimelineJS knows dates to the day and no basis
 * or bound, so each slide also carries the fact as we hold it under the extension key
 * `faultline` (TimelineJS ignores unknown keys); the reader (lib/import/timelinejs.ts)
 * restores that exactly, and reads plain TimelineJS slides as draft events.
 */

/** A TimelineJS date. month and day are absent for year or month precision. */
export interface TimelineJsDate {
  year: number;
  month?: number;
  day?: number;
  hour?: number;
  minute?: number;
  second?: number;
  millisecond?: number;
  display_date?: string;
}

/** The fact a slide was made from: our own extension field. */
export type TimelineJsExtension =
  { type: 'statement'; fact: Statement } | { type: 'event'; fact: ConflictEvent };

export interface TimelineJsSlide {
  start_date: TimelineJsDate;
  end_date?: TimelineJsDate;
  text: { headline: string; text: string };
  group?: string;
  display_date?: string;
  unique_id?: string;
  media?: {
    url: string;
    caption?: string;
    credit?: string;
    thumbnail?: string;
    alt?: string;
    title?: string;
    link?: string;
  };
  background?: { url?: string; color?: string };
  autolink?: boolean;
  faultline?: TimelineJsExtension;
}

export interface TimelineJsDocument {
  title?: { text: { headline: string; text: string } };
  events: TimelineJsSlide[];
  eras?: {
    start_date: TimelineJsDate;
    end_date: TimelineJsDate;
    text?: { headline: string; text: string };
  }[];
  scale?: 'human' | 'cosmological';
  /** Our extension: the dataset, and facts TimelineJS cannot place (no stated date). */
  faultline?: {
    format: 'faultline-timelinejs';
    version: 1;
    dataset: string;
    datasetVersion: string;
    undated: TimelineJsExtension[];
  };
}

/** The field names TimelineJS reads (plus our `faultline` extension), for validation. */
export const TIMELINEJS_FIELDS = {
  document: ['title', 'events', 'eras', 'scale', 'faultline'],
  slide: [
    'start_date',
    'end_date',
    'text',
    'group',
    'display_date',
    'unique_id',
    'media',
    'background',
    'autolink',
    'faultline',
  ],
  date: [
    'year',
    'month',
    'day',
    'hour',
    'minute',
    'second',
    'millisecond',
    'display_date',
    'format',
  ],
  text: ['headline', 'text'],
} as const;

export interface TimelineJsInput {
  title: string;
  description?: string;
  dataset: { id: string; version: string };
  statements: readonly Statement[];
  events: readonly ConflictEvent[];
  people: readonly Person[];
  parties: readonly Party[];
  sources: readonly Source[];
}

const esc = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** A date value ("2014", "2025-01", "2025-01-20") as a TimelineJS date with its words. */
export function timelineJsDate(value: string, display?: string): TimelineJsDate | null {
  const parsed = parseDateValue(value);
  if (!parsed) return null;
  const [y, m, d] = value.split('-').map(Number);
  const out: TimelineJsDate = { year: y! };
  if (parsed.precision !== 'year') out.month = m!;
  if (parsed.precision === 'day') out.day = d!;
  out.display_date = display ?? formatDateValue(value);
  return out;
}

/** The date value a TimelineJS date stands for, at the precision it gives. */
export function dateValueOf(d: TimelineJsDate): string | null {
  if (!Number.isInteger(d.year)) return null;
  const pad = (n: number, w = 2) => String(n).padStart(w, '0');
  if (d.year < 0 || d.year > 9999) return null;
  let v = pad(d.year, 4);
  if (d.month !== undefined) {
    v += `-${pad(d.month)}`;
    if (d.day !== undefined) v += `-${pad(d.day)}`;
  }
  return parseDateValue(v) ? v : null;
}

/** The first `n` words of a text, with an ellipsis when there were more. */
export const firstWords = (text: string, n: number) => {
  const words = text.split(/\s+/).filter(Boolean);
  return words.length <= n ? words.join(' ') : `${words.slice(0, n).join(' ')}…`;
};

function citation(source: Source | undefined): string {
  if (!source) return '';
  const what = `${esc(source.publisher)}, “${esc(source.title)}”${source.published ? `, ${esc(formatDateValue(source.published))}` : ''}`;
  return `<p class="faultline-source">Source: ${source.url ? `<a href="${esc(source.url)}">${what}</a>` : what}</p>`;
}

function dates(
  date: FuzzyDate,
): Pick<TimelineJsSlide, 'start_date' | 'end_date' | 'display_date'> | null {
  if (date.value === undefined) return null;
  const display = formatFuzzyDate(date);
  const start = timelineJsDate(date.value);
  if (!start) return null;
  const end = date.end ? timelineJsDate(date.end) : null;
  return { start_date: start, ...(end ? { end_date: end } : {}), display_date: display };
}

/** Our statements and events as a TimelineJS document, in date order. */
export function toTimelineJs(input: TimelineJsInput): TimelineJsDocument {
  const people = new Map(input.people.map((p) => [p.id, p]));
  const parties = new Map(input.parties.map((p) => [p.id, p]));
  const sources = new Map(input.sources.map((s) => [s.id, s]));
  const facts: TimelineJsExtension[] = [
    ...input.statements.map((fact): TimelineJsExtension => ({ type: 'statement', fact })),
    ...input.events.map((fact): TimelineJsExtension => ({ type: 'event', fact })),
  ].sort(
    (a, b) =>
      compareFuzzyDates(a.fact.date, b.fact.date) ||
      (a.fact.id < b.fact.id ? -1 : a.fact.id > b.fact.id ? 1 : 0),
  );
  const events: TimelineJsSlide[] = [];
  const undated: TimelineJsExtension[] = [];
  for (const x of facts) {
    const when = dates(x.fact.date);
    if (!when) {
      undated.push(x);
      continue;
    }
    const source = sources.get(x.fact.source);
    let headline: string;
    let body: string;
    let group: string;
    if (x.type === 'statement') {
      const s = x.fact;
      const person = people.get(s.speaker);
      const name = person?.name ?? s.speaker;
      const party = person?.party ? parties.get(person.party) : undefined;
      headline =
        s.kind === 'quote'
          ? `${name}: “${firstWords(s.text, 12)}”`
          : `${name}: ${firstWords(s.text, 12)}`;
      const words =
        s.kind === 'quote' ? `<blockquote>“${esc(s.text)}”</blockquote>` : `<p>${esc(s.text)}</p>`;
      body = `${words}<p>${s.kind === 'quote' ? 'Quote' : s.kind === 'paraphrase' ? 'Paraphrase' : 'Report'}${s.via ? `, via ${esc(s.via)}` : ''}; date ${esc(when.display_date ?? '')}.</p>${citation(source)}`;
      group = party?.name ?? person?.affiliation ?? 'Others';
    } else {
      const e = x.fact;
      headline = e.title;
      body = `${e.description ? `<p>${esc(e.description)}</p>` : ''}<p>Date ${esc(when.display_date ?? '')}.</p>${citation(source)}`;
      group = 'Events';
    }
    events.push({
      ...when,
      text: { headline, text: body },
      group,
      unique_id: x.fact.id,
      faultline: x,
    });
  }
  return {
    title: {
      text: {
        headline: input.title,
        text: input.description ? `<p>${esc(input.description)}</p>` : '',
      },
    },
    events,
    scale: 'human',
    faultline: {
      format: 'faultline-timelinejs',
      version: 1,
      dataset: input.dataset.id,
      datasetVersion: input.dataset.version,
      undated,
    },
  };
}

/** A problem found in a TimelineJS document: where (a JSON path) and what. */
export interface TimelineJsProblem {
  path: string;
  message: string;
}

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

function checkDate(v: unknown, path: string, out: TimelineJsProblem[]) {
  if (!isObject(v)) return void out.push({ path, message: 'a date is an object' });
  for (const k of Object.keys(v))
    if (!(TIMELINEJS_FIELDS.date as readonly string[]).includes(k))
      out.push({ path: `${path}.${k}`, message: 'not a TimelineJS date field' });
  if (typeof v.year !== 'number' || !Number.isInteger(v.year))
    out.push({ path: `${path}.year`, message: 'year is required and is a whole number' });
  if (v.month !== undefined && (typeof v.month !== 'number' || v.month < 1 || v.month > 12))
    out.push({ path: `${path}.month`, message: 'month is 1–12' });
  if (v.day !== undefined && (typeof v.day !== 'number' || v.day < 1 || v.day > 31))
    out.push({ path: `${path}.day`, message: 'day is 1–31' });
  if (v.day !== undefined && v.month === undefined)
    out.push({ path: `${path}.day`, message: 'a day needs a month' });
  if (v.display_date !== undefined && typeof v.display_date !== 'string')
    out.push({ path: `${path}.display_date`, message: 'display_date is text' });
}

/**
 * Checks a document against TimelineJS's JSON format: only its field names (and our
 * `faultline` extension), a start_date with a year on every slide, text as {headline, text}.
 */
export function timelineJsProblems(doc: unknown): TimelineJsProblem[] {
  const out: TimelineJsProblem[] = [];
  if (!isObject(doc)) return [{ path: '$', message: 'a TimelineJS document is an object' }];
  for (const k of Object.keys(doc))
    if (!(TIMELINEJS_FIELDS.document as readonly string[]).includes(k))
      out.push({ path: `$.${k}`, message: 'not a TimelineJS field' });
  if (!Array.isArray(doc.events))
    return [...out, { path: '$.events', message: 'events is a list' }];
  doc.events.forEach((s: unknown, i) => {
    const path = `$.events[${i}]`;
    if (!isObject(s)) return void out.push({ path, message: 'a slide is an object' });
    for (const k of Object.keys(s))
      if (!(TIMELINEJS_FIELDS.slide as readonly string[]).includes(k))
        out.push({ path: `${path}.${k}`, message: 'not a TimelineJS slide field' });
    checkDate(s.start_date, `${path}.start_date`, out);
    if (s.end_date !== undefined) checkDate(s.end_date, `${path}.end_date`, out);
    if (s.text !== undefined) {
      if (!isObject(s.text))
        out.push({ path: `${path}.text`, message: 'text is {headline, text}' });
      else
        for (const k of Object.keys(s.text))
          if (!(TIMELINEJS_FIELDS.text as readonly string[]).includes(k))
            out.push({ path: `${path}.text.${k}`, message: 'not a TimelineJS text field' });
    }
    if (s.group !== undefined && typeof s.group !== 'string')
      out.push({ path: `${path}.group`, message: 'group is text' });
    if (s.unique_id !== undefined && typeof s.unique_id !== 'string')
      out.push({ path: `${path}.unique_id`, message: 'unique_id is text' });
  });
  return out;
}
