import { timeSpanOf } from '../dataset/compile';
import type { CompiledDataset, SeriesEntry } from '../dataset/types';
import { parseDateValue } from '../dates/fuzzy-date';
import { controlHistory, type HistoryStep } from './history';

/** One small chart of the chart tab: a target's own figures over time. */
export interface ControlChart {
  /** The country, a group of regions or a region. */
  id: string;
  kind: 'country' | 'group' | 'region';
  name: string;
  steps: HistoryStep[];
  /** How many of the steps are a source's figure (not the baseline). */
  figures: number;
  /** How many of those are a party's claim rather than an assessment. */
  claimed: number;
}

/** Area (km²) of a region, a group (its members' sum) or the country, for computed shares. */
export function areaLookup(dataset: CompiledDataset): (id: string) => number | null {
  const areas = new Map<string, number>(dataset.regions.map((r) => [r.id, r.areaKm2]));
  for (const g of dataset.conflict.regionGroups)
    areas.set(
      g.id,
      g.members.reduce((a, m) => a + (areas.get(m) ?? 0), 0),
    );
  if (dataset.conflict.country.areaKm2)
    areas.set(dataset.conflict.country.id, dataset.conflict.country.areaKm2);
  return (id) => areas.get(id) ?? null;
}

/**
 * The chart tab's small multiples, over one time domain: the whole country, each group of
 * regions and each region, every one drawn from its own figures only (a group's figure is the
 * group's, never put on a chart of one member; a region's chart holds what the map draws for it,
 * its own figures and its groups' applied to it). A target with no figure of its own is left
 * out and counted in `withoutFigure`, so a reader knows the list is not the whole country.
 */
export function controlCharts(
  dataset: CompiledDataset,
  domain: readonly [number, number],
): { charts: ControlChart[]; withoutFigure: string[] } {
  const areaOf = areaLookup(dataset);
  const { conflict } = dataset;
  const published = new Map(
    dataset.sources.map((s) => [
      s.id,
      s.published ? (parseDateValue(s.published)?.start ?? null) : null,
    ]),
  );
  /** A series of a target's own figures, for targets the compiled series do not hold. */
  const ownSeries = (target: string): SeriesEntry[] =>
    dataset.control
      .filter((c) => c.target === target)
      .map((observation) => ({
        observation,
        via: 'region' as const,
        span: timeSpanOf(observation.asOf),
        published: published.get(observation.source) ?? null,
      }))
      .filter((e) => e.span.start !== null)
      .sort((a, b) => (a.span.start ?? 0) - (b.span.start ?? 0));
  const chart = (id: string, kind: ControlChart['kind'], name: string, series: SeriesEntry[]) => {
    const steps = controlHistory(series, conflict.mapParty, areaOf, domain[1], domain[0]);
    const own = steps.filter((s) => s.entry.via !== 'baseline');
    return {
      id,
      kind,
      name,
      steps,
      figures: own.length,
      claimed: own.filter((s) => s.entry.observation.status === 'claimed').length,
    };
  };
  const all: ControlChart[] = [
    chart(conflict.country.id, 'country', conflict.country.name, ownSeries(conflict.country.id)),
    ...conflict.regionGroups.map((g) => chart(g.id, 'group', g.name, ownSeries(g.id))),
    ...[...dataset.regions]
      .sort((a, b) => a.nameEn.localeCompare(b.nameEn))
      .map((r) => chart(r.id, 'region', r.nameEn, dataset.series[r.id] ?? [])),
  ];
  return {
    charts: all.filter((c) => c.figures > 0),
    withoutFigure: all.filter((c) => c.kind === 'region' && c.figures === 0).map((c) => c.name),
  };
}
