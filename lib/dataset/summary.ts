import { fuzzyDateInterval, parseDateValue } from '../dates/fuzzy-date';
import type { FuzzyDate } from '../schema';
import { dayBoundsOf } from './days';
import type { CompiledDataset } from './types';

/** What the conflict index says about a dataset on its card. */
export interface DatasetSummary {
  id: string;
  title: string;
  description: string;
  /** First and last dated day, "YYYY-MM-DD". */
  days: [string, string];
  /**
   * The earliest and the latest date of its facts as their sources gave them (a year stays a
   * year: the card says "2014", never "1 January 2014").
   */
  span: [FuzzyDate, FuzzyDate] | null;
  /** The parties that hold ground, with their colours (the map shades their shares). */
  parties: { id: string; name: string; color: string }[];
  statements: number;
  /** Control figures as assessed by a source (claims counted apart). */
  assessed: number;
  claimed: number;
  events: number;
  sources: number;
  /** The latest publication date among the sources ("YYYY-MM-DD"), null when none is dated. */
  lastPublished: string | null;
  hasStory: boolean;
}

export function datasetSummary(dataset: CompiledDataset): DatasetSummary {
  const { conflict } = dataset;
  const parties = conflict.controlParties.flatMap((id) => {
    const p = conflict.parties.find((q) => q.id === id);
    return p ? [{ id, name: p.name, color: p.color }] : [];
  });
  let latest: { value: string; start: number } | null = null;
  for (const s of dataset.sources) {
    const parsed = s.published ? parseDateValue(s.published) : null;
    if (s.published && parsed && (!latest || parsed.start > latest.start))
      latest = { value: s.published, start: parsed.start };
  }
  let first: { date: FuzzyDate; at: number } | null = null;
  let last: { date: FuzzyDate; at: number } | null = null;
  const dates = [...dataset.timeline.map((t) => t.date), ...dataset.control.map((c) => c.asOf)];
  for (const date of dates) {
    const i = fuzzyDateInterval(date);
    if (!i) continue;
    if (!first || i.start < first.at) first = { date, at: i.start };
    if (!last || i.end > last.at) last = { date, at: i.end };
  }
  return {
    id: dataset.id,
    title: conflict.title,
    description: conflict.description,
    days: dayBoundsOf(dataset),
    span: first && last ? [first.date, last.date] : null,
    parties,
    statements: dataset.statements.length,
    assessed: dataset.control.filter((c) => c.status === 'assessed').length,
    claimed: dataset.control.filter((c) => c.status === 'claimed').length,
    events: dataset.events.length,
    sources: dataset.sources.length,
    lastPublished: latest?.value ?? null,
    hasStory: (dataset.stories?.length ?? 0) > 0,
  };
}
