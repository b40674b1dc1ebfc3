import type { Conflict, ControlObservation, FuzzyDate, LonLatBox } from '../schema';
import { compareFuzzyDates, fuzzyDateInterval, parseDateValue } from '../dates/fuzzy-date';
import type { LoadedSourceFile } from './check';
import { resolveMapView } from './map-view';
import { compilePlaces } from './places';
import { sourceKindWords } from './source-kinds';
import type {
  CompiledDataset,
  CompiledSource,
  Region,
  SeriesEntry,
  TimeSpan,
  TimelineItem,
} from './types';

/** Where a fuzzy date sits in time, for views. */
export function timeSpanOf(date: FuzzyDate): TimeSpan {
  const i = fuzzyDateInterval(date);
  return i
    ? { precision: i.precision, start: i.start, end: i.end }
    : { precision: 'unknown', start: null, end: null };
}

const byDateThenId =
  <T extends { id: string }>(dateOf: (x: T) => FuzzyDate) =>
  (a: T, b: T) =>
    compareFuzzyDates(dateOf(a), dateOf(b)) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

const firstWords = (text: string, n = 12) => {
  const words = text.split(/\s+/).filter(Boolean);
  return words.length <= n ? words.join(' ') : `${words.slice(0, n).join(' ')}…`;
};

/** The id of the synthetic observation that stands for the dataset's baseline. */
export const BASELINE_ID = 'baseline';

/**
 * Compiles validated files into the plain structure the views use: facts sorted by date,
 * timeline items, for each region every figure that can speak for it (its own, its groups',
 * the baseline), and for each place its own figures and the baseline, sorted by date. A
 * place's figure stays on the place: it never reaches its region's series. `regionBounds` (the
 * extent of regions.geojson) gives the map's view when conflict.json has no `map`.
 */
export function compileDataset(input: {
  id: string;
  version: string;
  conflict: Conflict;
  regions: Region[];
  files: readonly LoadedSourceFile[];
  regionBounds?: LonLatBox | null;
}): CompiledDataset {
  const { conflict, regions, files } = input;
  const partyNames = new Map(conflict.parties.map((p) => [p.id, p.name]));
  const partyName = (id: string) => partyNames.get(id) ?? id;
  const sources: CompiledSource[] = files.flatMap((f) =>
    f.data.sources.map((s) => ({
      ...s,
      file: f.file,
      kindWords: sourceKindWords(s, partyName),
      ...(s.text && f.texts[s.text] !== undefined ? { body: f.texts[s.text] } : {}),
    })),
  );
  const statements = files.flatMap((f) => f.data.statements).sort(byDateThenId((s) => s.date));
  const events = files.flatMap((f) => f.data.events).sort(byDateThenId((e) => e.date));
  const control = files.flatMap((f) => f.data.control).sort(byDateThenId((c) => c.asOf));
  const claims = files.flatMap((f) => f.data.claims);
  const partyOf = new Map(conflict.people.map((p) => [p.id, p.party]));

  const timeline: TimelineItem[] = [
    ...statements.map((s): TimelineItem => {
      const party = partyOf.get(s.speaker);
      return {
        id: s.id,
        type: 'statement',
        date: s.date,
        span: timeSpanOf(s.date),
        lane: s.speaker,
        ...(party ? { party } : {}),
        label: firstWords(s.text),
        regions: s.regions,
        ...(s.places?.length ? { places: s.places } : {}),
        source: s.source,
      };
    }),
    ...events.map((e): TimelineItem => ({
      id: e.id,
      type: 'event',
      date: e.date,
      span: timeSpanOf(e.date),
      lane: 'events',
      label: firstWords(e.title),
      regions: e.regions,
      ...(e.places?.length ? { places: e.places } : {}),
      source: e.source,
    })),
  ].sort(byDateThenId((t) => t.date));

  const published = new Map(
    sources.map((s) => [s.id, s.published ? (parseDateValue(s.published)?.start ?? null) : null]),
  );
  const groupsOf = new Map<string, string[]>();
  for (const g of conflict.regionGroups) {
    for (const m of g.members) groupsOf.set(m, [...(groupsOf.get(m) ?? []), g.id]);
  }
  const entry = (
    observation: ControlObservation,
    via: SeriesEntry['via'],
    group?: string,
  ): SeriesEntry => ({
    observation,
    via,
    ...(group ? { group } : {}),
    span: timeSpanOf(observation.asOf),
    published: published.get(observation.source) ?? null,
  });
  const baseline = baselineObservation(conflict);
  const byTarget = new Map<string, ControlObservation[]>();
  for (const c of control) byTarget.set(c.target, [...(byTarget.get(c.target) ?? []), c]);
  const dated = (all: SeriesEntry[]) =>
    all
      .filter((e) => e.span.start !== null)
      .sort(
        (a, b) =>
          (a.span.start ?? 0) - (b.span.start ?? 0) || (b.span.end ?? 0) - (a.span.end ?? 0),
      );
  const series: Record<string, SeriesEntry[]> = {};
  for (const r of regions) {
    const own = (byTarget.get(r.id) ?? []).map((c) => entry(c, 'region'));
    const viaGroups = (groupsOf.get(r.id) ?? []).flatMap((g) =>
      (byTarget.get(g) ?? []).map((c) => entry(c, 'group', g)),
    );
    series[r.id] = dated([
      ...(baseline ? [entry(baseline, 'baseline')] : []),
      ...own,
      ...viaGroups,
    ]);
  }
  // A place has its own figures only (and the baseline, which holds for the whole country).
  const places = compilePlaces(conflict, regions);
  for (const p of places) {
    if (Object.hasOwn(series, p.id)) continue; // an id clash, refused by validation
    const own = (byTarget.get(p.id) ?? []).map((c) => entry(c, 'region'));
    series[p.id] = dated([...(baseline ? [entry(baseline, 'baseline')] : []), ...own]);
  }

  const starts = timeline
    .map((t) => t.span.start)
    .concat(control.map((c) => fuzzyDateInterval(c.asOf)?.start ?? null));
  const ends = timeline
    .map((t) => t.span.end)
    .concat(control.map((c) => fuzzyDateInterval(c.asOf)?.end ?? null));
  const known = (xs: (number | null)[]) => xs.filter((x): x is number => x !== null);
  const extent = {
    start: Math.min(...known(starts)),
    end: Math.max(...known(ends)),
  };

  const notes: Record<string, string[]> = {};
  for (const f of files) notes[f.file] = f.data.notes;

  return {
    id: input.id,
    version: input.version,
    conflict,
    regions,
    places,
    map: resolveMapView(conflict, input.regionBounds ?? null),
    sources,
    statements,
    events,
    control,
    claims,
    timeline,
    series,
    notes,
    extent,
  };
}

/** The dataset's baseline as an observation, so it can sit in every region's series. */
export function baselineObservation(conflict: Conflict): ControlObservation | null {
  const b = conflict.baseline;
  if (!b) return null;
  return {
    id: BASELINE_ID,
    source: BASELINE_ID,
    target: conflict.country.id,
    controller: b.controller,
    asOf: b.asOf,
    measure: b.measure,
    status: 'assessed',
    evidence: { type: 'citation', note: b.label },
    note: b.label,
  };
}
