import type { PlaceMarkerKind } from './places';
import {
  NO_DATA_FILL,
  NO_RECENT_FILL,
  SHARE_STEPS,
  WORD_SWATCHES,
  type RegionShade,
  type ShadePattern,
  type SwatchId,
} from './shade';

/** One entry of the map legend: a swatch and what it means in plain words. */
export interface LegendItem {
  id: string;
  fill: string;
  pattern: ShadePattern;
  /** Drawn over the swatch: old-figure lines, a claim outline, a group outline. */
  mark?: 'stale' | 'claim' | 'group';
  label: string;
  /** A few words for a slide's legend, where the label would not fit. */
  short?: string;
}

export interface LegendModel {
  title: string;
  /** The share steps (ids step-0 … step-5). */
  steps: LegendItem[];
  /** Figures in words and states that are not a share (ids = their swatch ids). */
  words: LegendItem[];
  /** Marks drawn over any swatch: bounds, age, groups, claims. */
  marks: LegendItem[];
  /** The place markers, when the dataset draws places (ids = marker kinds). */
  places: { id: PlaceMarkerKind; label: string }[];
}

export interface LegendOptions {
  /** The staleness window in days, said in words ("more than 12 months old"). */
  staleAfterDays?: number;
  /** Claimed figures fill (the reader included them). */
  includeClaims?: boolean;
  /** A region group of the dataset, named as the example of a group outline. */
  groupExample?: string;
  /** The dataset draws places (explain their markers). */
  places?: boolean;
}

const windowWords = (days: number) =>
  days % 365 === 0
    ? `${days / 365 === 1 ? '12 months' : `${days / 365} years`}`
    : days % 30 === 0
      ? `${days / 30} months`
      : `${days} days`;

/** The legend: the share steps, the word swatches, then every mark, in words. */
export function controlLegend(mapPartyName: string, options: LegendOptions = {}): LegendModel {
  const mid = SHARE_STEPS[4]!.fill;
  const window = windowWords(options.staleAfterDays ?? 365);
  return {
    title: `Share of the region held by ${mapPartyName}`,
    steps: SHARE_STEPS.map((s, i) => ({
      id: `step-${i}`,
      fill: s.fill,
      pattern: 'solid',
      label: s.label,
    })),
    words: [
      ...(['partial', 'most', 'almost-all', 'contested'] as const).map((k): LegendItem => ({
        id: k,
        fill: WORD_SWATCHES[k].fill,
        pattern: k,
        label: WORD_SWATCHES[k].label,
        short:
          k === 'contested'
            ? 'contested'
            : `${WORD_SWATCHES[k].label.split(' (')[0]!.toLowerCase()}, no number`,
      })),
      {
        id: 'no-recent',
        fill: NO_RECENT_FILL,
        pattern: 'no-recent',
        label:
          'No recent figure: the last one (or the starting assumption) is old, or later reports put it in question',
        short: 'no recent figure',
      },
      {
        id: 'no-data',
        fill: NO_DATA_FILL,
        pattern: 'no-data',
        label: 'No figure for this date (not 0%)',
        short: 'no figure (not 0%)',
      },
    ],
    marks: [
      {
        id: 'bounded',
        fill: mid,
        pattern: 'bounded',
        label: 'Hatched: a bound or approximation (“>70%”, “≈80%”)',
        short: 'hatched: “>70%”, “≈80%”',
      },
      {
        id: 'stale',
        fill: mid,
        pattern: 'solid',
        mark: 'stale',
        label: `Lines across: the figure is more than ${window} old (its colour is kept; the label says “old”)`,
        short: `lines: over ${window} old`,
      },
      {
        id: 'group',
        fill: mid,
        pattern: 'solid',
        mark: 'group',
        label: `Thick outline: one figure for a group of regions${options.groupExample ? ` (e.g. ${options.groupExample})` : ''}, labelled on the group`,
        short: 'thick outline: one figure for a group',
      },
      {
        id: 'claim',
        fill: SHARE_STEPS[0]!.fill,
        pattern: 'solid',
        mark: 'claim',
        label: options.includeClaims
          ? 'Dashed outline in the claimant’s colour: a claim; with claims included, a claimed figure also fills (labelled “claimed”)'
          : 'Dashed outline in the claimant’s colour: a party’s claim (never drawn as control)',
        short: 'dashed outline: a claim, not control',
      },
    ],
    places: options.places
      ? [
          { id: 'held', label: 'Place held by the party in its colour (a source says all of it)' },
          {
            id: 'partly',
            label: 'Half-filled: the party holds part of it (the words say how much)',
          },
          { id: 'contested', label: 'Grey halves: the place is contested' },
          { id: 'claimed', label: 'Dashed ring: only a party’s claim speaks for it' },
          { id: 'not-held', label: 'Empty ring: a source says the party holds none of it' },
          { id: 'unknown', label: 'Small grey ring: no figure for the place on this date' },
        ]
      : [],
  };
}

/** Every swatch id the legend explains (a drawn region's swatch is always one of these). */
export function legendSwatchIds(legend: LegendModel): Set<SwatchId | string> {
  return new Set([...legend.steps, ...legend.words].map((i) => i.id));
}

/** What a map on one date draws, for a legend of only what is there. */
export interface MapInUse {
  shades: Record<string, Pick<RegionShade, 'swatch' | 'pattern' | 'stale' | 'claimed'>>;
  activeGroups: readonly string[];
}

/**
 * The legend's entries a map on one date uses, in legend order: the swatches of its regions,
 * then the marks drawn on them (bounds, age, group outlines, claims). For a slide, where the
 * whole legend would crowd out the story.
 */
export function legendInUse(legend: LegendModel, map: MapInUse): LegendItem[] {
  const drawn = drawnLegendIds(map);
  return [...legend.steps, ...legend.words, ...legend.marks].filter((i) => drawn.has(i.id));
}

/** The ids of the legend entries a map on one date draws: its regions' swatches and marks. */
export function drawnLegendIds(map: MapInUse): Set<string> {
  const shades = Object.values(map.shades);
  const drawn = new Set<string>(shades.map((s) => s.swatch));
  if (shades.some((s) => s.pattern === 'bounded')) drawn.add('bounded');
  if (shades.some((s) => s.stale)) drawn.add('stale');
  if (map.activeGroups.length) drawn.add('group');
  if (shades.some((s) => s.claimed)) drawn.add('claim');
  return drawn;
}
