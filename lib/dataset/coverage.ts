import type { ControlObservation, FuzzyDate } from '../schema';
import type { CompiledDataset } from './types';

/**
 * How well a dataset covers its years and regions: counts per year and per region, and the
 * thin spots said in words. A report for /about, /data and `npm run validate`, never a gate:
 * a thin year is a fact about the sources found, not an error in the data.
 */

/** What a year needs before it is "told": the floors issue 16 sets for the Ukraine dataset. */
export const COVERAGE_FLOOR = { statements: 8, events: 5 } as const;

export interface YearCoverage {
  year: number;
  statements: number;
  events: number;
  assessed: number;
  claimed: number;
  /** Distinct speakers of the year's statements. */
  speakers: number;
  /** Regions (or places' regions) with an assessed or claimed figure dated that year. */
  regionsWithFigure: number;
}

export interface RegionCoverage {
  id: string;
  name: string;
  /** Figures about the region itself, one of its groups, or a place in it. */
  figures: number;
  /** Years from its first to its last figure that have none. */
  gapYears: number[];
  firstYear: number | null;
  lastYear: number | null;
}

export interface Coverage {
  years: YearCoverage[];
  regions: RegionCoverage[];
  /** Plain sentences naming each thin spot, in year order; empty when none. */
  thin: string[];
}

/** The calendar year a fuzzy date starts in, or null when it has none. */
export function yearOf(date: FuzzyDate | undefined): number | null {
  const value = date?.value;
  if (!value) return null;
  const year = Number(value.slice(0, 4));
  return Number.isInteger(year) ? year : null;
}

/** "2016", "2014 and 2023", "2016–2021, 2023 and 2025": runs of consecutive years as spans. */
export function yearSpans(years: readonly number[]): string {
  const sorted = [...new Set(years)].sort((a, b) => a - b);
  const spans: [number, number][] = [];
  for (const y of sorted) {
    const last = spans.at(-1);
    if (last && y === last[1] + 1) last[1] = y;
    else spans.push([y, y]);
  }
  const words = spans.map(([a, b]) => (a === b ? String(a) : `${a}–${b}`));
  if (words.length <= 1) return words.join('');
  return `${words.slice(0, -1).join(', ')} and ${words.at(-1)}`;
}

type Dataset = Pick<
  CompiledDataset,
  'statements' | 'events' | 'control' | 'claims' | 'regions' | 'places' | 'conflict'
>;

export function coverage(dataset: Dataset): Coverage {
  const { statements, events, control, regions, places, conflict } = dataset;
  const placeRegion = new Map(places.map((p) => [p.id, p.region]));
  const groupMembers = new Map(conflict.regionGroups.map((g) => [g.id, g.members]));
  const regionIds = new Set(regions.map((r) => r.id));
  /** The regions a figure speaks about: its own, a group's members, or a place's region. */
  const regionsOf = (o: ControlObservation): string[] => {
    if (regionIds.has(o.target)) return [o.target];
    const members = groupMembers.get(o.target);
    if (members) return members;
    const region = placeRegion.get(o.target);
    return region ? [region] : [];
  };

  const years = new Set(
    [...statements.map((s) => s.date), ...events.map((e) => e.date), ...control.map((o) => o.asOf)]
      .map(yearOf)
      .filter((y): y is number => y !== null),
  );
  if (!years.size) return { years: [], regions: [], thin: [] };

  const first = Math.min(...years);
  const last = Math.max(...years);
  const rows: YearCoverage[] = [];
  for (let year = first; year <= last; year++) {
    const inYear = <T extends { date: FuzzyDate }>(xs: readonly T[]) =>
      xs.filter((x) => yearOf(x.date) === year);
    const yearStatements = inYear(statements);
    const figures = control.filter((o) => yearOf(o.asOf) === year);
    rows.push({
      year,
      statements: yearStatements.length,
      events: inYear(events).length,
      assessed: figures.filter((o) => o.status === 'assessed').length,
      claimed: figures.filter((o) => o.status === 'claimed').length,
      speakers: new Set(yearStatements.map((s) => s.speaker)).size,
      regionsWithFigure: new Set(figures.flatMap(regionsOf)).size,
    });
  }

  const regionRows: RegionCoverage[] = regions.map((r) => {
    const figureYears = control
      .filter((o) => regionsOf(o).includes(r.id))
      .map((o) => yearOf(o.asOf))
      .filter((y): y is number => y !== null);
    const lo = figureYears.length ? Math.min(...figureYears) : null;
    const hi = figureYears.length ? Math.max(...figureYears) : null;
    const present = new Set(figureYears);
    const gapYears: number[] = [];
    if (lo !== null && hi !== null)
      for (let y = lo + 1; y < hi; y++) if (!present.has(y)) gapYears.push(y);
    return {
      id: r.id,
      name: r.nameEn,
      figures: figureYears.length,
      gapYears,
      firstYear: lo,
      lastYear: hi,
    };
  });

  const thin: string[] = [];
  const empty = rows.filter((r) => !r.statements && !r.events && !r.assessed && !r.claimed);
  if (empty.length) thin.push(`Nothing at all is dated ${yearSpans(empty.map((r) => r.year))}.`);
  const told = rows.filter((r) => !empty.includes(r));
  const fewStatements = told.filter((r) => r.statements < COVERAGE_FLOOR.statements);
  if (fewStatements.length)
    thin.push(
      `Fewer than ${COVERAGE_FLOOR.statements} statements in ${yearSpans(fewStatements.map((r) => r.year))}.`,
    );
  const fewEvents = told.filter((r) => r.events < COVERAGE_FLOOR.events);
  if (fewEvents.length)
    thin.push(
      `Fewer than ${COVERAGE_FLOOR.events} events in ${yearSpans(fewEvents.map((r) => r.year))}.`,
    );
  const noFigure = told.filter((r) => !r.assessed && !r.claimed);
  if (noFigure.length)
    thin.push(`No control figure is dated ${yearSpans(noFigure.map((r) => r.year))}.`);
  for (const r of regionRows)
    if (r.gapYears.length)
      thin.push(
        `${r.name}: no figure in ${yearSpans(r.gapYears)}, between its first (${r.firstYear}) and its latest (${r.lastYear}).`,
      );
  return { years: rows, regions: regionRows.filter((r) => r.figures > 0), thin };
}
