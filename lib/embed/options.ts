import { isValidDateValue } from '../dates/fuzzy-date';
import {
  annotationsFor,
  EDITORIAL_DEFAULTS,
  parseEditorial,
  writeEditorial,
  type EmbedEditorial,
} from './editorial';

/** Which figure an embed shows. */
export type EmbedView = 'map' | 'timeline' | 'both';
export type EmbedTheme = 'light' | 'dark';

/**
 * Everything an /embed URL can ask for. Unknown or malformed options fall back to these. The
 * editorial part (title, note, annotations, …) is read by ./editorial.
 */
export interface EmbedOptions extends EmbedEditorial {
  view: EmbedView;
  /** "As of" day, YYYY-MM-DD; null means the dataset's default date. */
  date: string | null;
  /** Selected region id (ISO 3166-2). */
  region: string | null;
  /** Selected statement or event id (the query key is "statement"). */
  statement: string | null;
  theme: EmbedTheme;
  /** True when readers may change the date. */
  controls: boolean;
  /** Dataset version the embed is pinned to; null means the latest. */
  version: string | null;
}

/** What the embed accepts: ids the dataset knows and the days it covers. */
export interface EmbedContext {
  regionIds: ReadonlySet<string>;
  itemIds: ReadonlySet<string>;
  bounds: [string, string];
}

export const EMBED_DEFAULTS: EmbedOptions = {
  view: 'both',
  date: null,
  region: null,
  statement: null,
  theme: 'light',
  controls: true,
  version: null,
  ...EDITORIAL_DEFAULTS,
};

const VIEWS: readonly EmbedView[] = ['map', 'timeline', 'both'];
const THEMES: readonly EmbedTheme[] = ['light', 'dark'];
// A dataset version is a content hash (hex); a lenient pattern keeps future schemes working.
const VERSION = /^[A-Za-z0-9._-]{1,40}$/;
const ID = /^[A-Za-z0-9._-]{1,80}$/;

const isDay = (v: string): boolean => /^\d{4}-\d{2}-\d{2}$/.test(v) && isValidDateValue(v);
const oneOf = <T extends string>(v: string | null, allowed: readonly T[]): T | undefined =>
  allowed.find((a) => a === v);

/**
 * Reads the query string of an /embed URL. Nothing here throws: unknown keys, unknown values
 * and malformed dates are ignored and the default kept. Without a context (before the dataset
 * has loaded) ids are checked for shape only; `embedOptionsFor` then checks them against the data.
 */
export function parseEmbedOptions(search: string, ctx?: EmbedContext): EmbedOptions {
  let p: URLSearchParams;
  try {
    p = new URLSearchParams(search);
  } catch {
    return { ...EMBED_DEFAULTS };
  }
  const out: EmbedOptions = { ...EMBED_DEFAULTS, ...parseEditorial(p, isDay) };
  out.view = oneOf(p.get('view'), VIEWS) ?? out.view;
  out.theme = oneOf(p.get('theme'), THEMES) ?? out.theme;
  const controls = p.get('controls');
  if (controls === '0' || controls === 'false') out.controls = false;
  else if (controls === '1' || controls === 'true') out.controls = true;
  const date = p.get('date');
  if (date && isDay(date)) out.date = date;
  const region = p.get('region');
  if (region && ID.test(region)) out.region = region;
  const statement = p.get('statement') ?? p.get('item');
  if (statement && ID.test(statement)) out.statement = statement;
  const v = p.get('v');
  if (v && VERSION.test(v)) out.version = v;
  return ctx ? embedOptionsFor(out, ctx) : out;
}

/** Drops ids the dataset does not know and dates outside its span. */
export function embedOptionsFor(options: EmbedOptions, ctx: EmbedContext): EmbedOptions {
  const [lo, hi] = ctx.bounds;
  return {
    ...options,
    date: options.date && options.date >= lo && options.date <= hi ? options.date : null,
    region: options.region && ctx.regionIds.has(options.region) ? options.region : null,
    statement: options.statement && ctx.itemIds.has(options.statement) ? options.statement : null,
    annotations: annotationsFor(options.annotations, ctx),
  };
}

/**
 * The query string of an /embed URL ("?view=map&date=…"), defaults left out, keys in a fixed
 * order so the same options always give the same URL.
 */
export function embedQuery(options: Partial<EmbedOptions>): string {
  const o = { ...EMBED_DEFAULTS, ...options };
  const p = new URLSearchParams();
  if (o.view !== EMBED_DEFAULTS.view) p.set('view', o.view);
  if (o.date) p.set('date', o.date);
  if (o.region) p.set('region', o.region);
  if (o.statement) p.set('statement', o.statement);
  if (o.theme !== EMBED_DEFAULTS.theme) p.set('theme', o.theme);
  if (!o.controls) p.set('controls', '0');
  if (o.version) p.set('v', o.version);
  writeEditorial(p, o);
  const s = p.toString();
  return s ? `?${s}` : '';
}

/** The explorer's query for the same state, for the embed's "open the full view" link. */
export function fullViewQuery(options: EmbedOptions, defaultDate: string | null): string {
  const p = new URLSearchParams();
  if (options.date && options.date !== defaultDate) p.set('date', options.date);
  if (options.statement) p.set('item', options.statement);
  if (options.region) p.set('region', options.region);
  const s = p.toString();
  return s ? `?${s}` : '';
}

// ---- the height message ---------------------------------------------------------------------

/** The message an embed posts to its parent whenever its height changes. */
export interface EmbedHeightMessage {
  type: 'faultline:embed-height';
  /** Document height in CSS pixels (whole number). */
  height: number;
  /** The embed's own URL (location.href), so the parent can find the right iframe. */
  src: string;
}

export const EMBED_HEIGHT_MESSAGE = 'faultline:embed-height';

export function embedHeightMessage(height: number, src: string): EmbedHeightMessage {
  return { type: EMBED_HEIGHT_MESSAGE, height: Math.max(0, Math.ceil(height)), src };
}

/** True for a well-formed height message (anything else posted to the page is ignored). */
export function isEmbedHeightMessage(data: unknown): data is EmbedHeightMessage {
  if (typeof data !== 'object' || data === null) return false;
  const d = data as Record<string, unknown>;
  return (
    d.type === EMBED_HEIGHT_MESSAGE &&
    typeof d.height === 'number' &&
    Number.isFinite(d.height) &&
    d.height >= 0 &&
    d.height < 100_000 &&
    typeof d.src === 'string'
  );
}

// ---- embed code -----------------------------------------------------------------------------

export type EmbedSize = { kind: 'responsive' } | { kind: 'fixed'; width: number; height: number };

export interface EmbedCodeInput {
  /** Origin the app is served from, e.g. "https://faultline.example". */
  origin: string;
  options: Partial<EmbedOptions>;
  size: EmbedSize;
  title: string;
  /** The conflict shown; the default conflict's embed keeps the bare /embed address. */
  path?: string;
  /**
   * First height of a responsive iframe, measured for the chosen view, options and column
   * width (the Share dialog's preview reports it); else EMBED_START_HEIGHT's estimate.
   */
  startHeight?: number;
  /**
   * What a reader without JavaScript (or a feed reader that drops iframes) gets instead: a
   * link to the live view and, for a map, the built picture of the chosen date.
   */
  /**
   * For readers without scripts: the linked picture of the chosen date (or words, with no
   * picture) and, as its caption, the journalist's words (title, subtitle, notes, note,
   * byline), which a prebuilt picture cannot carry. Lines of plain text, escaped here.
   */
  fallback?: { href: string; image: string | null; alt: string; caption?: readonly string[] };
}

/** Where a conflict's embed lives: /embed for the default conflict, else /<conflict>/embed. */
export function embedPath(datasetId: string, defaultId: string): string {
  return datasetId === defaultId ? '/embed' : `/${datasetId}/embed`;
}

const escAttr = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * First height of a responsive iframe before the embed reports its own, when the Share dialog
 * has not measured one: the heights measured at a 640 px column with the default options.
 */
export const EMBED_START_HEIGHT: Record<EmbedView, number> = {
  map: 910,
  timeline: 1100,
  both: 1700,
};

/** A short, stable name for one embed's iframe (its address hashed), for its fallback's style. */
function embedId(src: string): string {
  let h = 5381;
  for (let i = 0; i < src.length; i++) h = ((h << 5) + h + src.charCodeAt(i)) >>> 0;
  return `faultline-${h.toString(36)}`;
}

/**
 * The HTML a journalist pastes: an iframe of /embed, a fallback for readers without
 * JavaScript (which also hides the iframe, whose chart would ignore its options without it)
 * and, when responsive, the resize script that applies the embed's height messages.
 */
export function embedCode({
  origin,
  options,
  size,
  title,
  path = '/embed',
  startHeight,
  fallback,
}: EmbedCodeInput): string {
  const src = `${origin}${path}${embedQuery(options)}`;
  const view = options.view ?? EMBED_DEFAULTS.view;
  const id = embedId(src);
  // The iframe's accessible name: the journalist's alt text, else their title, else ours.
  const name = options.alt ?? options.title ?? title;
  const common = `id="${id}" src="${escAttr(src)}" title="${escAttr(name)}" loading="lazy" style="border:0;`;
  const caption = (fallback?.caption ?? []).map((l) => l.trim()).filter(Boolean);
  const link = fallback
    ? `<a href="${escAttr(fallback.href)}">${
        fallback.image
          ? `<img src="${escAttr(`${origin}${fallback.image}`)}" alt="${escAttr(fallback.alt)}" width="1200" height="630" style="max-width:100%;height:auto">`
          : escAttr(fallback.alt)
      }</a>`
    : '';
  const noscript = fallback
    ? `\n<noscript><style>#${id}{display:none}</style>${
        caption.length
          ? `<figure style="margin:0">${link}<figcaption>${caption.map(escAttr).join('<br>')}</figcaption></figure>`
          : link
      }</noscript>`
    : '';
  if (size.kind === 'fixed') {
    const w = Math.round(size.width);
    const h = Math.round(size.height);
    return `<iframe ${common}width:${w}px;max-width:100%;height:${h}px" width="${w}" height="${h}"></iframe>${noscript}`;
  }
  const h = Math.round(
    startHeight && Number.isFinite(startHeight) && startHeight > 0
      ? Math.min(startHeight, 10_000)
      : EMBED_START_HEIGHT[view],
  );
  return (
    `<iframe ${common}width:100%;height:${h}px" data-faultline-embed></iframe>${noscript}\n` +
    `<script async src="${escAttr(origin)}/embed/resize.js"></script>`
  );
}
