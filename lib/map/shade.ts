import type { ControlAt, SeriesEntry } from '../dataset/types';
import type { Measure } from '../schema';
import {
  complementMeasure,
  describeMeasureShort,
  shareFromArea,
  shareInterval,
} from '../measure/describe';

/**
 * The sequential scale the map shades the mapped party's share with: one hue (orange to dark
 * red, ColorBrewer OrRd steps), light to dark, so it reads in every kind of colour vision and in
 * greyscale. Steps, not a continuous ramp: a bounded figure must not look more precise than it is.
 */
export const SHARE_STEPS: readonly { min: number; max: number; fill: string; label: string }[] = [
  { min: 0, max: 0, fill: '#fdf3e1', label: '0%' },
  { min: 0, max: 25, fill: '#fdcc8a', label: 'under 25%' },
  { min: 25, max: 50, fill: '#fc8d59', label: '25–50%' },
  { min: 50, max: 75, fill: '#e34a33', label: '50–75%' },
  { min: 75, max: 100, fill: '#b30000', label: '75–100%' },
  { min: 100, max: 100, fill: '#6b0000', label: '100%' },
];

/** How far a stale figure's colour is mixed towards white (drawn faded, never transparent). */
export const STALE_FADE = 0.6;

/** A colour mixed towards white by `amount` (0 = unchanged, 1 = white). */
export function fadeFill(hex: string, amount: number = STALE_FADE): string {
  const n = Number.parseInt(hex.slice(1), 16);
  const mix = (c: number) => Math.round(c + (255 - c) * amount);
  const rgb = [(n >> 16) & 255, (n >> 8) & 255, n & 255].map(mix);
  return `#${rgb.map((c) => c.toString(16).padStart(2, '0')).join('')}`;
}

/** Fill of a region with no figure at all: white under a grey hatch (never the 0% colour). */
export const NO_DATA_FILL = '#ffffff';

/** How a region's fill is marked beyond its colour. */
export type ShadePattern =
  /** exact figure, "all" or "none" */
  | 'solid'
  /** a bound, range or approximation (">70%", "≈80%", "15–17%") */
  | 'bounded'
  /** words with no number ("most", "partly") */
  | 'words'
  /** no figure: nothing reported for this date */
  | 'no-data';

/** Everything the renderers need to draw one region on one date. */
export interface RegionShade {
  regionId: string;
  kind: 'figure' | 'baseline' | 'no-data';
  fill: string;
  pattern: ShadePattern;
  stale: boolean;
  /** The group id when the figure is a group's, drawn across its members. */
  group: string | null;
  /** Claimed by a party that does not (fully) control it: drawn with a dashed outline. */
  claimed: boolean;
  /** Short label: ">70%", "≈80%", "most"; empty for baseline and no data. */
  label: string;
  /** The figure as the mapped party's share, when there is one. */
  share: Measure | null;
  /** True when the figure was stated as the other party's share and complemented. */
  converted: boolean;
  /** True when the figure was an area (km²) turned into a share. */
  computed: boolean;
}

/** The figure of an entry as the mapped party's share, and how it was obtained. */
export interface MappedShare {
  measure: Measure | null;
  converted: boolean;
  computed: boolean;
}

/**
 * An entry's figure as the mapped party's share: km² become a share of the target's known
 * area (marked computed), and a figure for the other party is complemented (marked converted).
 * Null when the area of the target is unknown.
 */
export function mappedShareOf(
  entry: SeriesEntry,
  mapParty: string,
  targetAreaKm2: number | null,
): MappedShare {
  let measure: Measure | null = entry.observation.measure;
  let computed = false;
  if ('unit' in measure && measure.unit === 'km2') {
    measure = targetAreaKm2 ? shareFromArea(measure, targetAreaKm2) : null;
    computed = measure !== null;
  }
  let converted = false;
  if (measure && entry.observation.controller !== mapParty) {
    measure = complementMeasure(measure);
    converted = true;
  }
  return { measure, converted, computed };
}

/** The pattern that tells how precise a share is. */
export function patternOf(m: Measure): ShadePattern {
  switch (m.kind) {
    case 'exact':
    case 'all':
    case 'none':
      return 'solid';
    case 'approximately':
    case 'more-than':
    case 'less-than':
    case 'range':
      return 'bounded';
    case 'most':
    case 'partial':
      return 'words';
  }
}

/**
 * The step colour of a share. A point figure uses its point; a bound, range or word figure the
 * middle of the interval it allows (">70%" is [70, 100], drawn in the step of 85). The pattern,
 * not the colour, says the figure is not a point.
 */
export function shareFill(m: Measure): string {
  const interval = shareInterval(m);
  const fallback = SHARE_STEPS[0]!.fill;
  if (!interval) return fallback;
  const v = interval.point ?? (interval.lo + interval.hi) / 2;
  if (v <= 0) return fallback;
  if (v >= 100) return SHARE_STEPS[SHARE_STEPS.length - 1]!.fill;
  // Middle steps cover [min, max): 25% is drawn in the 25–50% step.
  const step = SHARE_STEPS.slice(1, -1).find((s) => v < s.max);
  return (step ?? SHARE_STEPS[SHARE_STEPS.length - 2]!).fill;
}

export interface ShadeContext {
  mapParty: string;
  /** Area (km²) of each region and group, for km² figures. */
  areaOf: (targetId: string) => number | null;
  /** Whether a party other than the holder claims the region on the day. */
  claimedBy?: (regionId: string) => string[];
}

/**
 * The measure → shading decision for one region on one date: colour from the share, a
 * pattern for bounded/word figures, no data unlike 0%, stale faded, a group figure marked
 * with its group, claims outlined.
 */
export function shadeRegion(control: ControlAt, ctx: ShadeContext): RegionShade {
  const claimants = ctx.claimedBy?.(control.regionId) ?? [];
  if (control.status === 'none') {
    return {
      regionId: control.regionId,
      kind: 'no-data',
      fill: NO_DATA_FILL,
      pattern: 'no-data',
      stale: false,
      group: null,
      claimed: claimants.length > 0,
      label: '',
      share: null,
      converted: false,
      computed: false,
    };
  }
  const { entry } = control;
  const mapped = mappedShareOf(entry, ctx.mapParty, ctx.areaOf(entry.observation.target));
  const share = mapped.measure;
  const baseline = entry.via === 'baseline';
  // A claim is drawn while the claimant does not hold all of the region by this figure.
  const claimed = claimants.some((p) =>
    share === null ? true : p === ctx.mapParty ? share.kind !== 'all' : share.kind !== 'none',
  );
  if (share === null) {
    return {
      regionId: control.regionId,
      kind: 'no-data',
      fill: NO_DATA_FILL,
      pattern: 'no-data',
      stale: control.stale,
      group: entry.via === 'group' ? (entry.group ?? null) : null,
      claimed,
      label: '',
      share: null,
      converted: mapped.converted,
      computed: false,
    };
  }
  return {
    regionId: control.regionId,
    kind: baseline ? 'baseline' : 'figure',
    fill: control.stale ? fadeFill(shareFill(share)) : shareFill(share),
    pattern: baseline ? 'solid' : patternOf(share),
    stale: control.stale,
    group: entry.via === 'group' ? (entry.group ?? null) : null,
    claimed,
    label: baseline ? '' : describeMeasureShort(share),
    share,
    converted: mapped.converted,
    computed: mapped.computed,
  };
}
