import type { CompiledDataset, Region } from '../dataset/types';
import { controlAt, mentionDays } from '../control/control-at';
import { describeMeasureShort } from '../measure/describe';
import { claimsByRegionAt } from './claims';
import { placeMarkersAt, type PlaceMarker } from './places';
import { mappedShareOf, shadeRegion, type RegionShade } from './shade';
import { regionTooltip, type RegionTooltip, type TooltipContext } from './tooltip';

/** A group figure drawn on a date: its label is placed once, on the group. */
export interface GroupLabel {
  group: string;
  /** "Donbas ≈80%" */
  text: string;
  /** The members it shades on this date (the label sits between their label points). */
  members: string[];
}

/** Everything the map draws and says on one date. */
export interface ControlMapState {
  day: number;
  /** The party whose share is shaded. */
  party: string;
  includeClaims: boolean;
  shades: Record<string, RegionShade>;
  tooltips: Record<string, RegionTooltip>;
  /** Groups whose figure is drawn on this date (their outline is shown). */
  activeGroups: string[];
  groupLabels: GroupLabel[];
  /** A marker for each place with a cited point (lib/map/places.ts). */
  places: PlaceMarker[];
}

/** What a reader may change about the map's encoding. */
export interface MapViewOptions {
  /** The party whose share is shaded (default: the conflict's mapParty). */
  party?: string;
  /** Draw claimed figures as control, labelled as claims (default: off). */
  includeClaims?: boolean;
}

export type MapDataset = Pick<
  CompiledDataset,
  'conflict' | 'regions' | 'sources' | 'series' | 'claims' | 'timeline'
> &
  // A release pinned before datasets had their own view and places has neither.
  Partial<Pick<CompiledDataset, 'map' | 'places'>>;

/** The parties whose share the map can shade; older compiled data lacks the list. */
export function controlPartiesOf(conflict: CompiledDataset['conflict']): string[] {
  return conflict.controlParties?.length ? conflict.controlParties : [conflict.mapParty];
}

/** The lookups the per-date state needs; made once per dataset. */
export interface MapContext extends TooltipContext {
  mentions: Map<string, number[]>;
}

/** Precomputes the lookups the per-date state needs; call once per dataset. */
export function controlMapContext(dataset: MapDataset): MapContext {
  const regions = new Map<string, Region>(dataset.regions.map((r) => [r.id, r]));
  const groupArea = new Map<string, number>();
  for (const g of dataset.conflict.regionGroups) {
    groupArea.set(
      g.id,
      g.members.reduce((sum, m) => sum + (regions.get(m)?.areaKm2 ?? NaN), 0),
    );
  }
  const areaOf = (id: string): number | null => {
    const a = regions.get(id)?.areaKm2 ?? groupArea.get(id);
    return a !== undefined && Number.isFinite(a) && a > 0 ? a : null;
  };
  return {
    conflict: dataset.conflict,
    regions,
    sources: new Map(dataset.sources.map((s) => [s.id, s])),
    areaOf,
    mentions: mentionDays({ ...dataset, timeline: dataset.timeline ?? [] }),
  };
}

/** One region's control, shading and tooltip on a day: what the map and the region panel say. */
export function regionStateAt(
  dataset: MapDataset,
  regionId: string,
  day: number,
  ctx: MapContext,
  options: MapViewOptions = {},
  claims = claimsByRegionAt(dataset.claims, dataset.sources, day),
) {
  const conflict = dataset.conflict;
  const parties = controlPartiesOf(conflict);
  const party =
    options.party && parties.includes(options.party) ? options.party : conflict.mapParty;
  const complement = conflict.complement ?? true;
  const control = controlAt(dataset.series[regionId], regionId, day, {
    staleAfterDays: conflict.staleAfterDays,
    includeClaims: options.includeClaims ?? false,
    mentions: ctx.mentions.get(regionId) ?? [],
  });
  const claimsHere = claims.get(regionId) ?? [];
  const shade = shadeRegion(control, {
    mapParty: party,
    complement,
    areaOf: ctx.areaOf,
    claimedBy: () => claimsHere.map((x) => x.claimant),
    partyColor: (id) => conflict.parties.find((p) => p.id === id)?.color ?? null,
    groupName: (id) => conflict.regionGroups.find((g) => g.id === id)?.name ?? id,
  });
  const tooltip = regionTooltip(control, shade, { ...ctx, party }, claimsHere);
  return { control, shade, tooltip, party };
}

/** The shading and tooltip of every region on a day (UTC ms of the day's start). */
export function controlMapStateAt(
  dataset: MapDataset,
  day: number,
  ctx: MapContext = controlMapContext(dataset),
  options: MapViewOptions = {},
): ControlMapState {
  const conflict = dataset.conflict;
  const parties = controlPartiesOf(conflict);
  const party =
    options.party && parties.includes(options.party) ? options.party : conflict.mapParty;
  const includeClaims = options.includeClaims ?? false;
  const complement = conflict.complement ?? true;
  const claims = claimsByRegionAt(dataset.claims, dataset.sources, day);
  const groupName = (id: string) => conflict.regionGroups.find((g) => g.id === id)?.name ?? id;
  const shades: Record<string, RegionShade> = {};
  const tooltips: Record<string, RegionTooltip> = {};
  const groups = new Map<string, GroupLabel>();
  for (const r of dataset.regions) {
    const {
      control: c,
      shade,
      tooltip,
    } = regionStateAt(dataset, r.id, day, ctx, { party, includeClaims }, claims);
    shades[r.id] = shade;
    tooltips[r.id] = tooltip;
    if (shade.group && c.status === 'figure') {
      const label = groups.get(shade.group);
      if (label) label.members.push(r.id);
      else {
        const mapped = mappedShareOf(
          c.entry,
          party,
          ctx.areaOf(c.entry.observation.target),
          complement,
        );
        const figure = mapped.computed
          ? describeMeasureShort(c.entry.observation.measure)
          : mapped.measure
            ? describeMeasureShort(mapped.measure)
            : '';
        groups.set(shade.group, {
          group: shade.group,
          text: `${groupName(shade.group)} ${shade.fromClaim ? 'claimed ' : ''}${figure}${shade.stale ? ' · old' : ''}`.trim(),
          members: [r.id],
        });
      }
    }
  }
  const groupLabels = [...groups.values()].sort((a, b) => a.group.localeCompare(b.group));
  return {
    day,
    party,
    includeClaims,
    shades,
    tooltips,
    activeGroups: groupLabels.map((g) => g.group),
    groupLabels,
    places: placeMarkersAt(
      { conflict, places: dataset.places ?? [], series: dataset.series },
      day,
      { includeClaims },
    ),
  };
}
