import type { Party } from '../schema';
import type { TimelineLane } from './lanes';
import { EVENT_COLOUR, OTHER_COLOUR, type TimelinePalette } from './palette';
import { shapePath } from './shapes';

/** One entry of the timeline's legend: a swatch (SVG path in a 16 px box) and its words. */
export interface LegendEntry {
  key: string;
  label: string;
  d: string;
  fill: string;
  opacity?: number;
}

const circle = (r: number) => shapePath({ kind: 'circle', cx: 8, cy: 8, r });
const pill = (x0: number, x1: number, h: number) => shapePath({ kind: 'pill', x0, cy: 8, x1, h });

/**
 * The legend: the mark shapes, then the parties that have a lane, in the conflict's order. A
 * `still` picture (an export) says what a cluster is rather than what clicking it does.
 */
export function legendEntries(
  parties: readonly Pick<Party, 'id' | 'name'>[],
  lanes: readonly Pick<TimelineLane, 'party'>[],
  palette: TimelinePalette,
  still = false,
): LegendEntry[] {
  const shown = parties.filter((p) => lanes.some((l) => l.party === p.id));
  return [
    { key: 'st', label: 'Statement (day)', d: circle(5), fill: OTHER_COLOUR },
    {
      key: 'ev',
      label: 'Event (day)',
      d: shapePath({ kind: 'diamond', cx: 8, cy: 8, r: 6 }),
      fill: EVENT_COLOUR,
    },
    {
      key: 'sp',
      label: 'Month or year: drawn as a span',
      d: pill(1, 15, 8),
      fill: OTHER_COLOUR,
      opacity: 0.4,
    },
    {
      key: 'cl',
      label: still ? 'Several items (their count)' : 'Several items: click to expand',
      d: pill(0, 16, 14),
      fill: '#ffffff',
    },
    ...shown.map((p) => ({
      key: p.id,
      label: p.name,
      d: circle(5),
      fill: palette.lane({ key: p.id, party: p.id }),
    })),
  ];
}
