import type { SeriesEntry } from '../dataset/types';
import { shareInterval, type ShareInterval } from '../measure/describe';
import type { Measure } from '../schema';
import { mappedShareOf } from '../map/shade';

/** One step of a region's control history: a figure holding from `start` until `end`. */
export interface HistoryStep {
  entry: SeriesEntry;
  start: number;
  end: number;
  /** The figure as the mapped party's share (complemented or computed where needed). */
  share: Measure | null;
  interval: ShareInterval | null;
  converted: boolean;
  computed: boolean;
}

/**
 * A region's control over time as steps: each winning figure holds until the next figure
 * date (or `until`). Entries of one date collapse to the winner the series order gives;
 * the baseline only fills time before the first figure.
 */
export function controlHistory(
  series: readonly SeriesEntry[],
  mapParty: string,
  areaOf: (target: string) => number | null,
  until: number,
): HistoryStep[] {
  const dated = series.filter((e) => e.span.start !== null);
  const figures = dated.filter((e) => e.via !== 'baseline');
  const baseline = dated.find((e) => e.via === 'baseline');
  const starts = [...new Set(figures.map((e) => e.span.start as number))].sort((a, b) => a - b);
  const steps: HistoryStep[] = [];
  const push = (entry: SeriesEntry, start: number, end: number) => {
    const mapped = mappedShareOf(entry, mapParty, areaOf(entry.observation.target));
    steps.push({
      entry,
      start,
      end,
      share: mapped.measure,
      interval: mapped.measure ? shareInterval(mapped.measure) : null,
      converted: mapped.converted,
      computed: mapped.computed,
    });
  };
  if (baseline && baseline.span.start !== null) {
    const end = starts[0] ?? until;
    if (baseline.span.start < end) push(baseline, baseline.span.start, end);
  }
  starts.forEach((start, i) => {
    // The finest figure of the day first, then region over group, then later-published.
    const tied = figures
      .filter((e) => e.span.start === start)
      .sort(
        (a, b) =>
          (a.span.end ?? 0) - (b.span.end ?? 0) ||
          (a.via === b.via ? 0 : a.via === 'region' ? -1 : 1) ||
          (b.published ?? -Infinity) - (a.published ?? -Infinity),
      );
    const winner = tied[0];
    if (winner) push(winner, start, Math.max(start + 1, starts[i + 1] ?? until));
  });
  return steps;
}
