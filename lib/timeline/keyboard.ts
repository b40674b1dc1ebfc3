/** A key that moves through the timeline in time order, as named by KeyboardEvent.key. */
export type TimelineKey = 'ArrowLeft' | 'ArrowRight' | 'Home' | 'End';

/**
 * The position in the time-ordered list `order` (length `count`) that a key moves to from
 * `current` (null when nothing is active yet): Left goes back, Right forward, Home/End jump
 * to the ends; the ends do not wrap. Returns null when there is nothing to move to.
 * (Up and Down move between lanes: see `laneStep`.)
 */
export function keyboardStep(
  count: number,
  current: number | null,
  key: TimelineKey,
): number | null {
  if (count === 0) return null;
  const last = count - 1;
  switch (key) {
    case 'Home':
      return 0;
    case 'End':
      return last;
    case 'ArrowLeft':
      return current === null ? last : Math.max(0, current - 1);
    case 'ArrowRight':
      return current === null ? 0 : Math.min(last, current + 1);
  }
}

/** True when a key name moves through the timeline in time order. */
export function isTimelineKey(key: string): key is TimelineKey {
  return key === 'ArrowLeft' || key === 'ArrowRight' || key === 'Home' || key === 'End';
}

/** What `laneStep` needs of the timeline model. */
export interface LaneStepModel {
  /** Per lane, its entries (item index and [start, end) in UTC ms). */
  entries: readonly (readonly { index: number; start: number; end: number }[])[];
  /** Lane index of each item; -1 when undated. */
  laneOf: ArrayLike<number>;
}

/**
 * Up/Down on the timeline: the item in the nearest non-empty lane above (`direction` -1) or
 * below (+1) whose middle is closest in time to the middle of item `index`; the earlier one on
 * a tie. Returns null at the top or bottom lane, or when the item is not in a lane.
 */
export function laneStep(model: LaneStepModel, index: number, direction: -1 | 1): number | null {
  const lane = model.laneOf[index] ?? -1;
  if (lane < 0) return null;
  const own = model.entries[lane]?.find((e) => e.index === index);
  if (!own) return null;
  const mid = (own.start + own.end) / 2;
  for (let l = lane + direction; l >= 0 && l < model.entries.length; l += direction) {
    const entries = model.entries[l]!;
    let best: number | null = null;
    let bestDistance = Infinity;
    for (const e of entries) {
      const distance = Math.abs((e.start + e.end) / 2 - mid);
      if (distance < bestDistance) {
        bestDistance = distance;
        best = e.index;
      }
    }
    if (best !== null) return best;
  }
  return null;
}
