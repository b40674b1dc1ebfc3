import { DAY_MS } from '../dates/fuzzy-date';

/** A dated item placed in a lane, ready for layout (times in UTC ms, [start, end)). */
export interface LaneEntry {
  /** Index of the item in the model's item list. */
  index: number;
  start: number;
  end: number;
  /** True when the item covers more than one day (month/year precision or a stated span). */
  span: boolean;
}

/** One drawn item: a point (day precision) or a span, in a row of its lane. */
export interface ItemMark {
  kind: 'item';
  index: number;
  lane: number;
  row: number;
  /** Pixel extent of the span, or the point's centre twice. */
  x0: number;
  x1: number;
  span: boolean;
}

/** Several overlapping items merged into one mark with a count; expands on zoom or click. */
export interface ClusterMark {
  kind: 'cluster';
  /** Stable key: lane and first item index. */
  key: string;
  lane: number;
  x0: number;
  x1: number;
  /** Indices of the items merged, in time order. */
  indices: number[];
  /** Time extent of the merged items (UTC ms), to zoom to when expanded. */
  start: number;
  end: number;
}

export type TimelineMark = ItemMark | ClusterMark;

export interface MarkLayoutOptions {
  /** Plot width in pixels; items entirely outside [0, width] are culled. */
  width: number;
  /** Radius of a point mark (px); a span is never drawn narrower than a point. */
  radius: number;
  /** Minimum free pixels between two marks of one row. */
  gap: number;
  /** Widest a cluster may grow (px) before a new one starts. */
  clusterWidth: number;
  /**
   * Per lane, a time (UTC ms) before which entries are known to end off-screen to the left:
   * the layout binary-searches past them instead of visiting them (see `cullBefore`).
   */
  skipBefore?: readonly number[];
}

export const markLayoutDefaults: MarkLayoutOptions = {
  width: 800,
  radius: 5,
  gap: 2,
  clusterWidth: 28,
};

interface Placed {
  entry: LaneEntry;
  left: number;
  right: number;
  x0: number;
  x1: number;
}

/**
 * Lays out the visible items of every lane at the current scale: overlapping items stack in
 * the lane's rows; where they would need more rows than the lane has, they merge into cluster
 * marks of at most `clusterWidth` pixels. Off-screen items are culled, so the number of marks
 * is bounded by the plot's size, not the data's.
 *
 * `lanes[i]` holds lane i's entries sorted by start; `rows[i]` its row count; `x` maps UTC ms
 * to pixels.
 */
export function timelineMarks(
  lanes: readonly (readonly LaneEntry[])[],
  rows: readonly number[],
  x: (ms: number) => number,
  options: Partial<MarkLayoutOptions> = {},
): TimelineMark[] {
  const { width, radius, gap, clusterWidth, skipBefore } = { ...markLayoutDefaults, ...options };
  const marks: TimelineMark[] = [];
  lanes.forEach((entries, lane) => {
    const skip = skipBefore?.[lane];
    const first = skip === undefined ? 0 : firstStartingAtOrAfter(entries, skip);
    const laneRows = Math.max(1, rows[lane] ?? 1);
    let group: Placed[] = [];
    let groupRight = -Infinity;
    const flush = () => {
      if (group.length > 0) placeGroup(group, lane, laneRows, gap, clusterWidth, marks);
      group = [];
      groupRight = -Infinity;
    };
    for (let e = first; e < entries.length; e++) {
      const entry = entries[e]!;
      const placed = place(entry, x, radius);
      if (placed.left > width) break; // sorted by start: nothing later is visible
      if (placed.right < 0) continue;
      if (placed.left >= groupRight + gap) flush();
      group.push(placed);
      groupRight = Math.max(groupRight, placed.right);
    }
    flush();
  });
  return marks;
}

/** Index of the first entry (sorted by start) that starts at or after `ms`. */
function firstStartingAtOrAfter(entries: readonly LaneEntry[], ms: number): number {
  let lo = 0;
  let hi = entries.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (entries[mid]!.start < ms) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The `skipBefore` times for a view whose left edge is at `viewStart` (UTC ms), where a
 * point mark's radius covers `radiusMs`: an entry that starts before the lane's longest entry
 * plus a day and a radius ahead of the edge ends off-screen, so skipping it changes nothing.
 */
export function cullBefore(
  maxLength: readonly number[],
  viewStart: number,
  radiusMs: number,
): number[] {
  return maxLength.map((len) => viewStart - len - DAY_MS - radiusMs);
}

function place(entry: LaneEntry, x: (ms: number) => number, radius: number): Placed {
  if (entry.span) {
    const x0 = x(entry.start);
    const x1 = Math.max(x(entry.end), x0 + 2 * radius);
    return { entry, left: x0, right: x1, x0, x1 };
  }
  // A day is drawn as a point at the middle of that day.
  const cx = x(entry.start + DAY_MS / 2);
  return { entry, left: cx - radius, right: cx + radius, x0: cx, x1: cx };
}

function placeGroup(
  group: Placed[],
  lane: number,
  laneRows: number,
  gap: number,
  clusterWidth: number,
  out: TimelineMark[],
) {
  const rowEnds: number[] = [];
  const assigned: number[] = [];
  let fits = true;
  for (const p of group) {
    let row = rowEnds.findIndex((end) => end + gap <= p.left);
    if (row === -1) {
      if (rowEnds.length >= laneRows) {
        fits = false;
        break;
      }
      row = rowEnds.length;
      rowEnds.push(p.right);
    } else {
      rowEnds[row] = p.right;
    }
    assigned.push(row);
  }
  if (fits) {
    group.forEach((p, i) =>
      out.push({
        kind: 'item',
        index: p.entry.index,
        lane,
        row: assigned[i] ?? 0,
        x0: p.x0,
        x1: p.x1,
        span: p.entry.span,
      }),
    );
    return;
  }
  // Too crowded to stack: cut the group into windows of clusterWidth pixels.
  let i = 0;
  while (i < group.length) {
    const first = group[i]!;
    const windowStart = first.left;
    const chunk: Placed[] = [];
    while (i < group.length && group[i]!.left < windowStart + clusterWidth) chunk.push(group[i++]!);
    if (chunk.length === 1) {
      out.push({
        kind: 'item',
        index: first.entry.index,
        lane,
        row: 0,
        x0: first.x0,
        x1: first.x1,
        span: first.entry.span,
      });
      continue;
    }
    const next = group[i];
    const right = Math.max(...chunk.map((p) => p.right));
    const x1 = Math.max(
      windowStart + 2 * gap,
      Math.min(right, next ? next.left - gap : right, windowStart + clusterWidth),
    );
    out.push({
      kind: 'cluster',
      key: `c${lane}-${first.entry.index}`,
      lane,
      x0: windowStart,
      x1,
      indices: chunk.map((p) => p.entry.index),
      start: Math.min(...chunk.map((p) => p.entry.start)),
      end: Math.max(...chunk.map((p) => p.entry.end)),
    });
  }
}
