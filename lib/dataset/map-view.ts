import type { Conflict, LonLatBox } from '../schema';
import type { DatasetMap } from './types';

/** Zooms of a map whose conflict.json gives none (the app's zooms before `map` existed). */
export const DEFAULT_MIN_ZOOM = 3;
export const DEFAULT_MAX_ZOOM = 9;

/** [west, south, east, north] of every position of a GeoJSON-like value; null when none. */
export function boundsOf(value: unknown): LonLatBox | null {
  let w = Infinity;
  let s = Infinity;
  let e = -Infinity;
  let n = -Infinity;
  const walk = (v: unknown, depth: number): void => {
    if (!Array.isArray(v) || depth > 6) return;
    if (v.length >= 2 && typeof v[0] === 'number' && typeof v[1] === 'number') {
      const [x, y] = v as [number, number];
      if (!Number.isFinite(x) || !Number.isFinite(y)) return;
      w = Math.min(w, x);
      e = Math.max(e, x);
      s = Math.min(s, y);
      n = Math.max(n, y);
      return;
    }
    for (const item of v) walk(item, depth + 1);
  };
  const features = (value as { features?: unknown } | null)?.features;
  if (Array.isArray(features))
    for (const f of features)
      walk((f as { geometry?: { coordinates?: unknown } } | null)?.geometry?.coordinates, 0);
  return w <= e && s <= n ? [w, s, e, n] : null;
}

const clampBox = ([w, s, e, n]: LonLatBox): LonLatBox => [
  Math.max(-180, w),
  Math.max(-85, s),
  Math.min(180, e),
  Math.min(85, n),
];

/** A box grown by `k` times its width and height on each side (at least `min` degrees). */
function grow([w, s, e, n]: LonLatBox, k: number, min: number): LonLatBox {
  const dx = Math.max((e - w) * k, min);
  const dy = Math.max((n - s) * k, min);
  return clampBox([w - dx, s - dy, e + dx, n + dy]);
}

/**
 * The dataset's map: conflict.json's `map` (zooms defaulted), or, without one, the regions'
 * extent with a small margin to open on, a wide one to pan within, and no credits.
 */
export function resolveMapView(conflict: Conflict, regionBounds: LonLatBox | null): DatasetMap {
  const m = conflict.map;
  if (m)
    return {
      homeBounds: m.homeBounds,
      maxBounds: m.maxBounds,
      minZoom: m.minZoom ?? DEFAULT_MIN_ZOOM,
      maxZoom: m.maxZoom ?? DEFAULT_MAX_ZOOM,
      credits: m.credits,
      derived: false,
    };
  const box = regionBounds ?? [-180, -85, 180, 85];
  return {
    homeBounds: grow(box, 0.02, 0.1),
    maxBounds: grow(box, 0.4, 2),
    minZoom: DEFAULT_MIN_ZOOM,
    maxZoom: DEFAULT_MAX_ZOOM,
    credits: [],
    derived: true,
  };
}
