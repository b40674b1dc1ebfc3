import type { ConflictEvent, FuzzyDate, RegionGroup, Statement, Story, StoryStep } from '../schema';
import { dayStart, fuzzyDateInterval, parseDateValue, toDayString } from '../dates/fuzzy-date';

/** What a story needs from a dataset to resolve its steps. */
export interface StoryDataset {
  statements: readonly Statement[];
  events: readonly ConflictEvent[];
  conflict: { country: { id: string }; regionGroups: readonly RegionGroup[] };
  regions: readonly { id: string }[];
}

/**
 * Where an undated fact's map day comes from: the latest day its source allows ("before"),
 * the earliest ("after"), or the step before (or after) it in the story.
 */
export type DayFrom = 'before' | 'after' | 'previous-step' | 'next-step';

/** One step of a story, resolved against the dataset: what it shows and the map's day. */
export type ResolvedStep =
  | {
      index: number;
      kind: 'statement';
      id: string;
      fact: Statement;
      date: FuzzyDate;
      day: string;
      /** Why the map shows `day` when the fact's own date does not give it. */
      dayFrom?: DayFrom;
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
      dayFrom?: DayFrom;
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
 * map.highlight, else the regions the fact names). A fact whose source gives no date stays a
 * step (its date says "date not stated"): its map shows the latest day the source allows, else
 * the earliest, else the day of the step before it (or after it), and says which. Steps that
 * cannot be resolved (unknown id; nothing to date a map by) are left out; checkStory reports
 * unknown ids when the dataset loads.
 */
export function resolveStory(story: Story, ds: StoryDataset): ResolvedStep[] {
  const statements = new Map(ds.statements.map((s) => [s.id, s]));
  const events = new Map(ds.events.map((e) => [e.id, e]));
  type Pending = (ResolvedStep extends infer R
    ? R extends unknown
      ? Omit<R, 'day' | 'index'>
      : never
    : never) & {
    day: string | null;
    dayFrom?: DayFrom;
  };
  const pending: Pending[] = [];
  // The map day of a fact: its step's asOf, its own first day, else a bound its source gives.
  const factDay = (asOf: string | null, date: FuzzyDate) => {
    if (asOf) return { day: asOf };
    const own = firstDay(date);
    if (own) return { day: own };
    const before = date.before ? parseDateValue(date.before) : null;
    if (before) return { day: toDayString(before.end - 1), dayFrom: 'before' as const };
    const after = date.after ? parseDateValue(date.after) : null;
    if (after) return { day: toDayString(after.start), dayFrom: 'after' as const };
    return { day: null };
  };
  story.steps.forEach((step: StoryStep) => {
    const note = step.note !== undefined ? { note: step.note } : {};
    const asOf =
      step.map?.asOf && parseDateValue(step.map.asOf) ? toDayString(dayStart(step.map.asOf)) : null;
    if ('statement' in step) {
      const fact = statements.get(step.statement);
      if (!fact) return;
      pending.push({
        kind: 'statement',
        id: fact.id,
        fact,
        date: fact.date,
        ...factDay(asOf, fact.date),
        highlight: highlightRegions(step.map?.highlight ?? fact.regions, ds),
        ...note,
      });
    } else if ('event' in step) {
      const fact = events.get(step.event);
      if (!fact) return;
      pending.push({
        kind: 'event',
        id: fact.id,
        fact,
        date: fact.date,
        ...factDay(asOf, fact.date),
        highlight: highlightRegions(step.map?.highlight ?? fact.regions, ds),
        ...note,
      });
    } else {
      const date: FuzzyDate = { value: step.date, basis: 'explicit' };
      const day = asOf ?? firstDay(date);
      if (!day) return;
      pending.push({
        kind: 'date',
        id: `date-${step.date}-${pending.length}`,
        date,
        day,
        highlight: highlightRegions(step.map?.highlight ?? [], ds),
        ...(step.title !== undefined ? { title: step.title } : {}),
        ...note,
      });
    }
  });
  // Facts with nothing to date the map by show the map of a neighbouring step.
  pending.forEach((p, i) => {
    if (p.day !== null) return;
    const previous = pending
      .slice(0, i)
      .reverse()
      .find((q) => q.day !== null && !q.dayFrom);
    const next = pending.slice(i + 1).find((q) => q.day !== null && !q.dayFrom);
    if (previous) Object.assign(p, { day: previous.day, dayFrom: 'previous-step' });
    else if (next) Object.assign(p, { day: next.day, dayFrom: 'next-step' });
  });
  return pending
    .filter((p): p is Pending & { day: string } => p.day !== null)
    .map((p, index) => ({ ...p, index }) as ResolvedStep);
}
