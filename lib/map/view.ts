import type { Feature, Geometry, Position } from 'geojson';

/** [west, south, east, north] in degrees. */
export type LonLatBox = [number, number, number, number];

/** Where a dataset's map opens and how far it pans and zooms. */
export interface MapView {
  /** The view the map opens on and a reset returns to. */
  homeBounds: LonLatBox;
  /** Panning stops here (a dataset's neighbours file is cut at this box). */
  maxBounds: LonLatBox;
  minZoom: number;
  maxZoom: number;
}

/** Ukraine's view, for a dataset that sets none (its neighbours file is cut at maxBounds). */
export const DEFAULT_MAP_VIEW: MapView = {
  homeBounds: [22, 44.2, 40.3, 52.5],
  maxBounds: [14, 40, 46, 57],
  minZoom: 3,
  maxZoom: 9,
};

/**
 * The view of a dataset's `map` (CompiledDataset.map), the default filling what it leaves out
 * (a release pinned before datasets had their own view has none).
 */
export function mapViewOf(map: Partial<MapView> | undefined): MapView {
  const m = map ?? {};
  return {
    homeBounds: m.homeBounds ?? DEFAULT_MAP_VIEW.homeBounds,
    maxBounds: m.maxBounds ?? DEFAULT_MAP_VIEW.maxBounds,
    minZoom: m.minZoom ?? DEFAULT_MAP_VIEW.minZoom,
    maxZoom: m.maxZoom ?? DEFAULT_MAP_VIEW.maxZoom,
  };
}

/** Outer rings of the polygons of a geometry. */
function polygonsOf(g: Geometry): Position[][][] {
  if (g.type === 'Polygon') return [g.coordinates];
  if (g.type === 'MultiPolygon') return g.coordinates;
  return [];
}

/** Planar (lon/lat) ring area, unsigned; good enough to pick the largest part. */
function ringArea(ring: Position[]): number {
  let a = 0;
  for (let i = 1; i < ring.length; i++) {
    const p = ring[i - 1]!;
    const q = ring[i]!;
    a += p[0]! * q[1]! - q[0]! * p[1]!;
  }
  return Math.abs(a / 2);
}

function inRing(x: number, y: number, ring: Position[]): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i] as [number, number];
    const [xj, yj] = ring[j] as [number, number];
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

function segmentDistance(x: number, y: number, a: Position, b: Position): number {
  const [ax, ay] = a as [number, number];
  const [bx, by] = b as [number, number];
  const dx = bx - ax;
  const dy = by - ay;
  const len = dx * dx + dy * dy;
  const t = len === 0 ? 0 : Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / len));
  return Math.hypot(x - (ax + t * dx), y - (ay + t * dy));
}

/**
 * A point well inside a region for its label and keyboard marker: on a grid over its largest
 * part, the inside point farthest from every edge (holes included, so Kyiv Oblast's label does
 * not land on Kyiv City). Longitude distances are scaled by cos(latitude).
 */
/** The grid the map's labels are placed on (see `labelPoint`). */
export const LABEL_GRID = 16;

export function labelPoint(feature: Feature, steps = 24): [number, number] | null {
  if (!feature.geometry) return null;
  const parts = polygonsOf(feature.geometry);
  let best: Position[][] | null = null;
  for (const p of parts) if (p[0] && (!best || ringArea(p[0]) > ringArea(best[0]!))) best = p;
  if (!best?.[0]) return null;
  const outer = best[0];
  let [w, s, e, n] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const [x, y] of outer as [number, number][]) {
    w = Math.min(w, x);
    e = Math.max(e, x);
    s = Math.min(s, y);
    n = Math.max(n, y);
  }
  const k = Math.cos((((s + n) / 2) * Math.PI) / 180);
  let winner: [number, number] | null = null;
  let winnerDistance = -1;
  for (let i = 0; i <= steps; i++) {
    for (let j = 0; j <= steps; j++) {
      const x = w + ((e - w) * (i + 0.5)) / (steps + 1);
      const y = s + ((n - s) * (j + 0.5)) / (steps + 1);
      if (!inRing(x, y, outer) || best.slice(1).some((h) => inRing(x, y, h))) continue;
      let d = Infinity;
      for (const ring of best) {
        for (let m = 1; m < ring.length; m++) {
          const a = ring[m - 1]!;
          const b = ring[m]!;
          d = Math.min(d, segmentDistance(x * k, y, [a[0]! * k, a[1]!], [b[0]! * k, b[1]!]));
        }
      }
      if (d > winnerDistance) {
        winnerDistance = d;
        winner = [Math.round(x * 1000) / 1000, Math.round(y * 1000) / 1000];
      }
    }
  }
  return winner;
}
