import { mentionDays } from '../control/control-at';
import { dayStart, parseDateValue, toDayString } from '../dates/fuzzy-date';
import {
  controlMapContext,
  controlMapStateAt,
  type ControlMapState,
  type MapDataset,
} from './map-state';
import type { CompiledDataset } from '../dataset/types';
import { dayBoundsOf } from '../dataset/days';
import { countOnOrBefore } from '../explore/change-days';

/**
 * The days on which the map's picture changes, so that one picture per such day (built with
 * the site) shows the map of any date: the picture of a date is the one of the last picture day
 * on or before it. A picture is what the reader sees (colours, patterns, labels, outlines,
 * markers), not the tooltips, whose wording ("3 days old") changes daily.
 */
export type PictureDataset = MapDataset & Pick<CompiledDataset, 'timeline' | 'claims' | 'sources'>;

const DAY = 86_400_000;

/** What the map shows on a day, as a string: equal strings, equal pictures. */
export function pictureKey(state: ControlMapState): string {
  const regions = Object.keys(state.shades)
    .sort()
    .map((id) => {
      const s = state.shades[id]!;
      return [id, s.fill, s.swatch, s.pattern, s.stale, s.group, s.claimed, s.claimColor, s.label];
    });
  const places = state.places.map((p) => [p.placeId, p.point, p.kind, p.color, p.stale, p.label]);
  const groups = state.groupLabels.map((g) => [g.group, g.text, g.members]);
  return JSON.stringify([regions, groups, places]);
}

/**
 * Every day on which something the map draws may change: a figure or claim starts or ends, a
 * figure grows old (the day after its staleness window), a starting assumption stops speaking
 * for the region or is put in question. A superset of the days the picture changes on.
 */
export function candidateDays(dataset: PictureDataset, from: string, to: string): string[] {
  const stale = dataset.conflict.staleAfterDays;
  const lo = dayStart(from);
  const hi = dayStart(to);
  const days = new Set<number>([lo]);
  const add = (t: number | null | undefined) => {
    if (t === null || t === undefined || !Number.isFinite(t)) return;
    // Whole days only: a transition inside a day shows from that day's start.
    const d = Math.floor(t / DAY) * DAY;
    if (d > lo && d <= hi) days.add(d);
  };
  const addFigure = (start: number | null, end: number | null) => {
    if (start === null) return;
    add(start);
    add(start + DAY);
    add(start + (stale + 1) * DAY);
    add(start + (stale + 2) * DAY);
    if (end !== null) {
      add(end);
      add(end + DAY);
    }
  };
  for (const entries of Object.values(dataset.series))
    for (const e of entries) addFigure(e.span.start, e.span.end);
  for (const list of mentionDays(dataset).values()) for (const t of list) addFigure(t, null);
  const published = new Map(dataset.sources.map((s) => [s.id, s.published]));
  for (const c of dataset.claims) {
    const since = c.since?.value ?? published.get(c.source) ?? null;
    const span = since ? parseDateValue(since) : null;
    addFigure(span?.start ?? null, span?.end ?? null);
  }
  return [...days].sort((a, b) => a - b).map(toDayString);
}

/**
 * The picture days between `from` and `to` (YYYY-MM-DD, inclusive): `from` and each later day
 * whose picture differs from the day before it.
 */
export function pictureDays(dataset: PictureDataset, from: string, to: string): string[] {
  const ctx = controlMapContext(dataset);
  const out: string[] = [];
  let last: string | null = null;
  for (const day of candidateDays(dataset, from, to)) {
    const key = pictureKey(controlMapStateAt(dataset, dayStart(day), ctx));
    if (key !== last) out.push(day);
    last = key;
  }
  return out;
}

/** The picture day that shows `day`: the last one on or before it (the first, before them all). */
export function pictureDayOf(days: readonly string[], day: string): string | null {
  return days[Math.max(0, countOnOrBefore(days, day) - 1)] ?? null;
}

const computed = new WeakMap<object, string[]>();
/** The picture days across a dataset's own date range, computed once per dataset object. */
export function datasetPictureDays(dataset: PictureDataset & Parameters<typeof dayBoundsOf>[0]) {
  let days = computed.get(dataset);
  if (!days) {
    const [first, last] = dayBoundsOf(dataset);
    days = pictureDays(dataset, first, last);
    computed.set(dataset, days);
  }
  return days;
}

/** Where the picture of `day` is served (built with the site): /<conflict>/og/<day>.png. */
export function picturePath(
  datasetId: string,
  days: readonly string[],
  day: string,
): string | null {
  const at = pictureDayOf(days, day);
  return at ? `/${encodeURIComponent(datasetId)}/og/${at}.png` : null;
}

/** The timeline's still picture (one per conflict, built with the site). */
export function timelinePicturePath(datasetId: string): string {
  return `/${encodeURIComponent(datasetId)}/og/timeline.png`;
}
