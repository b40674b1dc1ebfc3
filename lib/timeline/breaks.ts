import { scaleUtc, type ScaleTime } from 'd3-scale';
import { DAY_MS, formatDateValue, toDayString } from '../dates/fuzzy-date';

/**
 * Time where the facts are: a long stretch with no statement or event is drawn as a narrow,
 * marked break instead of taking its share of the axis (Gaza's one 2007 event left 2008–2022,
 * three quarters of the width, empty). The scale stays a d3 UTC scale, with a piecewise
 * ("polylinear") domain: each break is a short segment of its own. d3-zoom's rescaling maps
 * the whole piecewise domain, so zooming keeps the time under the pointer across a break.
 */

/** A compressed stretch of time [start, end) in UTC ms, where no item lies. */
export interface TimeBreak {
  start: number;
  end: number;
}

/** A break in words: "Mar 2016 – Nov 2021", at month precision. */
export const breakText = (b: TimeBreak) =>
  `${formatDateValue(toDayString(b.start).slice(0, 7))} – ${formatDateValue(toDayString(b.end).slice(0, 7))}`;

/** How long a break is, in whole months as a reader says it: "about 4 years and 9 months". */
export function breakLength(b: TimeBreak): string {
  const months = Math.round((b.end - b.start) / (DAY_MS * 30.4375));
  const y = Math.floor(months / 12);
  const m = months % 12;
  const part = (n: number, unit: string) => `${n} ${unit}${n === 1 ? '' : 's'}`;
  const words = [y ? part(y, 'year') : '', m ? part(m, 'month') : ''].filter(Boolean);
  return `about ${words.join(' and ') || 'a month'}`;
}

/** A gap becomes a break when it is this long at least… */
export const BREAK_MIN_MS = 2 * 365 * DAY_MS;
/** …and this share of the whole span at least. */
export const BREAK_MIN_SHARE = 0.15;
/** Plot pixels a break takes at the unzoomed scale. */
export const BREAK_PX = 28;
/** Time kept at its normal scale on either side of a break, so marks never touch it. */
const EDGE_SHARE = 0.04;
const EDGE_MIN_MS = 45 * DAY_MS;

/**
 * The breaks of a set of time intervals: every gap between them (where no interval lies)
 * that is at least `BREAK_MIN_MS` long and `BREAK_MIN_SHARE` of the span from the first start
 * to the last end, less a margin either side. Intervals may come in any order.
 */
export function findBreaks(intervals: readonly { start: number; end: number }[]): TimeBreak[] {
  const sorted = intervals
    .filter((i) => Number.isFinite(i.start) && Number.isFinite(i.end))
    .slice()
    .sort((a, b) => a.start - b.start);
  const first = sorted[0];
  if (!first) return [];
  const last = sorted.reduce((m, i) => Math.max(m, i.end), first.end);
  const span = last - first.start;
  const breaks: TimeBreak[] = [];
  let reach = first.end;
  for (const i of sorted) {
    const gap = i.start - reach;
    if (gap >= BREAK_MIN_MS && gap >= BREAK_MIN_SHARE * span) {
      const edge = Math.max(EDGE_MIN_MS, gap * EDGE_SHARE);
      breaks.push({ start: reach + edge, end: i.start - edge });
    }
    reach = Math.max(reach, i.end);
  }
  return breaks;
}

/**
 * The unzoomed scale over `full` across `plotW` pixels, each break (inside `full`) drawn
 * `BREAK_PX` wide, or a third of its normal width if that is less; the rest shares the width
 * in proportion to time. With no break it is the plain linear UTC scale.
 */
export function brokenScale(
  full: readonly [number, number],
  breaks: readonly TimeBreak[],
  plotW: number,
): ScaleTime<number, number> {
  const [f0, f1] = full;
  const inside = breaks.filter((b) => b.start > f0 && b.end < f1 && b.end > b.start);
  const linear = scaleUtc().domain([f0, f1]).range([0, plotW]);
  if (!inside.length || plotW <= 0) return linear;
  const total = f1 - f0;
  const broken = inside.reduce((n, b) => n + (b.end - b.start), 0);
  // Each break is at most a third of what it would be drawn linearly.
  const breakPx = inside.map((b) => Math.min(BREAK_PX, (((b.end - b.start) / total) * plotW) / 3));
  const normalPx = plotW - breakPx.reduce((a, b) => a + b, 0);
  const pxPerMs = normalPx / (total - broken);
  const domain: number[] = [f0];
  const range: number[] = [0];
  let at = f0;
  let px = 0;
  inside.forEach((b, i) => {
    px += (b.start - at) * pxPerMs;
    domain.push(b.start, b.end);
    range.push(px, (px += breakPx[i] ?? 0));
    at = b.end;
  });
  domain.push(f1);
  range.push(plotW);
  return scaleUtc().domain(domain).range(range);
}

/** The first and last time of a scale's domain (a piecewise domain has more points). */
export function scaleExtent(x: ScaleTime<number, number>): [number, number] {
  const d = x.domain();
  return [Number(d[0]), Number(d[d.length - 1])];
}

/**
 * Pixels per millisecond of each piece of `x`, from the first piece to the last. A linear
 * scale has one; a broken scale alternates normal pieces and breaks.
 */
export function pieceDensities(x: ScaleTime<number, number>): number[] {
  const d = x.domain().map(Number);
  const r = x.range();
  const out: number[] = [];
  for (let i = 1; i < d.length; i++)
    out.push(((r[i] ?? 0) - (r[i - 1] ?? 0)) / Math.max(1, (d[i] ?? 0) - (d[i - 1] ?? 0)));
  return out;
}

/**
 * A plain function for `x` (ms → px), for hot loops: one multiplication for a linear scale,
 * a walk over the few pieces otherwise. Outside the domain it extends the end pieces.
 */
export function positionOf(x: ScaleTime<number, number>): (ms: number) => number {
  const d = x.domain().map(Number);
  const r = x.range();
  if (d.length === 2) {
    const [d0 = 0, d1 = 1] = d;
    const [r0 = 0, r1 = 0] = r;
    const k = (r1 - r0) / Math.max(1, d1 - d0);
    return (ms) => r0 + (ms - d0) * k;
  }
  const n = d.length;
  return (ms) => {
    let i = 1;
    while (i < n - 1 && ms > (d[i] ?? 0)) i++;
    const a = d[i - 1] ?? 0;
    const b = d[i] ?? 0;
    const ra = r[i - 1] ?? 0;
    const rb = r[i] ?? 0;
    return ra + ((ms - a) * (rb - ra)) / Math.max(1, b - a);
  };
}

/** A break as drawn at scale `x`: its pixels, and its time for the words. */
export interface BreakView extends TimeBreak {
  x0: number;
  x1: number;
}

/** The breaks that show within [0, plotW] at scale `x`. */
export function breakViews(
  x: ScaleTime<number, number>,
  breaks: readonly TimeBreak[],
  plotW: number,
): BreakView[] {
  return breaks
    .map((b) => ({ ...b, x0: x(b.start), x1: x(b.end) }))
    .filter((b) => b.x1 > 0 && b.x0 < plotW);
}
