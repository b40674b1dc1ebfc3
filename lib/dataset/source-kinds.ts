import type { Source } from '../schema';
import { SOURCE_KINDS, type SourceKind } from '../schema/source-kinds';
const KIND_WORDS: Record<SourceKind, string> = {
  wire: 'news agency',
  outlet: 'news outlet',
  official: 'official source',
  analyst: 'analysts',
  'state-media': 'state media',
  aggregator: 'aggregator',
  reference: 'encyclopedia',
};

/** Plural headings for a count of each kind ("3 news agencies"). */
const KIND_PLURAL: Record<SourceKind, string> = {
  wire: 'news agencies',
  outlet: 'news outlets',
  official: 'official sources',
  analyst: 'analysts',
  'state-media': 'state media',
  aggregator: 'aggregators',
  reference: 'encyclopedias',
};

/**
 * What kind of publisher a source is, in words a reader weighs it by: "news agency",
 * "state media of Russia", "aggregator"; "kind not recorded" when the data does not say.
 */
export function sourceKindWords(
  source: Pick<Source, 'kind' | 'party'>,
  partyName: (id: string) => string = (id) => id,
): string {
  if (!source.kind) return 'kind not recorded';
  if (source.kind === 'state-media' && source.party)
    return `state media of ${partyName(source.party)}`;
  return KIND_WORDS[source.kind];
}

/** How many sources of each kind, in SOURCE_KINDS order, kinds with none left out. */
export function sourceKindCounts(
  sources: readonly Pick<Source, 'kind'>[],
): { kind: SourceKind | 'unknown'; label: string; count: number }[] {
  const rows: { kind: SourceKind | 'unknown'; label: string; count: number }[] = SOURCE_KINDS.map(
    (kind) => ({
      kind,
      label: KIND_PLURAL[kind],
      count: sources.filter((s) => s.kind === kind).length,
    }),
  );
  rows.push({
    kind: 'unknown',
    label: 'kind not recorded',
    count: sources.filter((s) => !s.kind).length,
  });
  return rows.filter((r) => r.count > 0);
}
