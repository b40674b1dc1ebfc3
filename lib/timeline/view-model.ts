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
import {
  breakText,
  breakViews,
  pieceDensities,
  positionOf,
  scaleExtent,
  type BreakView,
} from './breaks';
import { utcMonth } from 'd3-time';
import { monthYear, timelineTicks, type TimelineTicks } from './ticks';

/** What the painters draw in one frame: the scale, the marks with their shapes, the axis. */
export interface FrameView {
  x: ScaleTime<number, number>;
  domain: [number, number];
  marks: MarkView[];
  /** Text labels beside the marks that have room for one. */
  labels: LabelView[];
  ticks: TimelineTicks['ticks'];
  /** Compressed stretches in view, in plot pixels. */
  breaks: BreakView[];
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

/** The "Showing …" words for a domain, naming the compressed stretches in view. */
export const rangeText = (
  [d0, d1]: readonly [number, number],
  breaks: readonly { start: number; end: number }[] = [],
) =>
  `Showing ${formatDateValue(toDayString(d0))} – ${formatDateValue(toDayString(d1))}` +
  (breaks.length
    ? `; no statement or event ${breaks.map(breakText).join(', ')} (drawn compressed)`
    : '');

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
  /** Plot x of lines no label may cross (the "as of" cursor, a compared day). */
  keepClear?: readonly number[];
}

/** The labels of marks already laid out (again when only the cursor moved). */
export const frameLabels = (
  views: readonly MarkView[],
  model: TimelineModel,
  stage: TimelineStage,
  labels: FrameLabels,
): LabelView[] =>
  placeLabels(views, model.items, stage.plotW, labels.textOf, {
    first: labels.first ?? null,
    keepClear: labels.keepClear ?? [],
  });

/** Lays the marks out at scale `x`: what the painters draw this frame. */
export function frameView(
  model: TimelineModel,
  stage: TimelineStage,
  x: ScaleTime<number, number>,
  palette: TimelinePalette,
  labels?: FrameLabels,
): FrameView {
  const domain = scaleExtent(x);
  const [d0] = domain;
  // A plain function keeps the hot loop cheap (one multiplication when there is no break).
  const densities = pieceDensities(x);
  const sparse = Math.max(1e-12, Math.min(...densities));
  const dense = Math.max(...densities);
  const marks = timelineMarks(
    model.entries,
    model.lanes.map((l) => l.rows),
    positionOf(x),
    // A mark reaches at most two radii beyond its time extent (a span's minimum width); in a
    // break two radii are more time, so the cull uses the sparsest piece.
    {
      width: stage.plotW,
      radius: MARK_RADIUS,
      skipBefore: cullBefore(model.maxLength, d0, (2 * MARK_RADIUS) / sparse),
    },
  );
  const breaks = breakViews(x, model.breaks, stage.plotW);
  // Ticks at the density of normal time, none inside a break.
  const ticks = timelineTicks(
    domain,
    (domain[1] - domain[0]) * dense,
    model.mode === 'party' ? 56 : 72,
  );
  if (model.breaks.length) {
    // None inside a break, and none crowding the one before. Across a break two labels need
    // only their own width apart: the year after a long silence (2022 after 2017) is the one
    // a reader looks for, so it is not thinned away for being near the year before.
    const spacing = (model.mode === 'party' ? 56 : 72) * 0.75;
    const acrossBreak = Math.max(40, spacing * 0.6);
    let last = -Infinity;
    let lastMs = -Infinity;
    ticks.ticks = ticks.ticks.filter((t) => {
      if (model.breaks.some((b) => t.ms > b.start && t.ms < b.end)) return false;
      const px = x(t.ms);
      const crossed = model.breaks.some((b) => lastMs <= b.start && t.ms >= b.end);
      if (px - last < (crossed ? acrossBreak : spacing)) return false;
      last = px;
      lastMs = t.ms;
      return true;
    });
    // Where a break ends well before the next tick (the silence ran into the year), the first
    // month after it is named, so the reader knows where time takes up again.
    for (const b of model.breaks) {
      const ms = utcMonth.ceil(new Date(b.end)).getTime();
      if (ms <= domain[0] || ms >= domain[1]) continue;
      const px = x(ms);
      const crowded = ticks.ticks.some((t) =>
        t.ms >= b.end ? Math.abs(x(t.ms) - px) < spacing : px - x(t.ms) < acrossBreak + 10,
      );
      if (!crowded) ticks.ticks.push({ ms, label: monthYear(new Date(ms)) });
    }
    ticks.ticks.sort((a, b) => a.ms - b.ms);
  }
  const views = markViews(marks, stage, model.items, model.lanes, palette);
  return {
    x,
    domain,
    marks: views,
    labels: labels ? frameLabels(views, model, stage, labels) : [],
    ticks: ticks.ticks,
    breaks,
    rangeText: rangeText(domain, breaks),
  };
}
