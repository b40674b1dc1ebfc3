import type { ConflictEvent, FuzzyDate, RegionGroup, Statement, Story, StoryStep } from '../schema';
import { dayStart, fuzzyDateInterval, parseDateValue, toDayString } from '../dates/fuzzy-date';

/** What a story needs from a dataset to resolve its steps. */
export interface StoryDataset {
  statements: readonly Statement[];
  events: readonly ConflictEvent[];
  conflict: { country: { id: string }; regionGroups: readonly RegionGroup[] };
  regions: readonly { id: string }[];
}

/** One step of a story, resolved against the dataset: what it shows and the map's day. */
export type ResolvedStep =
  | {
      index: number;
      kind: 'statement';
      id: string;
      fact: Statement;
      date: FuzzyDate;
      day: string;
      highlight: string[];
      note?: string;
    }
  | {
      index: number;
      kind: 'event';
      id: string;
      fact: ConflictEvent;
      date: FuzzyDate;
      day: string;
      highlight: string[];
      note?: string;
    }
  | {
      index: number;
      kind: 'date';
      id: string;
      title?: string;
      date: FuzzyDate;
      day: string;
      highlight: string[];
      note?: string;
    };

/**
 * Region ids to outline for a list of place ids: regions as they are, groups as their
 * members, the whole country as nothing (outlining every region says nothing). Unknown ids
 * are dropped. Order of first mention, no duplicates.
 */
export function highlightRegions(places: readonly string[], ds: StoryDataset): string[] {
  const regions = new Set(ds.regions.map((r) => r.id));
  const groups = new Map(ds.conflict.regionGroups.map((g) => [g.id, g.members]));
  const out: string[] = [];
  for (const id of places) {
    const members = groups.get(id) ?? (regions.has(id) ? [id] : []);
    for (const m of members) if (regions.has(m) && !out.includes(m)) out.push(m);
  }
  return out;
}

/** The first day a fuzzy date covers, as YYYY-MM-DD; null when unknown. */
function firstDay(date: FuzzyDate): string | null {
  const i = fuzzyDateInterval(date);
  return i ? toDayString(i.start) : null;
}

/**
 * Resolves each step of a story: its fact, its date, the day the map shows (the first day of
 * the fact's date, or the step's own map.asOf) and the regions to highlight (the step's
 * map.highlight, else the regions the fact names). Steps that cannot be resolved (unknown id,
 * no date) are left out; checkStory reports them when the dataset loads.
 */
export function resolveStory(story: Story, ds: StoryDataset): ResolvedStep[] {
  const statements = new Map(ds.statements.map((s) => [s.id, s]));
  const events = new Map(ds.events.map((e) => [e.id, e]));
  const out: ResolvedStep[] = [];
  story.steps.forEach((step: StoryStep) => {
    const index = out.length;
    const note = step.note !== undefined ? { note: step.note } : {};
    const asOf =
      step.map?.asOf && parseDateValue(step.map.asOf) ? toDayString(dayStart(step.map.asOf)) : null;
    if ('statement' in step) {
      const fact = statements.get(step.statement);
      const day = fact ? (asOf ?? firstDay(fact.date)) : null;
      if (!fact || !day) return;
      out.push({
        index,
        kind: 'statement',
        id: fact.id,
        fact,
        date: fact.date,
        day,
        highlight: highlightRegions(step.map?.highlight ?? fact.regions, ds),
        ...note,
      });
    } else if ('event' in step) {
      const fact = events.get(step.event);
      const day = fact ? (asOf ?? firstDay(fact.date)) : null;
      if (!fact || !day) return;
      out.push({
        index,
        kind: 'event',
        id: fact.id,
        fact,
        date: fact.date,
        day,
        highlight: highlightRegions(step.map?.highlight ?? fact.regions, ds),
        ...note,
      });
    } else {
      const date: FuzzyDate = { value: step.date, basis: 'explicit' };
      const day = asOf ?? firstDay(date);
      if (!day) return;
      out.push({
        index,
        kind: 'date',
        id: `date-${step.date}-${index}`,
        date,
        day,
        highlight: highlightRegions(step.map?.highlight ?? [], ds),
        ...(step.title !== undefined ? { title: step.title } : {}),
        ...note,
      });
    }
  });
  return out;
}
