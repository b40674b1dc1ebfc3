import type { CompiledDataset, Region } from '../dataset/types';
import { controlAt } from '../control/control-at';
import { claimsByRegionAt } from './claims';
import { shadeRegion, type RegionShade } from './shade';
import { regionTooltip, type RegionTooltip, type TooltipContext } from './tooltip';

/** Everything the map draws and says on one date. */
export interface ControlMapState {
  day: number;
  shades: Record<string, RegionShade>;
  tooltips: Record<string, RegionTooltip>;
  /** Groups whose figure is drawn on this date (their outline is shown). */
  activeGroups: string[];
}

export type MapDataset = Pick<
  CompiledDataset,
  'conflict' | 'regions' | 'sources' | 'series' | 'claims'
>;

/** Precomputes the lookups the per-date state needs; call once per dataset. */
export function controlMapContext(dataset: MapDataset): TooltipContext {
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
  };
}

/** The shading and tooltip of every region on a day (UTC ms of the day's start). */
export function controlMapStateAt(
  dataset: MapDataset,
  day: number,
  ctx = controlMapContext(dataset),
): ControlMapState {
  const claims = claimsByRegionAt(dataset.claims, dataset.sources, day);
  const shades: Record<string, RegionShade> = {};
  const tooltips: Record<string, RegionTooltip> = {};
  const groups = new Set<string>();
  for (const r of dataset.regions) {
    const c = controlAt(dataset.series[r.id], r.id, day, dataset.conflict.staleAfterDays);
    const claimsHere = claims.get(r.id) ?? [];
    const shade = shadeRegion(c, {
      mapParty: dataset.conflict.mapParty,
      areaOf: ctx.areaOf,
      claimedBy: () => claimsHere.map((x) => x.claimant),
    });
    shades[r.id] = shade;
    tooltips[r.id] = regionTooltip(c, shade, ctx, claimsHere);
    if (shade.group) groups.add(shade.group);
  }
  return { day, shades, tooltips, activeGroups: [...groups].sort() };
}
