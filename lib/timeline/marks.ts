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

/**
 * The pixel extents of one lane's visible entries, kept in typed arrays rather than an object
 * per entry: at 100,000 items zoomed out, a frame places every one of them, and allocating
 * (and collecting) an object for each cost more than the layout itself. Grown as needed and
 * reused from frame to frame.
 */
class Extents {
  left = new Float64Array(256);
  right = new Float64Array(256);
  x0 = new Float64Array(256);
  x1 = new Float64Array(256);
  entry: LaneEntry[] = [];
  length = 0;
  clear() {
    this.length = 0;
  }
  push(entry: LaneEntry, x: (ms: number) => number, radius: number) {
    const k = this.length;
    if (k === this.left.length) this.grow();
    if (entry.span) {
      const x0 = x(entry.start);
      const x1 = Math.max(x(entry.end), x0 + 2 * radius);
      this.left[k] = x0;
      this.right[k] = x1;
      this.x0[k] = x0;
      this.x1[k] = x1;
    } else {
      // A day is drawn as a point at the middle of that day.
      const cx = x(entry.start + DAY_MS / 2);
      this.left[k] = cx - radius;
      this.right[k] = cx + radius;
      this.x0[k] = cx;
      this.x1[k] = cx;
    }
    this.entry[k] = entry;
    this.length = k + 1;
  }
  private grow() {
    const twice = (a: Float64Array) => {
      const b = new Float64Array(a.length * 2);
      b.set(a);
      return b;
    };
    this.left = twice(this.left);
    this.right = twice(this.right);
    this.x0 = twice(this.x0);
    this.x1 = twice(this.x1);
  }
}
const shared = new Extents();

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
  const group = shared;
  lanes.forEach((entries, lane) => {
    const skip = skipBefore?.[lane];
    const first = skip === undefined ? 0 : firstStartingAtOrAfter(entries, skip);
    const laneRows = Math.max(1, rows[lane] ?? 1);
    group.clear();
    // Where each row's last mark ends, across the lane's groups: a point is drawn a radius
    // before its day, so it can start left of a span drawn in the group before.
    const rowEnds: number[] = [];
    let groupRight = -Infinity;
    const flush = () => {
      if (group.length > 0) placeGroup(group, lane, laneRows, gap, clusterWidth, rowEnds, marks);
      group.clear();
      groupRight = -Infinity;
    };
    for (let e = first; e < entries.length; e++) {
      const entry = entries[e]!;
      group.push(entry, x, radius);
      const k = group.length - 1;
      const left = group.left[k]!;
      const right = group.right[k]!;
      if (left > width || right < 0) {
        group.length = k; // not drawn: taken back off the group
        // Sorted by start: once a start is a radius past the edge, nothing later is visible
        // (a point is drawn a radius before its day's middle, so a span past the edge may be
        // followed by a point of the same day that is not).
        if (x(entry.start) - radius > width) break;
        continue;
      }
      if (left >= groupRight + gap && k > 0) {
        // This entry starts a new group: lay out the ones before it, then keep it as the first.
        group.length = k;
        placeGroup(group, lane, laneRows, gap, clusterWidth, rowEnds, marks);
        group.clear();
        group.push(entry, x, radius);
      }
      groupRight = Math.max(group.length === 1 ? -Infinity : groupRight, right);
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

function placeGroup(
  group: Extents,
  lane: number,
  laneRows: number,
  gap: number,
  clusterWidth: number,
  laneRowEnds: number[],
  out: TimelineMark[],
) {
  const n = group.length;
  const { left, right, x0, x1, entry } = group;
  const rowEnds = laneRowEnds.slice();
  const assigned: number[] = [];
  let fits = true;
  for (let k = 0; k < n; k++) {
    const l = left[k]!;
    let row = rowEnds.findIndex((end) => end + gap <= l);
    if (row === -1) {
      if (rowEnds.length >= laneRows) {
        fits = false;
        break;
      }
      row = rowEnds.length;
      rowEnds.push(right[k]!);
    } else {
      rowEnds[row] = right[k]!;
    }
    assigned.push(row);
  }
  if (fits) {
    laneRowEnds.splice(0, laneRowEnds.length, ...rowEnds);
    for (let k = 0; k < n; k++)
      out.push({
        kind: 'item',
        index: entry[k]!.index,
        lane,
        row: assigned[k] ?? 0,
        x0: x0[k]!,
        x1: x1[k]!,
        span: entry[k]!.span,
      });
    return;
  }
  // Too crowded to stack: cut the group into windows of clusterWidth pixels. (A long span
  // alone in its window is drawn under the marks of the next windows: no row is left for it.)
  let i = 0;
  while (i < n) {
    const firstK = i;
    const windowStart = left[i]!;
    const windowEnd = windowStart + clusterWidth;
    let maxRight = -Infinity;
    let start = Infinity;
    let end = -Infinity;
    const indices: number[] = [];
    while (i < n && left[i]! < windowEnd) {
      maxRight = Math.max(maxRight, right[i]!);
      start = Math.min(start, entry[i]!.start);
      end = Math.max(end, entry[i]!.end);
      indices.push(entry[i]!.index);
      i++;
    }
    const first = entry[firstK]!;
    if (indices.length === 1) {
      out.push({
        kind: 'item',
        index: first.index,
        lane,
        row: 0,
        x0: x0[firstK]!,
        x1: x1[firstK]!,
        span: first.span,
      });
      continue;
    }
    const nextLeft = i < n ? left[i]! - gap : maxRight;
    const cx1 = Math.max(
      windowStart + 2 * gap,
      Math.min(maxRight, nextLeft, windowStart + clusterWidth),
    );
    out.push({
      kind: 'cluster',
      key: `c${lane}-${first.index}`,
      lane,
      x0: windowStart,
      x1: cx1,
      indices,
      start,
      end,
    });
  }
  // Clusters and lone marks take the lane's full height: every row is used up to the last.
  let drawnRight = Math.max(-Infinity, ...laneRowEnds);
  for (let k = 0; k < n; k++) drawnRight = Math.max(drawnRight, right[k]!);
  laneRowEnds.splice(0, laneRowEnds.length, ...Array<number>(laneRows).fill(drawnRight));
}
