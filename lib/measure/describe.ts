import type { Measure } from '../schema';

const numberFormat = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 2 });
const fmt = (n: number) => numberFormat.format(n);
const withUnit = (n: string, unit: 'percent' | 'km2') =>
  unit === 'percent' ? `${n}%` : `${n} km²`;

/**
 * A measure in words, exactly as precise as its source: "more than 70%", "about 80%",
 * "55–60%", "all", "most", "partly", "none", "about 300 km²". Never a number the source did
 * not state.
 */
export function describeMeasure(m: Measure): string {
  switch (m.kind) {
    case 'exact':
      return withUnit(fmt(m.value), m.unit);
    case 'approximately':
      return `about ${withUnit(fmt(m.value), m.unit)}`;
    case 'more-than':
      return `more than ${withUnit(fmt(m.value), m.unit)}`;
    case 'less-than':
      return `less than ${withUnit(fmt(m.value), m.unit)}`;
    case 'range':
      return withUnit(`${fmt(m.min)}–${fmt(m.max)}`, m.unit);
    case 'all':
      return 'all';
    case 'almost-all':
      return 'almost all';
    case 'most':
      return 'most';
    case 'partial':
      return 'partly';
    case 'none':
      return 'none';
    case 'contested':
      return 'contested';
  }
}

/** The compact form for labels and legends: "≈80%", ">70%", "<10%", "15–17%", "100%", "most". */
export function describeMeasureShort(m: Measure): string {
  switch (m.kind) {
    case 'exact':
      return withUnit(fmt(m.value), m.unit);
    case 'approximately':
      return `≈${withUnit(fmt(m.value), m.unit)}`;
    case 'more-than':
      return `>${withUnit(fmt(m.value), m.unit)}`;
    case 'less-than':
      return `<${withUnit(fmt(m.value), m.unit)}`;
    case 'range':
      return withUnit(`${fmt(m.min)}–${fmt(m.max)}`, m.unit);
    case 'all':
      return '100%';
    case 'none':
      return '0%';
    case 'almost-all':
      return 'almost all';
    case 'most':
      return 'most';
    case 'partial':
      return 'partly';
    case 'contested':
      return 'contested';
  }
}

/**
 * The share (percent) a measure allows: [lo, hi], with open ends where the source's words
 * exclude the bound ("most" is (50, 100], "partly" is (0, 50)). Null for areas, which are
 * not shares until divided by a known area.
 */
export interface ShareInterval {
  lo: number;
  hi: number;
  loOpen: boolean;
  hiOpen: boolean;
  /** True when the source gave a number (exact, approximate, bound or range). */
  numeric: boolean;
  /** The point the source named, when it named one (exact or approximate). */
  point?: number;
}

export function shareInterval(m: Measure): ShareInterval | null {
  switch (m.kind) {
    case 'exact':
      return m.unit === 'percent'
        ? { lo: m.value, hi: m.value, loOpen: false, hiOpen: false, numeric: true, point: m.value }
        : null;
    case 'approximately':
      return m.unit === 'percent'
        ? { lo: m.value, hi: m.value, loOpen: false, hiOpen: false, numeric: true, point: m.value }
        : null;
    case 'more-than':
      return m.unit === 'percent'
        ? { lo: m.value, hi: 100, loOpen: true, hiOpen: false, numeric: true }
        : null;
    case 'less-than':
      return m.unit === 'percent'
        ? { lo: 0, hi: m.value, loOpen: false, hiOpen: true, numeric: true }
        : null;
    case 'range':
      return m.unit === 'percent'
        ? { lo: m.min, hi: m.max, loOpen: false, hiOpen: false, numeric: true }
        : null;
    case 'all':
      return { lo: 100, hi: 100, loOpen: false, hiOpen: false, numeric: false, point: 100 };
    case 'none':
      return { lo: 0, hi: 0, loOpen: false, hiOpen: false, numeric: false, point: 0 };
    case 'almost-all':
      return { lo: 50, hi: 100, loOpen: true, hiOpen: true, numeric: false };
    case 'most':
      return { lo: 50, hi: 100, loOpen: true, hiOpen: false, numeric: false };
    case 'partial':
      return { lo: 0, hi: 50, loOpen: true, hiOpen: true, numeric: false };
    case 'contested':
      // Fought over: no share is stated for either side.
      return null;
  }
}

const pct = (n: number) => Math.round((100 - n) * 1000) / 1000;

/**
 * The other party's share, for a two-party conflict: "Ukraine holds about 30%" becomes
 * "Russia holds about 70%". Bounds flip ("more than 40%" → "less than 60%"); words map to
 * words ("most" ↔ "partly", "all" ↔ "none"). Areas (km²) have no complement and return null.
 * The caller keeps the original wording for display and says the figure was converted.
 */
export function complementMeasure(m: Measure): Measure | null {
  switch (m.kind) {
    case 'exact':
    case 'approximately':
      return m.unit === 'percent' ? { kind: m.kind, value: pct(m.value), unit: 'percent' } : null;
    case 'more-than':
      return m.unit === 'percent'
        ? { kind: 'less-than', value: pct(m.value), unit: 'percent' }
        : null;
    case 'less-than':
      return m.unit === 'percent'
        ? { kind: 'more-than', value: pct(m.value), unit: 'percent' }
        : null;
    case 'range':
      return m.unit === 'percent'
        ? { kind: 'range', min: pct(m.max), max: pct(m.min), unit: 'percent' }
        : null;
    case 'all':
      return { kind: 'none' };
    case 'none':
      return { kind: 'all' };
    case 'almost-all':
    case 'most':
      return { kind: 'partial' };
    case 'partial':
      return { kind: 'most' };
    case 'contested':
      return { kind: 'contested' };
  }
}

/**
 * An area figure as a share of a region of known area, marked as computed. Keeps the
 * figure's own precision ("about 300 km²" of 31,415 km² → about 0.95%).
 */
export function shareFromArea(m: Measure, areaKm2: number): Measure | null {
  if (!('unit' in m) || m.unit !== 'km2' || areaKm2 <= 0) return null;
  const share = (km2: number) => Math.round((km2 / areaKm2) * 10000) / 100;
  if (m.kind === 'range')
    return { kind: 'range', min: share(m.min), max: share(m.max), unit: 'percent' };
  if ('value' in m) return { kind: m.kind, value: share(m.value), unit: 'percent' };
  return null;
}
