import { controlAt } from '../control/control-at';
import { DAY_MS } from '../dates/fuzzy-date';
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
 * A region's control over time as steps, from `from` to `until`: controlAt evaluated at every
 * day the answer can change (each figure's first day, the day after the baseline's), with
 * consecutive days of the same winning figure merged. Built on controlAt so the chart and the
 * map never disagree.
 */
export function controlHistory(
  series: readonly SeriesEntry[],
  mapParty: string,
  areaOf: (target: string) => number | null,
  until: number,
  from?: number,
): HistoryStep[] {
  const starts = series.map((e) => e.span.start).filter((s): s is number => s !== null);
  const baseDay = series.find((e) => e.via === 'baseline')?.span.start ?? null;
  const first = from ?? Math.min(...starts, until);
  const boundaries = [
    ...new Set([first, ...starts, ...(baseDay !== null ? [baseDay + DAY_MS] : [])]),
  ]
    .filter((b) => b >= first && b < until)
    .sort((a, b) => a - b);
  const steps: HistoryStep[] = [];
  boundaries.forEach((b, i) => {
    // Every figure, claims included (the panel lists them all, claims marked as claims).
    const at = controlAt(series, '', b, { staleAfterDays: Infinity, includeClaims: true });
    const end = boundaries[i + 1] ?? until;
    if (at.status !== 'figure') return;
    const last = steps[steps.length - 1];
    if (last && last.entry === at.entry && last.end === b) {
      last.end = end;
      return;
    }
    const mapped = mappedShareOf(at.entry, mapParty, areaOf(at.entry.observation.target));
    steps.push({
      entry: at.entry,
      start: b,
      end,
      share: mapped.measure,
      interval: mapped.measure ? shareInterval(mapped.measure) : null,
      converted: mapped.converted,
      computed: mapped.computed,
    });
  });
  return steps;
}
