import { daysBetween } from '../dates/fuzzy-date';
import type { CompiledDataset, ControlAt, SeriesEntry } from '../dataset/types';

const viaRank: Record<SeriesEntry['via'], number> = { region: 0, group: 1, baseline: 2 };

/**
 * Orders entries of the same date: a region's own figure beats a group's, then the
 * later-published source wins (undated sources last), then the id keeps it stable.
 */
export function compareTiedEntries(a: SeriesEntry, b: SeriesEntry): number {
  return (
    viaRank[a.via] - viaRank[b.via] ||
    (b.published ?? -Infinity) - (a.published ?? -Infinity) ||
    (a.observation.id < b.observation.id ? -1 : a.observation.id > b.observation.id ? 1 : 0)
  );
}

/**
 * What the sources say of a region on a day (UTC ms of the day's start), per the model:
 * of the region's own and its groups' figures dated on or before the day (a month or year
 * figure counts from its first day), the latest wins; ties go to the region's own figure, then
 * the later-published source; the others of that date are kept. The baseline holds up to its
 * own day (where only day-precise figures can contradict it) and after that only when no
 * figure applies. Nothing found is "no data" (never 0%).
 */
export function controlAt(
  series: readonly SeriesEntry[] | undefined,
  regionId: string,
  day: number,
  staleAfterDays: number,
): ControlAt {
  const entries = series ?? [];
  const base = entries.find((e) => e.via === 'baseline' && e.span.start !== null);
  const baseDay = base?.span.start ?? null;
  // The baseline states what held up to its day ("held by Ukraine before 20 February 2014"):
  // on or before that day only a day-precise figure can speak against it, so a figure dated
  // just "2014" never claims January 2014. After it, the baseline is the fallback.
  const figures = entries.filter(
    (e) =>
      e.via !== 'baseline' && (baseDay === null || day > baseDay || e.span.precision === 'day'),
  );
  let latest: number | null = null;
  for (const e of figures) {
    const start = e.span.start;
    if (start !== null && start <= day && (latest === null || start > latest)) latest = start;
  }
  let tied: SeriesEntry[];
  if (latest === null) {
    if (!base || baseDay === null) {
      return {
        regionId,
        day,
        status: 'none',
        reason: entries.length ? 'before-first-figure' : 'no-data',
      };
    }
    latest = Math.min(baseDay, day);
    tied = [base];
  } else {
    // Same first day and same precision count as one date; "2022-03" and "2022-03-01" do not.
    const candidates = figures.filter((e) => e.span.start === latest);
    const width = (e: SeriesEntry) => (e.span.end ?? 0) - (e.span.start ?? 0);
    const finest = Math.min(...candidates.map(width));
    tied = candidates.filter((e) => width(e) === finest).sort(compareTiedEntries);
  }
  const [winner, ...others] = tied as [SeriesEntry, ...SeriesEntry[]];
  const ageDays = daysBetween(latest, day);
  return {
    regionId,
    day,
    status: 'figure',
    entry: winner,
    others,
    ageDays,
    stale: winner.via !== 'baseline' && ageDays > staleAfterDays,
  };
}

/** controlAt for every region of a dataset. */
export function controlMapAt(dataset: CompiledDataset, day: number): Record<string, ControlAt> {
  const out: Record<string, ControlAt> = {};
  for (const r of dataset.regions) {
    out[r.id] = controlAt(dataset.series[r.id], r.id, day, dataset.conflict.staleAfterDays);
  }
  return out;
}
