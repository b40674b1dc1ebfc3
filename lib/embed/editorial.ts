/**
 * A journalist's words on an embed: title, subtitle, note, byline, alt text, annotations on a
 * date or a region, and switches for the legend and the download buttons. They arrive in the
 * query string, so they are hostile: every value goes through the schema below (a length limit
 * and a character rule per field) and is only ever written as text, never as markup.
 *
 * The schema is a plain table rather than zod: this module is bundled into the embed, whose
 * weight budget has no room for a validation library, and the rules are this small.
 */

/** An annotation: a short text pinned to a day or to a region. */
export interface EmbedAnnotation {
  kind: 'date' | 'region';
  /** YYYY-MM-DD for a date, the region id (ISO 3166-2) for a region. */
  at: string;
  text: string;
}

export interface EmbedEditorial {
  /** Replaces the conflict's title. */
  title: string | null;
  subtitle: string | null;
  /** A note under the figure ("Figures are the share of each region's area …"). */
  note: string | null;
  /** "Chart: Jane Doe / The Daily". */
  byline: string | null;
  /** Text alternative of the figure (the iframe title and the figure's accessible name). */
  alt: string | null;
  legend: boolean;
  downloads: boolean;
  annotations: EmbedAnnotation[];
}

export type EditorialTextKey = 'title' | 'subtitle' | 'note' | 'byline' | 'alt';

/** The schema: query key, limit in characters (code points) and what the field is for. */
export const EDITORIAL_TEXT: Record<EditorialTextKey, { max: number; label: string }> = {
  title: { max: 120, label: 'Title' },
  subtitle: { max: 200, label: 'Subtitle' },
  note: { max: 400, label: 'Note' },
  byline: { max: 100, label: 'Byline' },
  alt: { max: 400, label: 'Alt text' },
};
export const ANNOTATION_MAX = 3;
export const ANNOTATION_TEXT_MAX = 80;

export const EDITORIAL_DEFAULTS: EmbedEditorial = {
  title: null,
  subtitle: null,
  note: null,
  byline: null,
  alt: null,
  legend: true,
  downloads: true,
  annotations: [],
};

// Characters no caption needs and that can disguise text: C0/C1 controls (tab and newline
// become spaces first), bidirectional overrides and isolates (which can reorder what a reader
// sees), zero-width spaces and the byte-order mark. Joiners (U+200C/U+200D) stay: Persian and
// Arabic script need them.
const CONTROLS =
  /[\u0000-\u001f\u007f-\u009f\u061c\u200b\u200e\u200f\u202a-\u202e\u2060-\u2069\ufeff\ufff9-\ufffb]/g;
const SPACE = /[\s\u00a0\u2028\u2029]+/g;
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/**
 * One text value made safe to show: normalised (NFC), controls and bidi overrides removed,
 * whitespace collapsed, cut to `max` characters at a word boundary with an ellipsis. Empty
 * after cleaning means absent (null).
 */
export function cleanEditorialText(raw: string | null | undefined, max: number): string | null {
  if (typeof raw !== 'string') return null;
  let s = raw.replace(LONE_SURROGATE, '');
  try {
    s = s.normalize('NFC');
  } catch {
    return null;
  }
  s = s
    .replace(/[\t\n\r]/g, ' ')
    .replace(CONTROLS, '')
    .replace(SPACE, ' ')
    .trim();
  if (!s) return null;
  const chars = Array.from(s);
  if (chars.length <= max) return s;
  const cut = chars.slice(0, max - 1).join('');
  const atWord = cut.replace(/\s+\S*$/, '');
  return `${atWord.length >= cut.length * 0.6 ? atWord : cut}…`;
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const REGION = /^[A-Za-z0-9._-]{1,80}$/;

/**
 * Reads one annotate= value: "2022-02-24:Full-scale invasion" or "UA-65:Retaken in November".
 * `isDay` decides whether a date is a real calendar day.
 */
export function parseAnnotation(
  raw: string,
  isDay: (d: string) => boolean,
): EmbedAnnotation | null {
  const i = raw.indexOf(':');
  if (i <= 0) return null;
  const at = raw.slice(0, i).trim();
  const text = cleanEditorialText(raw.slice(i + 1), ANNOTATION_TEXT_MAX);
  if (!text) return null;
  if (DAY.test(at)) return isDay(at) ? { kind: 'date', at, text } : null;
  if (REGION.test(at)) return { kind: 'region', at, text };
  return null;
}

export const annotationParam = (a: EmbedAnnotation): string => `${a.at}:${a.text}`;

const flag = (v: string | null, fallback: boolean): boolean =>
  v === '0' || v === 'false' ? false : v === '1' || v === 'true' ? true : fallback;

/** The editorial part of an /embed query. Never throws; anything malformed is dropped. */
export function parseEditorial(p: URLSearchParams, isDay: (d: string) => boolean): EmbedEditorial {
  const out: EmbedEditorial = { ...EDITORIAL_DEFAULTS, annotations: [] };
  for (const key of Object.keys(EDITORIAL_TEXT) as EditorialTextKey[])
    out[key] = cleanEditorialText(p.get(key), EDITORIAL_TEXT[key].max);
  out.legend = flag(p.get('legend'), true);
  out.downloads = flag(p.get('downloads'), true);
  const seen = new Set<string>();
  for (const raw of p.getAll('annotate')) {
    if (out.annotations.length >= ANNOTATION_MAX) break;
    const a = parseAnnotation(raw, isDay);
    if (a && !seen.has(a.at)) {
      seen.add(a.at);
      out.annotations.push(a);
    }
  }
  return out;
}

/** Writes the editorial part back into a query (defaults left out, fixed order). */
export function writeEditorial(p: URLSearchParams, e: Partial<EmbedEditorial>): void {
  for (const key of Object.keys(EDITORIAL_TEXT) as EditorialTextKey[]) {
    const v = cleanEditorialText(e[key], EDITORIAL_TEXT[key].max);
    if (v) p.set(key, v);
  }
  if (e.legend === false) p.set('legend', '0');
  if (e.downloads === false) p.set('downloads', '0');
  for (const a of (e.annotations ?? []).slice(0, ANNOTATION_MAX))
    p.append('annotate', annotationParam(a));
}

/** Keeps only annotations on regions the dataset knows and days it covers. */
export function annotationsFor(
  annotations: readonly EmbedAnnotation[],
  ctx: { regionIds: ReadonlySet<string>; bounds: [string, string] },
): EmbedAnnotation[] {
  return annotations.filter((a) =>
    a.kind === 'region' ? ctx.regionIds.has(a.at) : a.at >= ctx.bounds[0] && a.at <= ctx.bounds[1],
  );
}
