import * as chrono from 'chrono-node';
import type { Paragraph } from './text';

export interface ArticleMeta {
  title: string | null;
  author: string | null;
  /** YYYY-MM-DD, or null when the text gives no date. */
  published: string | null;
  /** As the page states it, e.g. "2025-02-10 13:49". */
  updated: string | null;
  /** Index of the first body paragraph; header lines (title, byline, dates, logos) come before. */
  bodyStart: number;
  /** Paragraphs skipped as page furniture or photo captions (indexes). */
  skipped: number[];
  /** A wire dateline opening the body ("KYIV, March 3 (Reuters) –"), as written. */
  dateline?: string;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** The first full calendar date in a line, as YYYY-MM-DD (plus "HH:MM" when given). */
export function readDateLine(line: string): { day: string; time: string | null } | null {
  const r = chrono.parse(line, new Date(Date.UTC(2000, 0, 1)))[0];
  if (!r || !r.start.isCertain('year') || !r.start.isCertain('month') || !r.start.isCertain('day'))
    return null;
  const y = r.start.get('year');
  const m = r.start.get('month');
  const d = r.start.get('day');
  if (y === null || m === null || d === null) return null;
  const h = r.start.isCertain('hour') ? r.start.get('hour') : null;
  const mi = r.start.isCertain('minute') ? (r.start.get('minute') ?? 0) : null;
  return {
    day: `${y}-${pad(m)}-${pad(d)}`,
    time: h !== null && mi !== null ? `${pad(h)}:${pad(mi)}` : null,
  };
}

/** An editor's label line before the title: "EDITOR'S NOTE: …", "CORRECTION: …". */
const EDITOR_LABEL = /^[\p{Lu}][\p{Lu}’' ]{2,40}:\s/u;

const MONTH = String.raw`(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?`;
/**
 * A wire dateline: a place in capitals, optionally a country, a date, optionally the agency in
 * brackets, then a dash. "KYIV, March 3 (Reuters) –", "DONETSK, Ukraine, Aug. 28, 2014 (AP) —",
 * "MOSCOW —" (no date).
 */
const DATELINE = new RegExp(
  String.raw`^([\p{Lu}][\p{Lu}.’' -]{1,40}?)(?:,\s+[\p{Lu}][\p{L}. ]{1,30}?)?(?:,\s+(${MONTH}\s+\d{1,2}(?:,\s+\d{4})?|\d{1,2}\s+${MONTH}(?:\s+\d{4})?))?\s*(?:\(([^)]{2,40})\))?\s*[–—-]{1,2}\s`,
  'u',
);

/**
 * The dateline opening a body paragraph, if any: its words and the day it gives (YYYY-MM-DD,
 * only when it states the year; a month and day alone are left to the publication date).
 */
export function readDateline(paragraph: string): { text: string; day: string | null } | null {
  const m = DATELINE.exec(paragraph);
  if (!m || !m[1] || m[1].replace(/[^\p{Lu}]/gu, '').length < 3) return null;
  const words = m[0].trim();
  const day = m[2] && /\d{4}/.test(m[2]) ? (readDateLine(m[2])?.day ?? null) : null;
  return { text: words, day };
}

/** The sentence with an opening dateline blanked (same length), so its date is not read as the sentence's own. */
export function maskDateline(sentence: string): string {
  const d = readDateline(sentence);
  return d ? ' '.repeat(d.text.length) + sentence.slice(d.text.length) : sentence;
}

const FURNITURE =
  /^(none|null|advertisement|share|share this|subscribe|read more|related|listen|menu|home|skip to content)$/i;
const CAPTION =
  /(\s\/\s*[\w.-]+\.[a-z]{2,}\s*$|^(photo|image|picture|file photo)\b|\b(getty images|reuters\/|ap photo|afp via|via reuters)\b)/i;
const UPDATED = /^(last\s+)?updated?(\s+on)?\s*:?\s*/i;
const PUBLISHED = /^(published|posted|first published)(\s+on)?\s*:?\s*/i;
const BYLINE =
  /^[Bb]y\s+((?:[\p{Lu}][\p{L}’'.-]+\s?){1,4}?)(?=\s*(?:,|\||·|—|-|$|(?:January|February|March|April|May|June|July|August|September|October|November|December|\d)))/u;

/** True for lines a reader skips: logos, "None", sharing widgets, photo captions. */
export function isFurniture(line: string): boolean {
  return FURNITURE.test(line.trim()) || /\blogo$/i.test(line.trim()) || CAPTION.test(line.trim());
}

/**
 * Reads the article's header: title, byline, publication and update dates, and where the body
 * starts. Works on what a copy-paste of a news page gives: a few short lines before the text.
 */
export function readMetadata(paragraphs: readonly Paragraph[]): ArticleMeta {
  let title: string | null = null;
  let author: string | null = null;
  let published: string | null = null;
  let updated: string | null = null;
  let bodyStart = 0;
  const skipped: number[] = [];
  const headerLimit = Math.min(paragraphs.length, 10);
  let lastHeader = -1;
  for (let i = 0; i < headerLimit; i++) {
    const line = (paragraphs[i]?.text ?? '').trim();
    if (UPDATED.test(line) && readDateLine(line)) {
      const d = readDateLine(line);
      if (d) updated = d.time ? `${d.day} ${d.time}` : d.day;
      lastHeader = i;
      continue;
    }
    if (PUBLISHED.test(line) && readDateLine(line)) {
      published = readDateLine(line)?.day ?? published;
      lastHeader = i;
      continue;
    }
    const by = BYLINE.exec(line);
    if (by && line.split(/\s+/).length <= 12) {
      author = (by[1] ?? '').trim();
      const d = readDateLine(line);
      if (d) published = d.day;
      lastHeader = i;
      continue;
    }
    // A line that is just a date.
    if (line.length <= 40 && !/[.!?]["”]?$/.test(line) && readDateLine(line) && !published) {
      published = readDateLine(line)?.day ?? null;
      lastHeader = i;
      continue;
    }
    if (isFurniture(line) || (title === null && !published && EDITOR_LABEL.test(line))) {
      lastHeader = i;
      continue;
    }
    // A title: a short line without a closing full stop, before any body sentence.
    const words = line.split(/\s+/).length;
    const looksLikeBody = /[.!?]["”’]?$/.test(line) && words > 3;
    if (looksLikeBody) break;
    if (title === null && words >= 3 && words <= 25) {
      title = line;
      lastHeader = i;
      continue;
    }
    if (words < 3) {
      lastHeader = i;
      continue;
    }
  }
  bodyStart = lastHeader + 1;
  // Captions and furniture inside the body, and a caption repeated as a later paragraph.
  for (let i = bodyStart; i < paragraphs.length; i++) {
    const line = (paragraphs[i]?.text ?? '').trim();
    if (isFurniture(line)) skipped.push(i);
  }
  for (let i = 0; i < bodyStart; i++) if (!skipped.includes(i)) skipped.push(i);
  const firstBody = paragraphs.findIndex((_, i) => i >= bodyStart && !skipped.includes(i));
  const dateline = firstBody >= 0 ? readDateline(paragraphs[firstBody]?.text ?? '') : null;
  if (dateline?.day && !published) published = dateline.day;
  return {
    title,
    author,
    published,
    updated,
    bodyStart,
    skipped: skipped.sort((a, b) => a - b),
    ...(dateline ? { dateline: dateline.text } : {}),
  };
}
