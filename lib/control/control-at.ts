import { daysBetween, parseDateValue } from '../dates/fuzzy-date';
import type { CompiledDataset, ControlAt, SeriesEntry } from '../dataset/types';
import type { Measure } from '../schema';

/*
 * Control as of a date: the precedence rule (control model v2).
 *
 * For a region R and a day D, the candidates are R's own figures, the figures of every group
 * containing R, and the dataset's baseline, each dated on or before D.
 *
 * 1. Claims apart. A `claimed` figure (a party asserting what it or its enemy holds) never
 *    decides R's shading unless the reader includes claims. It is returned in `claims` (the
 *    latest per claimant that is no older than the winner and not stale) to be drawn as a claim.
 * 2. Latest wins. Among the remaining figures the latest first day wins; on the same first day
 *    the finer date ("2022-03-01" over "2022-03"), then R's own figure over a group's, then the
 *    more precise measure (exact > range or approximate > bound > words), then the
 *    later-published source, then the id. The others of that date are kept as `others`.
 * 3. Groups never overwrite. A group's figure decides R only when it is newer than R's own
 *    latest figure and R's own is not more precise and still recent; then `own` keeps R's own
 *    figure, so R is labelled as part of the group and never with the group's number.
 * 4. The baseline is an observation like any other: it holds up to its own day (where only a
 *    day-precise figure can speak against it, so "2014" never claims January 2014), after
 *    that only when nothing else does, and it ages like a figure.
 * 5. Nothing is silent about age. `ageDays` is D − the winner's first day; past the window
 *    the figure is `stale`. A baseline followed by any later report about R (a statement, an
 *    event or a claim), or a figure of "none" followed by a claim, is `overtaken`: the map
 *    says "no recent figure" rather than drawing 0%.
 * 6. Nothing at all is "no data", never 0%.
 */

/** How a caller asks for control on a day. */
export interface ControlOptions {
  /** A figure older than this many days is stale. */
  staleAfterDays: number;
  /** Let claimed figures decide the shading too (drawn as claims). Off by default. */
  includeClaims?: boolean;
  /**
   * First days (UTC ms, ascending) of the statements, events and territorial claims about the
   * region: a later report makes the baseline "overtaken".
   */
  mentions?: readonly number[];
}

const viaRank: Record<SeriesEntry['via'], number> = { region: 0, group: 1, baseline: 2 };

/** How precise a measure is: higher is more precise. */
export function measurePrecision(m: Measure): number {
  switch (m.kind) {
    case 'exact':
    case 'all':
    case 'none':
      return 4;
    case 'range':
    case 'approximately':
      return 3;
    case 'more-than':
    case 'less-than':
      return 2;
    case 'almost-all':
    case 'most':
    case 'partial':
    case 'contested':
      return 1;
  }
}

/**
 * Orders entries of the same date: a region's own figure beats a group's, then the more
 * precise measure, then the later-published source (undated sources last), then the id.
 */
export function compareTiedEntries(a: SeriesEntry, b: SeriesEntry): number {
  return (
    viaRank[a.via] - viaRank[b.via] ||
    measurePrecision(b.observation.measure) - measurePrecision(a.observation.measure) ||
    (b.published ?? -Infinity) - (a.published ?? -Infinity) ||
    (a.observation.id < b.observation.id ? -1 : a.observation.id > b.observation.id ? 1 : 0)
  );
}

const width = (e: SeriesEntry) => (e.span.end ?? 0) - (e.span.start ?? 0);

/** The latest entries on or before the day: those of the latest first day and finest date. */
function latestTied(entries: readonly SeriesEntry[], day: number): SeriesEntry[] {
  let latest: number | null = null;
  for (const e of entries) {
    const start = e.span.start;
    if (start !== null && start <= day && (latest === null || start > latest)) latest = start;
  }
  if (latest === null) return [];
  // Same first day and same precision count as one date; "2022-03" and "2022-03-01" do not.
  const candidates = entries.filter((e) => e.span.start === latest);
  const finest = Math.min(...candidates.map(width));
  return candidates.filter((e) => width(e) === finest).sort(compareTiedEntries);
}

const startOf = (e: SeriesEntry) => e.span.start ?? -Infinity;

/** Is there a mention day in (after, upTo]? `days` ascending. */
function mentionedBetween(days: readonly number[], after: number, upTo: number): number | null {
  let lo = 0;
  let hi = days.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (days[mid]! <= after) lo = mid + 1;
    else hi = mid;
  }
  const d = days[lo];
  return d !== undefined && d <= upTo ? d : null;
}

/**
 * What the sources say of a region on a day (UTC ms of the day's start), by the precedence
 * rule above.
 */
export function controlAt(
  series: readonly SeriesEntry[] | undefined,
  regionId: string,
  day: number,
  options: ControlOptions,
): ControlAt {
  const { staleAfterDays, includeClaims = false, mentions = [] } = options;
  const entries = series ?? [];
  const base = entries.find((e) => e.via === 'baseline' && e.span.start !== null);
  const baseDay = base?.span.start ?? null;
  const speaks = (e: SeriesEntry) =>
    e.via !== 'baseline' && (baseDay === null || day > baseDay || e.span.precision === 'day');
  const figures = entries.filter(speaks);
  const decides = figures.filter((e) => includeClaims || e.observation.status !== 'claimed');

  const ownTied = latestTied(
    decides.filter((e) => e.via === 'region'),
    day,
  );
  const groupTied = latestTied(
    decides.filter((e) => e.via === 'group'),
    day,
  );
  const own = ownTied[0];
  const group = groupTied[0];
  let tied: SeriesEntry[];
  let ownKept: SeriesEntry | null = null;
  if (own && group) {
    const groupNewer = startOf(group) > startOf(own);
    const ownRecent = daysBetween(startOf(own), day) <= staleAfterDays;
    const ownMorePrecise =
      measurePrecision(own.observation.measure) > measurePrecision(group.observation.measure);
    if (groupNewer && !(ownMorePrecise && ownRecent)) {
      tied = groupTied;
      ownKept = own;
    } else if (startOf(group) === startOf(own) && width(group) === width(own)) {
      tied = [...ownTied, ...groupTied].sort(compareTiedEntries);
    } else tied = ownTied;
  } else tied = own ? ownTied : groupTied;

  let latest: number;
  if (tied.length) latest = startOf(tied[0]!);
  else if (base && baseDay !== null) {
    latest = Math.min(baseDay, day);
    tied = [base];
  } else {
    return {
      regionId,
      day,
      status: 'none',
      reason: entries.length ? 'before-first-figure' : 'no-data',
      claims: claimsAt(figures, day, null, staleAfterDays, includeClaims),
    };
  }
  const [winner, ...others] = tied as [SeriesEntry, ...SeriesEntry[]];
  const ageDays = daysBetween(latest, day);
  const claims = claimsAt(figures, day, winner, staleAfterDays, includeClaims);
  // A baseline is an assumption: any later report about the region puts it in question. A
  // source's "none" is a finding: only a later claim to the region puts it in question.
  let overtakenBy: number | null = null;
  if (winner.via === 'baseline') overtakenBy = mentionedBetween(mentions, latest, day);
  else if (winner.observation.measure.kind === 'none' && claims.length)
    overtakenBy = Math.min(...claims.map(startOf));
  return {
    regionId,
    day,
    status: 'figure',
    entry: winner,
    others,
    ageDays,
    stale: ageDays > staleAfterDays,
    claims,
    own: ownKept
      ? { entry: ownKept, ageDays: daysBetween(startOf(ownKept), day), stale: false }
      : null,
    overtakenBy,
  };
}

/**
 * The claimed figures to draw as claims on a day: the latest of each claimant, dated on or
 * after the winning figure and within the staleness window (none when claims decide).
 */
function claimsAt(
  figures: readonly SeriesEntry[],
  day: number,
  winner: SeriesEntry | null,
  staleAfterDays: number,
  includeClaims: boolean,
): SeriesEntry[] {
  if (includeClaims) return [];
  const from = winner ? startOf(winner) : -Infinity;
  const latest = new Map<string, SeriesEntry>();
  for (const e of figures) {
    const o = e.observation;
    const start = e.span.start;
    if (o.status !== 'claimed' || start === null || start > day || start < from) continue;
    if (daysBetween(start, day) > staleAfterDays) continue;
    const who = o.claimantParty ?? o.claimant ?? '';
    const prior = latest.get(who);
    if (
      !prior ||
      startOf(prior) < start ||
      (startOf(prior) === start && compareTiedEntries(e, prior) < 0)
    )
      latest.set(who, e);
  }
  return [...latest.values()].sort((a, b) => startOf(b) - startOf(a));
}

/**
 * First days of the statements, events and territorial claims about each region (a group's
 * members included) and each place, ascending: what puts a baseline in question.
 */
export function mentionDays(
  dataset: Pick<CompiledDataset, 'timeline' | 'claims' | 'conflict' | 'sources'>,
): Map<string, number[]> {
  const members = new Map(dataset.conflict.regionGroups.map((g) => [g.id, g.members]));
  const out = new Map<string, number[]>();
  const add = (place: string, start: number | null) => {
    if (start === null) return;
    for (const r of members.get(place) ?? [place]) {
      const list = out.get(r) ?? [];
      list.push(start);
      out.set(r, list);
    }
  };
  for (const t of dataset.timeline) {
    for (const r of t.regions) add(r, t.span.start);
    // A place's own mentions (its id never names a region or group: validation refuses that).
    for (const p of t.places ?? []) add(p, t.span.start);
  }
  const published = new Map(dataset.sources.map((s) => [s.id, s.published]));
  for (const c of dataset.claims) {
    const since = c.since?.value ?? published.get(c.source) ?? null;
    const start = since ? (parseDateValue(since)?.start ?? null) : null;
    for (const r of c.regions) add(r, start);
  }
  for (const list of out.values()) list.sort((a, b) => a - b);
  return out;
}

/** controlAt for every region of a dataset, with the dataset's own staleness window. */
export function controlMapAt(
  dataset: CompiledDataset,
  day: number,
  options: { includeClaims?: boolean } = {},
): Record<string, ControlAt> {
  const mentions = mentionDays(dataset);
  const out: Record<string, ControlAt> = {};
  for (const r of dataset.regions) {
    out[r.id] = controlAt(dataset.series[r.id], r.id, day, {
      staleAfterDays: dataset.conflict.staleAfterDays,
      mentions: mentions.get(r.id) ?? [],
      ...options,
    });
  }
  return out;
}
