import { controlAt, controlMapAt } from '../control/control-at';
import type { CompiledDataset, ControlAt } from '../dataset/types';

export interface RegionChange {
  regionId: string;
  a: ControlAt;
  b: ControlAt;
  /** True when the figure that holds differs between the two days. */
  changed: boolean;
}

const figureId = (c: ControlAt) =>
  c.status === 'figure' ? c.entry.observation.id : `none:${c.reason}`;

/** Control per region on two days, and whether each region's figure changed between them. */
export function compareControl(
  dataset: CompiledDataset,
  dayA: number,
  dayB: number,
): RegionChange[] {
  const a = controlMapAt(dataset, dayA);
  const b = controlMapAt(dataset, dayB);
  return dataset.regions.map((r) => {
    const ca = a[r.id] as ControlAt;
    const cb = b[r.id] as ControlAt;
    return { regionId: r.id, a: ca, b: cb, changed: figureId(ca) !== figureId(cb) };
  });
}

export interface PlaceChange {
  placeId: string;
  a: ControlAt;
  b: ControlAt;
  changed: boolean;
}

/**
 * The same for places, from each place's own figures only (a region's figure never speaks for
 * a town): every place of the dataset, with or without a point, and whether its figure changed.
 */
export function comparePlaces(
  dataset: Pick<CompiledDataset, 'places' | 'series' | 'conflict'>,
  dayA: number,
  dayB: number,
): PlaceChange[] {
  const at = (id: string, day: number) =>
    controlAt(dataset.series[id], id, day, { staleAfterDays: dataset.conflict.staleAfterDays });
  return dataset.places.map((p) => {
    const a = at(p.id, dayA);
    const b = at(p.id, dayB);
    return { placeId: p.id, a, b, changed: figureId(a) !== figureId(b) };
  });
}
