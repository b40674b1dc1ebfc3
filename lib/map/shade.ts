import type { ControlAt, SeriesEntry } from '../dataset/types';
import type { Measure } from '../schema';
import {
  complementMeasure,
  describeMeasureShort,
  shareFromArea,
  shareInterval,
} from '../measure/describe';
import { formatAge } from '../dates/fuzzy-date';

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

/**
 * Swatches of figures in words and of states that are not a share. Their base colours sit
 * outside the share scale's hue (greys and a violet), so no word figure reads as a number.
 */
export const WORD_SWATCHES = {
  partial: { fill: '#e7e1d8', label: 'Partly (no number given)' },
  most: { fill: '#e7e1d8', label: 'Most (no number given)' },
  'almost-all': { fill: '#e7e1d8', label: 'Almost all (no number given)' },
  contested: { fill: '#d8cce8', label: 'Contested or grey zone' },
} as const;

/** Fill of a region whose latest figure is out of date or overtaken: grey under a cross-hatch. */
export const NO_RECENT_FILL = '#c8cdd4';

/** Fill of a region with no figure at all: white under a grey hatch (never the 0% colour). */
export const NO_DATA_FILL = '#ffffff';

/** A colour mixed towards white by `amount` (0 = unchanged, 1 = white); for UI accents only. */
export function fadeFill(hex: string, amount: number): string {
  const n = Number.parseInt(hex.slice(1), 16);
  const mix = (c: number) => Math.round(c + (255 - c) * amount);
  const rgb = [(n >> 16) & 255, (n >> 8) & 255, n & 255].map(mix);
  return `#${rgb.map((c) => c.toString(16).padStart(2, '0')).join('')}`;
}

/** How a region's fill is marked beyond its colour (one pattern per meaning). */
export type ShadePattern =
  /** exact figure, "all" or "none" */
  | 'solid'
  /** a bound, range or approximation (">70%", "≈80%", "15–17%") */
  | 'bounded'
  /** words with no number, each its own density of dots */
  | 'partial'
  | 'most'
  | 'almost-all'
  /** fought over, a grey zone */
  | 'contested'
  /** the latest figure is out of date or overtaken by later reports */
  | 'no-recent'
  /** no figure: nothing reported for this date */
  | 'no-data';

/** Every legend swatch a region can be drawn with. */
export type SwatchId =
  | `step-${0 | 1 | 2 | 3 | 4 | 5}`
  | 'partial'
  | 'most'
  | 'almost-all'
  | 'contested'
  | 'no-recent'
  | 'no-data';

/** Everything the renderers need to draw one region on one date. */
export interface RegionShade {
  regionId: string;
  kind: 'figure' | 'baseline' | 'no-recent' | 'no-data';
  /** The legend entry this region is drawn with. */
  swatch: SwatchId;
  fill: string;
  pattern: ShadePattern;
  /** Older than the staleness window: marked by lines over the colour, which it keeps. */
  stale: boolean;
  /** "3 years old", when stale. */
  age: string | null;
  /** The group id when a group's figure shades this member (it is labelled as part of it). */
  group: string | null;
  /** A claim (territorial, or a claimed figure) is drawn on the region as an outline. */
  claimed: boolean;
  /** Colour of the claim outline: the claimant party's, else a neutral dark. */
  claimColor: string | null;
  /** True when claims were included and the fill itself comes from a claimed figure. */
  fromClaim: boolean;
  /** Short label: ">70%", "≈80%", "partly", "part of Donbas", "no recent figure". */
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
 * area (marked computed), and a figure for the other party is complemented (marked converted)
 * only where the conflict says its two parties hold everything between them. Null when the
 * area is unknown or the figure is another party's that cannot be converted.
 */
export function mappedShareOf(
  entry: SeriesEntry,
  mapParty: string,
  targetAreaKm2: number | null,
  complement = true,
): MappedShare {
  let measure: Measure | null = entry.observation.measure;
  let computed = false;
  if ('unit' in measure && measure.unit === 'km2') {
    measure = targetAreaKm2 ? shareFromArea(measure, targetAreaKm2) : null;
    computed = measure !== null;
  }
  let converted = false;
  if (measure && entry.observation.controller !== mapParty && measure.kind !== 'contested') {
    measure = complement ? complementMeasure(measure) : null;
    converted = measure !== null;
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
    case 'partial':
    case 'most':
    case 'almost-all':
    case 'contested':
      return m.kind;
  }
}

/**
 * The share step of a number figure: a point uses its point, a bound or range the middle of
 * the interval it allows (">70%" is [70, 100], drawn in the step of 85). The pattern, not the
 * colour, says the figure is not a point. Null for words (they have swatches of their own).
 */
export function shareStep(m: Measure): 0 | 1 | 2 | 3 | 4 | 5 | null {
  if (m.kind === 'partial' || m.kind === 'most' || m.kind === 'almost-all') return null;
  const interval = shareInterval(m);
  if (!interval) return null;
  const v = interval.point ?? (interval.lo + interval.hi) / 2;
  if (v <= 0) return 0;
  if (v >= 100) return 5;
  // Middle steps cover [min, max): 25% is drawn in the 25–50% step.
  const i = SHARE_STEPS.slice(1, -1).findIndex((s) => v < s.max);
  return (i < 0 ? 4 : i + 1) as 1 | 2 | 3 | 4;
}

/** The fill of a figure: its share step's colour, or its word swatch's base colour. */
export function shareFill(m: Measure): string {
  const stepIndex = shareStep(m);
  if (stepIndex !== null) return SHARE_STEPS[stepIndex]!.fill;
  if (m.kind in WORD_SWATCHES) return WORD_SWATCHES[m.kind as keyof typeof WORD_SWATCHES].fill;
  return NO_DATA_FILL;
}

export interface ShadeContext {
  mapParty: string;
  /** Whether a figure of the other party may be complemented (two-party conflicts). */
  complement?: boolean;
  /** Area (km²) of each region and group, for km² figures. */
  areaOf: (targetId: string) => number | null;
  /** The parties (ids) claiming the region on the day by a territorial claim. */
  claimedBy?: (regionId: string) => string[];
  /** A party's colour, for claim outlines. */
  partyColor?: (partyId: string) => string | null;
  /** A group's short name, for "part of Donbas". */
  groupName?: (groupId: string) => string;
}

const blank = (regionId: string) => ({
  regionId,
  stale: false,
  age: null,
  group: null,
  claimed: false,
  claimColor: null,
  fromClaim: false,
  share: null,
  converted: false,
  computed: false,
});

/** The label of a figure as the source gave it: km² stay km², never the computed share. */
function figureLabel(entry: SeriesEntry, share: Measure, computed: boolean): string {
  const stated = entry.observation.measure;
  return computed ? describeMeasureShort(stated) : describeMeasureShort(share);
}

/**
 * The measure → shading decision for one region on one date: a colour step per share, its
 * own swatch per word figure, no data unlike 0%, age marked without changing the colour, a
 * stale or overtaken baseline as "no recent figure", a group figure labelled as the group's,
 * claims as outlines.
 */
export function shadeRegion(control: ControlAt, ctx: ShadeContext): RegionShade {
  const territorial = ctx.claimedBy?.(control.regionId) ?? [];
  const claimParties = [
    ...territorial,
    ...control.claims.map((c) => c.observation.claimantParty ?? ''),
  ];
  const claimColor =
    claimParties.map((p) => (p ? ctx.partyColor?.(p) : null)).find((c) => c) ?? null;
  if (control.status === 'none') {
    return {
      ...blank(control.regionId),
      kind: 'no-data',
      swatch: 'no-data',
      fill: NO_DATA_FILL,
      pattern: 'no-data',
      claimed: claimParties.length > 0,
      claimColor,
      label: '',
    };
  }
  const { entry } = control;
  const mapped = mappedShareOf(
    entry,
    ctx.mapParty,
    ctx.areaOf(entry.observation.target),
    ctx.complement ?? true,
  );
  const share = mapped.measure;
  const baseline = entry.via === 'baseline';
  const group = entry.via === 'group' ? (entry.group ?? null) : null;
  // A territorial claim is drawn while the claimant does not hold all of the region by this
  // figure; a claimed figure newer than the winner always is.
  const territorialShown = territorial.some((p) =>
    share === null ? true : p === ctx.mapParty ? share.kind !== 'all' : share.kind !== 'none',
  );
  const claimed = territorialShown || control.claims.length > 0;
  const fromClaim = entry.observation.status === 'claimed';
  const common = {
    ...blank(control.regionId),
    group,
    claimed: claimed || fromClaim,
    claimColor:
      claimColor ??
      (fromClaim && entry.observation.claimantParty
        ? (ctx.partyColor?.(entry.observation.claimantParty) ?? null)
        : null),
    fromClaim,
    converted: mapped.converted,
    computed: mapped.computed,
  };
  const zero = share !== null && shareStep(share) === 0;
  // The baseline is an assumption: once old, or once any report about the region follows it,
  // the map says it has no recent figure. A source's 0% followed by a claim likewise.
  if ((baseline && control.stale) || (control.overtakenBy !== null && (baseline || zero))) {
    return {
      ...common,
      kind: 'no-recent',
      swatch: 'no-recent',
      fill: NO_RECENT_FILL,
      pattern: 'no-recent',
      stale: control.stale,
      age: control.stale ? `${formatAge(control.ageDays)} old` : null,
      // The swatch, the legend and the tooltip say "no recent figure"; a label on every such
      // region would crowd out the figures that were stated.
      label: '',
      share,
    };
  }
  if (share === null) {
    return {
      ...common,
      kind: 'no-data',
      swatch: 'no-data',
      fill: NO_DATA_FILL,
      pattern: 'no-data',
      label: '',
    };
  }
  const stepIndex = shareStep(share);
  const swatch: SwatchId =
    stepIndex !== null
      ? `step-${stepIndex}`
      : (share.kind as 'partial' | 'most' | 'almost-all' | 'contested');
  const age = control.stale ? `${formatAge(control.ageDays)} old` : null;
  let label = baseline ? '' : figureLabel(entry, share, mapped.computed);
  if (group) label = `part of ${ctx.groupName?.(group) ?? group}`;
  else if (fromClaim && label) label = `claimed ${label}`;
  return {
    ...common,
    kind: baseline ? 'baseline' : 'figure',
    swatch,
    fill: shareFill(share),
    pattern: baseline ? 'solid' : patternOf(share),
    stale: control.stale,
    age,
    label: label && age ? `${label} · old` : label,
    share,
  };
}
