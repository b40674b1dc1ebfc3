import { controlAt } from '../control/control-at';
import type { ControlAt, SeriesEntry } from '../dataset/types';
import { formatAge, formatFuzzyDate } from '../dates/fuzzy-date';
import { describeMeasure } from '../measure/describe';
import type { Conflict } from '../schema';

/**
 * Places on the map: a marker for each place with a cited point, coloured and shaped by who
 * holds it as of the date, from the place's own figures only (a region's figure never speaks
 * for a town in it, nor a town's for its region).
 *
 * - held: a source says one party holds all of it — a filled disc in that party's colour;
 * - partly: a share or words short of all ("most", "partly", "more than 70%") — a half-filled
 *   disc in that party's colour, the figure in words beside it;
 * - contested: a source says it is fought over — a disc split in two greys with a dark ring;
 * - claimed: only a party's claim speaks for it (claims never count as control unless the
 *   reader includes them) — a hollow disc with a dashed ring in the claimant's colour;
 * - not-held: a source says a party holds none of it, and nobody is named as holding it — a
 *   hollow disc with a solid ring in that party's colour;
 * - unknown: nothing on or before the date — a small hollow grey disc.
 * An old figure keeps its shape and gets "· old" and its age in words; colour is never alone:
 * every marker's text says the same in words.
 */

export type PlaceMarkerKind = 'held' | 'partly' | 'contested' | 'claimed' | 'not-held' | 'unknown';

export interface PlaceLike {
  id: string;
  name: string;
  kind: string;
  region: string;
  point?: [number, number];
}

export interface PlaceMarker {
  placeId: string;
  name: string;
  /** The place's own kind: city, town, base, camp… */
  placeKind: string;
  regionId: string;
  /** The cited point; null for a place that has none (listed in its region, not drawn). */
  point: [number, number] | null;
  kind: PlaceMarkerKind;
  /** The party whose colour draws the marker (holder, claimant or the party holding none). */
  party: string | null;
  color: string;
  stale: boolean;
  /** "RSF", "RSF: most", "contested", "claimed by SAF", "no figure" (with "· old" when old). */
  label: string;
  /** One sentence for the tooltip and the accessible name. */
  text: string;
  /** The deciding figure (or the latest claim), for the tooltip's source line and evidence. */
  entry: SeriesEntry | null;
}

const NEUTRAL = '#6b7280';

type MarkerConflict = Pick<Conflict, 'parties' | 'staleAfterDays'>;

const partyOf = (c: MarkerConflict, id: string | undefined) =>
  (id && c.parties.find((p) => p.id === id)) || null;
const shortName = (c: MarkerConflict, id: string) => {
  const p = partyOf(c, id);
  return p?.shortName ?? p?.name ?? id;
};

/** The marker of one place on `day`, from what controlAt says of the place's own series. */
export function placeMarkerOf(
  conflict: MarkerConflict,
  place: PlaceLike,
  at: ControlAt,
): PlaceMarker {
  const base = {
    placeId: place.id,
    name: place.name,
    placeKind: place.kind,
    regionId: place.region,
    point: place.point ?? null,
  };
  if (at.status === 'none') {
    const claim = at.claims.at(-1) ?? null;
    if (claim) {
      const who = claim.observation.claimantParty ?? claim.observation.controller;
      const by = claim.observation.claimant ?? shortName(conflict, who);
      const what = `${shortName(conflict, claim.observation.controller)} ${describeMeasure(claim.observation.measure) === 'all' ? 'holds it' : `holds ${describeMeasure(claim.observation.measure)} of it`}`;
      return {
        ...base,
        kind: 'claimed',
        party: who,
        color: partyOf(conflict, who)?.color ?? NEUTRAL,
        stale: false,
        label: `claimed by ${shortName(conflict, who)}`,
        text: `${place.name}: no assessed figure; ${by} claims ${what} (as of ${formatFuzzyDate(claim.observation.asOf)}; a claim, not an assessment).`,
        entry: claim,
      };
    }
    return {
      ...base,
      kind: 'unknown',
      party: null,
      color: NEUTRAL,
      stale: false,
      label: 'no figure',
      text: `${place.name}: no figure on or before this date.`,
      entry: null,
    };
  }
  const o = at.entry.observation;
  const m = o.measure;
  const who = shortName(conflict, o.controller);
  const claimed = o.status === 'claimed';
  const old = at.stale ? ' · old' : '';
  const asOf = `as of ${formatFuzzyDate(o.asOf)}${at.stale ? `, ${formatAge(at.ageDays)} before this date` : ''}`;
  const stated = claimed ? `; claimed by ${o.claimant ?? who}` : '';
  const kind: PlaceMarkerKind =
    m.kind === 'all' || (m.kind === 'exact' && m.value === 100 && m.unit !== 'km2')
      ? 'held'
      : m.kind === 'contested'
        ? 'contested'
        : m.kind === 'none'
          ? 'not-held'
          : 'partly';
  const color =
    kind === 'contested' ? NEUTRAL : (partyOf(conflict, o.controller)?.color ?? NEUTRAL);
  const words =
    kind === 'held'
      ? `held by ${who}`
      : kind === 'contested'
        ? 'contested'
        : kind === 'not-held'
          ? `${who} holds none of it`
          : `${who} holds ${describeMeasure(m)} of it`;
  const label =
    kind === 'held'
      ? who
      : kind === 'contested'
        ? 'contested'
        : kind === 'not-held'
          ? `not ${who}`
          : `${who}: ${describeMeasure(m)}`;
  return {
    ...base,
    kind,
    party: kind === 'contested' ? null : o.controller,
    color,
    stale: at.stale,
    label: `${label}${old}`,
    text: `${place.name}: ${words} (${asOf}${stated}).`,
    entry: at.entry,
  };
}

export interface PlaceMarkerDataset {
  conflict: MarkerConflict;
  places: readonly PlaceLike[];
  series: Record<string, SeriesEntry[]>;
}

/** What holds for one place on `day` (UTC ms), whether or not it has a point. */
export function placeStatusAt(
  dataset: PlaceMarkerDataset,
  place: PlaceLike,
  day: number,
  options: { includeClaims?: boolean } = {},
): PlaceMarker {
  const at = controlAt(dataset.series[place.id], place.id, day, {
    staleAfterDays: dataset.conflict.staleAfterDays,
    includeClaims: options.includeClaims ?? false,
  });
  return placeMarkerOf(dataset.conflict, place, at);
}

/** Every place with a cited point, as of `day` (UTC ms); places without a point are not drawn. */
export function placeMarkersAt(
  dataset: PlaceMarkerDataset,
  day: number,
  options: { includeClaims?: boolean } = {},
): PlaceMarker[] {
  return dataset.places
    .filter((p) => p.point)
    .map((place) => placeStatusAt(dataset, place, day, options));
}
