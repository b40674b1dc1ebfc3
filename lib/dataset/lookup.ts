import type {
  Claim,
  ConflictEvent,
  ControlObservation,
  Party,
  Person,
  RegionGroup,
  Statement,
} from '../schema';
import type { CompiledDataset, CompiledPlace, CompiledSource, Region, TimelineItem } from './types';

/** Maps by id over a compiled dataset, built once on the client. */
export interface DatasetLookup {
  statements: Map<string, Statement>;
  events: Map<string, ConflictEvent>;
  items: Map<string, TimelineItem>;
  people: Map<string, Person>;
  parties: Map<string, Party>;
  sources: Map<string, CompiledSource>;
  regions: Map<string, Region>;
  groups: Map<string, RegionGroup>;
  /** Places of conflict.json (empty for releases pinned before places). */
  places: Map<string, CompiledPlace>;
  control: Map<string, ControlObservation>;
  /** Claims naming a region, directly or through a group. */
  claimsByRegion: Map<string, Claim[]>;
  /** Timeline item ids that mention a region, directly or through a group it belongs to. */
  itemsByRegion: Map<string, string[]>;
  /** Timeline item ids that mention a place. */
  itemsByPlace: Map<string, string[]>;
}

const byId = <T extends { id: string }>(xs: readonly T[]) => new Map(xs.map((x) => [x.id, x]));

export function datasetLookup(ds: CompiledDataset): DatasetLookup {
  const groups = byId(ds.conflict.regionGroups);
  const membersOf = (id: string) => groups.get(id)?.members ?? [id];
  const claimsByRegion = new Map<string, Claim[]>();
  for (const c of ds.claims) {
    for (const r of new Set(c.regions.flatMap(membersOf)))
      claimsByRegion.set(r, [...(claimsByRegion.get(r) ?? []), c]);
  }
  const itemsByRegion = new Map<string, string[]>();
  for (const t of ds.timeline) {
    for (const r of new Set(t.regions.flatMap(membersOf)))
      itemsByRegion.set(r, [...(itemsByRegion.get(r) ?? []), t.id]);
  }
  const itemsByPlace = new Map<string, string[]>();
  for (const t of ds.timeline) {
    for (const p of new Set(t.places ?? []))
      itemsByPlace.set(p, [...(itemsByPlace.get(p) ?? []), t.id]);
  }
  return {
    statements: byId(ds.statements),
    events: byId(ds.events),
    items: byId(ds.timeline),
    people: byId(ds.conflict.people),
    parties: byId(ds.conflict.parties),
    sources: byId(ds.sources),
    regions: byId(ds.regions),
    groups,
    places: byId(ds.places ?? []),
    control: byId(ds.control),
    claimsByRegion,
    itemsByRegion,
    itemsByPlace,
  };
}

/** A place id in words: region name, group name with members, place name, or the country. */
export function placeName(ds: CompiledDataset, lookup: DatasetLookup, id: string): string {
  const region = lookup.regions.get(id);
  if (region) return region.nameEn;
  const group = lookup.groups.get(id);
  if (group)
    return `${group.name} (${group.members.map((m) => lookup.regions.get(m)?.nameEn ?? m).join(' + ')})`;
  if (id === ds.conflict.country.id) return ds.conflict.country.name;
  const place = lookup.places.get(id);
  if (place) return `${place.name} (${place.regionName})`;
  return id;
}
