import type { CompiledDataset, CompiledSource } from '../dataset/types';

/** A group of sources for the list on /about. */
export interface SourceGroup {
  id: string;
  label: string;
  sources: CompiledSource[];
}

const byDateThenPublisher = (a: CompiledSource, b: CompiledSource) =>
  (a.published ?? '').localeCompare(b.published ?? '') ||
  a.publisher.localeCompare(b.publisher) ||
  a.title.localeCompare(b.title);

/**
 * Sources grouped for reading: first the articles whose text ships with the dataset (every
 * fact read from them has its exact sentence), then the cited sources by year of
 * publication, oldest first, then the undated ones. Each group is in date order.
 */
export function groupSources(sources: readonly CompiledSource[]): SourceGroup[] {
  const shipped = sources.filter((s) => s.body !== undefined).sort(byDateThenPublisher);
  const cited = sources.filter((s) => s.body === undefined);
  const years = [
    ...new Set(cited.flatMap((s) => (s.published ? [s.published.slice(0, 4)] : []))),
  ].sort();
  const groups: SourceGroup[] = [];
  if (shipped.length)
    groups.push({
      id: 'sources-shipped',
      label: 'Articles whose text ships with Faultline',
      sources: shipped,
    });
  for (const year of years) {
    groups.push({
      id: `sources-${year}`,
      label: `Cited sources published in ${year}`,
      sources: cited.filter((s) => s.published?.startsWith(year)).sort(byDateThenPublisher),
    });
  }
  const undated = cited.filter((s) => !s.published).sort(byDateThenPublisher);
  if (undated.length)
    groups.push({ id: 'sources-undated', label: 'Cited sources without a date', sources: undated });
  return groups;
}

/** How many facts (statements, events, control figures, claims) each source supports. */
export function factCountsBySource(
  dataset: Pick<CompiledDataset, 'statements' | 'events' | 'control' | 'claims'>,
): Map<string, number> {
  const counts = new Map<string, number>();
  for (const fact of [
    ...dataset.statements,
    ...dataset.events,
    ...dataset.control,
    ...dataset.claims,
  ]) {
    counts.set(fact.source, (counts.get(fact.source) ?? 0) + 1);
  }
  return counts;
}
