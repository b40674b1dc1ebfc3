import type { TimelineItem } from '../dataset/types';
import { findBreaks, type TimeBreak } from './breaks';
import { DAY_MS } from '../dates/fuzzy-date';
import {
  laneKeyOf,
  timelineLanes,
  type LaneContext,
  type LaneMode,
  type TimelineLane,
} from './lanes';
import type { LaneEntry } from './marks';

/** The headless state of a timeline for one lane mode: what goes where, nothing about pixels. */
export interface TimelineModel {
  mode: LaneMode;
  items: readonly TimelineItem[];
  lanes: TimelineLane[];
  /** Per lane (same order as `lanes`): its dated entries sorted by start, then longer first. */
  entries: LaneEntry[][];
  /** Per lane: the longest entry's length (ms), so layout can skip what ends off-screen. */
  maxLength: number[];
  /** Lane index of each item (by item index); -1 for undated items. */
  laneOf: Int32Array;
  /** Item indices of dated items in time order: the keyboard's arrow order. */
  order: number[];
  /** Position of each item in `order` (by item index); -1 for undated items. */
  orderOf: Int32Array;
  /** Item indices whose date is not stated: listed apart, never placed at a fake date. */
  undated: number[];
  /** Time extent of the dated items [start, end) in UTC ms; null when none is dated. */
  extent: [number, number] | null;
  /**
   * Long stretches with no dated item, drawn compressed (see breaks.ts). A model with no dated
   * item has none of its own; the controller gives it those of the axis it keeps showing.
   */
  breaks: readonly TimeBreak[];
  /** Item index by id. */
  indexOf: IdIndex;
}

/** Item index by id, built on first use: a timeline nobody selects in never needs it. */
export type IdIndex = Pick<ReadonlyMap<string, number>, 'get'>;

/** An IdIndex over `items`: the map of 100,000 ids costs about as much as the rest. */
export function lazyIdIndex(items: readonly { id: string }[]): IdIndex {
  let map: Map<string, number> | null = null;
  return { get: (id) => (map ??= new Map(items.map((t, i) => [t.id, i]))).get(id) };
}

/** The time axis of a model: its span and the stretches drawn compressed. */
export interface TimelineAxis {
  extent: [number, number];
  breaks: readonly TimeBreak[];
}

/** The axis of a model, or null when no item is dated. */
export const timelineAxis = (model: TimelineModel): TimelineAxis | null =>
  model.extent ? { extent: model.extent, breaks: model.breaks } : null;

/** Builds the model: lanes, per-lane entries, keyboard order and the undated list. */
export function timelineModel(
  items: readonly TimelineItem[],
  context: LaneContext,
  mode: LaneMode,
): TimelineModel {
  const lanes = timelineLanes(items, context, mode);
  const laneIndex = new Map(lanes.map((l, i) => [l.key, i]));
  const partyIds = new Set(context.parties.map((p) => p.id));
  const partyOfPerson = new Map(context.people.map((p) => [p.id, p.party]));
  const partyOf = (speaker: string) => {
    const party = partyOfPerson.get(speaker);
    return party !== undefined && partyIds.has(party) ? party : undefined;
  };
  const entries: LaneEntry[][] = lanes.map(() => []);
  const laneOf = new Int32Array(items.length).fill(-1);
  const undated: number[] = [];
  const dated: number[] = [];
  items.forEach((item, index) => {
    const { start, end } = item.span;
    if (start === null || end === null) {
      undated.push(index);
      return;
    }
    const lane = laneIndex.get(laneKeyOf(item, mode, partyOf)) ?? -1;
    if (lane < 0) return;
    laneOf[index] = lane;
    dated.push(index);
    entries[lane]!.push({
      index,
      start,
      end,
      span: item.span.precision !== 'day' || end - start > DAY_MS,
    });
  });
  for (const lane of entries)
    lane.sort((a, b) => a.start - b.start || b.end - a.end || a.index - b.index);
  const maxLength = entries.map((lane) => lane.reduce((m, e) => Math.max(m, e.end - e.start), 0));
  // Starts and ends in typed arrays: the sort below compares them about n log n times, and
  // reading them off each item's span object cost most of the model at 100,000 items.
  const starts = new Float64Array(items.length);
  const ends = new Float64Array(items.length);
  items.forEach((item, i) => {
    starts[i] = item.span.start ?? 0;
    ends[i] = item.span.end ?? 0;
  });
  const startOf = (i: number) => starts[i]!;
  const endOf = (i: number) => ends[i]!;
  // Time order: by start, then the coarser (longer) item first, then the lane top to bottom.
  const order = dated.sort(
    (a, b) => starts[a]! - starts[b]! || ends[b]! - ends[a]! || laneOf[a]! - laneOf[b]! || a - b,
  );
  const orderOf = new Int32Array(items.length).fill(-1);
  order.forEach((index, position) => (orderOf[index] = position));
  let extent: [number, number] | null = null;
  for (const i of order) {
    const s = startOf(i);
    const e = endOf(i);
    extent = extent ? [Math.min(extent[0], s), Math.max(extent[1], e)] : [s, e];
  }
  return {
    mode,
    items,
    lanes,
    entries,
    maxLength,
    laneOf,
    order,
    orderOf,
    undated,
    extent,
    breaks: findBreaks(order.map((i) => ({ start: startOf(i), end: endOf(i) }))),
    indexOf: lazyIdIndex(items),
  };
}

/** Pixel sizes of the drawn timeline: the axis band, one row of a lane, a lane's padding. */
export const STAGE = { axis: 44, row: 12, lanePad: 8, bottom: 4 } as const;

/** Height (px) of the drawn timeline (axis and every lane) for a model. */
export function stageHeight(model: Pick<TimelineModel, 'lanes'>): number {
  return (
    STAGE.axis +
    model.lanes.reduce((h, lane) => h + lane.rows * STAGE.row + STAGE.lanePad, 0) +
    STAGE.bottom
  );
}
