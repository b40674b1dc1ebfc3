import type { CompiledDataset, TimelineItem } from '../dataset/types';
import { toDayString } from '../dates/fuzzy-date';

/** What narrows the timeline. Empty lists and empty text mean "no filter". */
export interface Filters {
  speakers: string[];
  parties: string[];
  topics: string[];
  regions: string[];
  text: string;
  /** Inclusive day bounds, YYYY-MM-DD. */
  from: string | null;
  to: string | null;
}

export const EMPTY_FILTERS: Filters = {
  speakers: [],
  parties: [],
  topics: [],
  regions: [],
  text: '',
  from: null,
  to: null,
};

export function isFiltering(f: Filters): boolean {
  return (
    f.speakers.length > 0 ||
    f.parties.length > 0 ||
    f.topics.length > 0 ||
    f.regions.length > 0 ||
    f.text.trim() !== '' ||
    f.from !== null ||
    f.to !== null
  );
}

/** Lower-cased, accent-free text for matching "Zelensky" to "Zelenskyy" style searches. */
export function foldText(s: string): string {
  return s.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
}

export interface FilterIndex {
  /** Searchable text of each item: its words, speaker names and aliases, source. */
  text: Map<string, string>;
  topics: Map<string, string[]>;
  /** Regions an item mentions, with the groups' members and the groups of members expanded. */
  regions: Map<string, Set<string>>;
}

/** Precomputes what filtering needs, once per dataset. */
export function buildFilterIndex(ds: CompiledDataset): FilterIndex {
  const people = new Map(ds.conflict.people.map((p) => [p.id, p]));
  const sources = new Map(ds.sources.map((s) => [s.id, s]));
  const groups = ds.conflict.regionGroups;
  const expand = (ids: string[]) => {
    const out = new Set(ids);
    for (const g of groups) {
      if (out.has(g.id)) g.members.forEach((m) => out.add(m));
      if (g.members.some((m) => ids.includes(m))) out.add(g.id);
    }
    return out;
  };
  const text = new Map<string, string>();
  const topics = new Map<string, string[]>();
  const regions = new Map<string, Set<string>>();
  for (const s of ds.statements) {
    const p = people.get(s.speaker);
    const src = sources.get(s.source);
    text.set(
      s.id,
      foldText(
        [
          s.text,
          s.summary,
          s.via,
          s.role,
          p?.name,
          ...(p?.aliases ?? []),
          src?.publisher,
          src?.title,
        ]
          .filter(Boolean)
          .join(' \u0001 '),
      ),
    );
    topics.set(s.id, s.topics);
    regions.set(s.id, expand(s.regions));
  }
  for (const e of ds.events) {
    const src = sources.get(e.source);
    text.set(
      e.id,
      foldText(
        [e.title, e.description, src?.publisher, src?.title].filter(Boolean).join(' \u0001 '),
      ),
    );
    topics.set(e.id, []);
    regions.set(e.id, expand(e.regions));
  }
  return { text, topics, regions };
}

/**
 * Whether a timeline item passes the filters. Speakers and parties apply to statements only
 * (events have neither); every search word must appear. Undated items pass a date range
 * only when no range is set.
 */
export function matchesFilters(item: TimelineItem, f: Filters, index: FilterIndex): boolean {
  if (f.speakers.length && (item.type !== 'statement' || !f.speakers.includes(item.lane)))
    return false;
  if (
    f.parties.length &&
    (item.type !== 'statement' || !item.party || !f.parties.includes(item.party))
  )
    return false;
  if (f.topics.length && !(index.topics.get(item.id) ?? []).some((t) => f.topics.includes(t)))
    return false;
  if (f.regions.length) {
    const mentioned = index.regions.get(item.id);
    if (!mentioned || !f.regions.some((r) => mentioned.has(r))) return false;
  }
  if (f.from || f.to) {
    if (item.span.start === null || item.span.end === null) return false;
    const first = toDayString(item.span.start);
    const last = toDayString(item.span.end - 1);
    if (f.from && last < f.from) return false;
    if (f.to && first > f.to) return false;
  }
  const words = foldText(f.text).split(/\s+/).filter(Boolean);
  if (words.length) {
    const hay = index.text.get(item.id) ?? '';
    if (!words.every((w) => hay.includes(w))) return false;
  }
  return true;
}

/** Ids of the items that pass, in timeline order. */
export function filterTimeline(
  items: readonly TimelineItem[],
  f: Filters,
  index: FilterIndex,
): string[] {
  if (!isFiltering(f)) return items.map((t) => t.id);
  return items.filter((t) => matchesFilters(t, f, index)).map((t) => t.id);
}
