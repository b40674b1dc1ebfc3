import { fadeFill, NO_DATA_FILL, SHARE_STEPS, type ShadePattern } from './shade';

/** One entry of the map legend: a swatch and what it means in plain words. */
export interface LegendItem {
  id: string;
  fill: string;
  pattern: ShadePattern;
  /** Swatch drawn faded (stale) or outlined (claim, group). */
  mark?: 'stale' | 'claim' | 'group';
  label: string;
}

export interface LegendModel {
  title: string;
  steps: LegendItem[];
  marks: LegendItem[];
}

/** The legend: the share steps, then every other encoding in words. */
export function controlLegend(mapPartyName: string): LegendModel {
  const mid = SHARE_STEPS[4]!.fill;
  return {
    title: `Share of the region controlled by ${mapPartyName}`,
    steps: SHARE_STEPS.map((s, i) => ({
      id: `step-${i}`,
      fill: s.fill,
      pattern: 'solid',
      label: i === 0 ? '0% (or no occupation reported)' : s.label,
    })),
    marks: [
      {
        id: 'bounded',
        fill: mid,
        pattern: 'bounded',
        label:
          'Hatched: a bound or approximation (“>70%”, “≈80%”); colour at the middle of the stated range',
      },
      {
        id: 'words',
        fill: mid,
        pattern: 'words',
        label: 'Dotted: words with no number (“most”, “partly”)',
      },
      {
        id: 'no-data',
        fill: NO_DATA_FILL,
        pattern: 'no-data',
        label: 'Grey hatch on white: no figure for this date (not 0%)',
      },
      {
        id: 'stale',
        fill: fadeFill(mid),
        pattern: 'solid',
        mark: 'stale',
        label: 'Faded: the latest figure is more than a year old',
      },
      {
        id: 'group',
        fill: mid,
        pattern: 'solid',
        mark: 'group',
        label: 'Thick outline: one figure for a group of regions (e.g. Donbas), not for each',
      },
      {
        id: 'claim',
        fill: SHARE_STEPS[0]!.fill,
        pattern: 'solid',
        mark: 'claim',
        label: 'Dashed outline: claimed by a party that does not control all of it',
      },
    ],
  };
}
