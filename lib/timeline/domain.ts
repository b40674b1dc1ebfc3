import type { ScaleTime } from 'd3-scale';
import { DAY_MS } from '../dates/fuzzy-date';
import { brokenScale, pieceDensities, type TimeBreak } from './breaks';
import type { ClusterMark } from './marks';

/**
 * A zoom and pan as numbers, as d3-zoom holds them along x: a pixel p of the unzoomed plot is
 * drawn at `p * k + x`. `k` 1 shows everything.
 */
export interface ViewTransform {
  k: number;
  x: number;
}

export const identityTransform: ViewTransform = { k: 1, x: 0 };

/** The narrowest span (days) a reader can zoom to. */
export const MIN_VISIBLE_DAYS = 4;
/** How far one press of + or − zooms. */
export const ZOOM_STEP = 1.6;
/** The time used for an axis when nothing has ever been dated. */
const NO_EXTENT: [number, number] = [Date.UTC(2000, 0, 1), Date.UTC(2001, 0, 1)];

/** The whole span a timeline can show: the items' extent with a little room either side. */
export function fullDomain(extent: readonly [number, number] | null): [number, number] {
  const e = extent ?? NO_EXTENT;
  const pad = Math.max(DAY_MS, (e[1] - e[0]) * 0.02);
  return [e[0] - pad, e[1] + pad];
}

/**
 * The deepest zoom: `MIN_VISIBLE_DAYS` of normal (uncompressed) time across the plot. Without
 * `base`, or with a linear one, that is the full span over those days.
 */
export function maxScale(
  full: readonly [number, number],
  base?: ScaleTime<number, number>,
): number {
  const linear = (full[1] - full[0]) / (MIN_VISIBLE_DAYS * DAY_MS);
  if (!base) return Math.max(1, linear);
  const plotW = base.range().at(-1) ?? 0;
  const dense = Math.max(...pieceDensities(base));
  if (!(plotW > 0) || !(dense > 0)) return Math.max(1, linear);
  return Math.max(1, plotW / (dense * MIN_VISIBLE_DAYS * DAY_MS));
}

/** The unzoomed scale: the full domain across the plot, with `breaks` compressed. */
export const baseScale = (
  full: readonly [number, number],
  plotW: number,
  breaks: readonly TimeBreak[] = [],
): ScaleTime<number, number> => brokenScale(full, breaks, plotW);

/** The scale drawn at a transform (as d3-zoom's `rescaleX`). */
export function rescale(
  base: ScaleTime<number, number>,
  t: ViewTransform,
): ScaleTime<number, number> {
  return base.copy().domain(base.range().map((p) => base.invert((p - t.x) / t.k)));
}

/**
 * The transform that shows [d0, d1] (UTC ms), within the zoom limits. `full` is the unrounded
 * full domain (a scale's domain holds whole milliseconds). Worked out in plot pixels, so it
 * holds across breaks.
 */
export function transformFor(
  full: readonly [number, number],
  base: ScaleTime<number, number>,
  d0: number,
  d1: number,
): ViewTransform {
  const [r0 = 0, r1 = 0] = [base.range()[0], base.range().at(-1)];
  const span = Math.max(base(d1) - base(d0), 1e-9);
  const k = Math.max(1, Math.min(maxScale(full, base), (r1 - r0) / span));
  return { k, x: 0 + k * -base(d0) };
}

/**
 * Panning, never zooming, to bring moment `mid` into view: the domain to show, centred on it,
 * or null when it is already at least 12 px inside the plot.
 */
export function revealDomain(
  x: ScaleTime<number, number>,
  plotW: number,
  mid: number,
): [number, number] | null {
  const px = x(mid);
  if (px >= 12 && px <= plotW - 12) return null;
  // Half a plot either side of it, in pixels, so a break in view keeps its width.
  const shift = px - plotW / 2;
  return [Number(x.invert(shift)), Number(x.invert(plotW + shift))];
}

/** The domain a cluster expands to: its items with a quarter of their span (two days or more) around. */
export function expandDomain(c: Pick<ClusterMark, 'start' | 'end'>): [number, number] {
  const pad = Math.max(DAY_MS * 2, (c.end - c.start) * 0.25);
  return [c.start - pad, c.end + pad];
}
