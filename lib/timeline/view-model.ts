import type { ScaleTime } from 'd3-scale';
import type { TimelineItem } from '../dataset/types';
import { DAY_MS, formatDateValue, toDayString } from '../dates/fuzzy-date';
import type { MarkView } from './hit-test';
import { placeLabels, type LabelView } from './labels';
import { EVENTS_LANE, type LaneMode, type TimelineLane } from './lanes';
import { cullBefore, timelineMarks, type TimelineMark } from './marks';
import type { TimelineModel } from './model';
import type { TimelinePalette } from './palette';
import type { Shape } from './shapes';
import {
  clusterShape,
  itemShape,
  laneLabel,
  MARK_RADIUS,
  type ItemPlace,
  type TimelineStage,
} from './stage';
import { timelineTicks, type TimelineTicks } from './ticks';

/** What the painters draw in one frame: the scale, the marks with their shapes, the axis. */
export interface FrameView {
  x: ScaleTime<number, number>;
  domain: [number, number];
  marks: MarkView[];
  /** Text labels beside the marks that have room for one. */
  labels: LabelView[];
  ticks: TimelineTicks['ticks'];
  /** "Showing 1 Jan 2014 – 21 Jan 2025". */
  rangeText: string;
}

/** One lane in the gutter: its band, its colour key and its name. */
export interface LaneView {
  top: number;
  height: number;
  /** The key's shape, in the lane's own coordinates. */
  key: Shape;
  colour: string;
  /** The name as it fits the gutter, and in full (a tooltip). */
  label: string;
  title: string;
}

/** Each mark with its shape and colour. */
export function markViews(
  marks: readonly TimelineMark[],
  stage: TimelineStage,
  items: readonly TimelineItem[],
  lanes: readonly TimelineLane[],
  palette: TimelinePalette,
): MarkView[] {
  return marks.map((mark) => {
    if (mark.kind === 'cluster')
      return { mark, shape: clusterShape(stage, mark), colour: palette.lane(lanes[mark.lane]!) };
    const item = items[mark.index]!;
    return {
      mark,
      shape: itemShape(stage, item.type === 'event', mark),
      colour: palette.item(item),
    };
  });
}

/** The gutter's lanes. */
export function laneViews(
  lanes: readonly TimelineLane[],
  stage: TimelineStage,
  mode: LaneMode,
  palette: TimelinePalette,
): LaneView[] {
  return lanes.map((lane, i) => {
    const height = stage.laneHeight[i]!;
    const cy = height / 2;
    const key: Shape =
      lane.key === EVENTS_LANE
        ? { kind: 'diamond', cx: 8, cy, r: 5 }
        : { kind: 'circle', cx: 8, cy, r: 4 };
    return {
      top: stage.laneTop[i]!,
      height,
      key,
      colour: palette.lane(lane),
      label: laneLabel(lane, stage, mode),
      title: lane.label,
    };
  });
}

/** The "Showing …" words for a domain. */
export const rangeText = ([d0, d1]: readonly [number, number]) =>
  `Showing ${formatDateValue(toDayString(d0))} – ${formatDateValue(toDayString(d1))}`;

/**
 * Where an item is drawn now: its own mark when it has one, else (in a cluster, or off-screen)
 * where its own mark would be, in row 0 of its lane. Null for an undated item.
 */
export function itemPlace(
  item: TimelineItem | undefined,
  lane: number,
  x: (ms: number) => number,
  radius: number,
): ItemPlace | null {
  if (!item || lane < 0 || item.span.start === null || item.span.end === null) return null;
  const span = item.span.precision !== 'day' || item.span.end - item.span.start > DAY_MS;
  const x0 = span ? x(item.span.start) : x(item.span.start + DAY_MS / 2);
  return { lane, row: 0, x0, x1: span ? Math.max(x(item.span.end), x0 + 2 * radius) : x0, span };
}

/** What labels say: `textOf(i)` is item i's label; `first` is placed before all others. */
export interface FrameLabels {
  textOf: (index: number) => string;
  first?: number | null;
}

/** Lays the marks out at scale `x`: what the painters draw this frame. */
export function frameView(
  model: TimelineModel,
  stage: TimelineStage,
  x: ScaleTime<number, number>,
  palette: TimelinePalette,
  labels?: FrameLabels,
): FrameView {
  const domain = x.domain().map(Number) as [number, number];
  const [d0, d1] = domain;
  // A UTC time scale is linear in milliseconds: a plain function keeps the hot loop cheap.
  const k = stage.plotW / Math.max(1, d1 - d0);
  const marks = timelineMarks(
    model.entries,
    model.lanes.map((l) => l.rows),
    (ms) => (ms - d0) * k,
    // A mark reaches at most two radii beyond its time extent (a span's minimum width).
    {
      width: stage.plotW,
      radius: MARK_RADIUS,
      skipBefore: cullBefore(model.maxLength, d0, (2 * MARK_RADIUS) / k),
    },
  );
  const ticks = timelineTicks(domain, stage.plotW, model.mode === 'party' ? 56 : 72);
  const views = markViews(marks, stage, model.items, model.lanes, palette);
  return {
    x,
    domain,
    marks: views,
    labels: labels
      ? placeLabels(views, model.items, stage.plotW, labels.textOf, { first: labels.first ?? null })
      : [],
    ticks: ticks.ticks,
    rangeText: rangeText(domain),
  };
}
