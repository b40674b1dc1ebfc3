import { controlMapAt } from '../control/control-at';
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
