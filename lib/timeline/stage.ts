import type { ItemMark, ClusterMark } from './marks';
import type { TimelineLane, LaneMode } from './lanes';
import { STAGE } from './model';
import type { Shape } from './shapes';
import { LABEL_FONTS, fitText, textWidth } from './text-width';

/** Where things go on a timeline of one width: the lane gutter, the plot, each lane's top. */
export interface TimelineStage {
  width: number;
  /** Width of the lane names on the left (px). */
  gutter: number;
  /** Width of the plot right of the gutter (px). */
  plotW: number;
  height: number;
  /** Top and height of each lane (px), in lane order. */
  laneTop: number[];
  laneHeight: number[];
}

/** Radius of a point mark (px). */
export const MARK_RADIUS = 5;
/** Height of a cluster's pill (px). */
export const CLUSTER_H = 14;

/** The stage before the container is measured. */
export const emptyStage: TimelineStage = {
  width: 0,
  gutter: 150,
  plotW: 1,
  height: 0,
  laneTop: [],
  laneHeight: [],
};

/** Narrow containers get one lane per party, wide ones one per speaker. */
export const laneModeFor = (width: number, narrowWidth: number): LaneMode =>
  width < narrowWidth ? 'party' : 'speaker';

/** Lays out the lanes of `lanes` (drawn in `mode`) across `width` px. */
export function timelineStage(
  lanes: readonly Pick<TimelineLane, 'rows'>[],
  mode: LaneMode,
  width: number,
): TimelineStage {
  const gutter = mode === 'speaker' ? Math.min(150, Math.round(width * 0.18)) : 64;
  const laneTop: number[] = [];
  const laneHeight: number[] = [];
  let y = STAGE.axis;
  for (const lane of lanes) {
    const h = lane.rows * STAGE.row + STAGE.lanePad;
    laneTop.push(y);
    laneHeight.push(h);
    y += h;
  }
  return {
    width,
    gutter,
    plotW: Math.max(100, width - gutter - 8),
    height: y + STAGE.bottom,
    laneTop,
    laneHeight,
  };
}

/** The lane name shown in the gutter: short on narrow screens, cut to fit the gutter. */
export function laneLabel(lane: TimelineLane, stage: TimelineStage, mode: LaneMode): string {
  const label = mode === 'party' || stage.gutter < 130 ? lane.shortLabel : lane.label;
  return fitText(label, stage.gutter - 20, LABEL_FONTS.label);
}

/** Vertical centre of a lane, and of one row of a lane (px). */
export const laneCentre = (stage: TimelineStage, lane: number) =>
  (stage.laneTop[lane] ?? 0) + (stage.laneHeight[lane] ?? STAGE.row + STAGE.lanePad) / 2;
export const rowCentre = (stage: TimelineStage, lane: number, row: number) =>
  (stage.laneTop[lane] ?? 0) + STAGE.lanePad / 2 + row * STAGE.row + STAGE.row / 2;

/** The geometry of an item mark that the shape needs. */
export type ItemPlace = Pick<ItemMark, 'lane' | 'row' | 'x0' | 'x1' | 'span'>;

/**
 * An item's shape: a circle (statement) or diamond (event) for a day, a pill or bar across a
 * longer span (clamped just beyond the plot), `grow` px larger for rings.
 */
export function itemShape(stage: TimelineStage, event: boolean, m: ItemPlace, grow = 0): Shape {
  const cy = rowCentre(stage, m.lane, m.row);
  if (m.span) {
    const x0 = Math.max(m.x0, -10) - grow;
    const x1 = Math.min(m.x1, stage.plotW + 10) + grow;
    return event
      ? { kind: 'rect', x0, y0: cy - 4 - grow, x1, y1: cy + 4 + grow }
      : { kind: 'pill', x0, cy, x1, h: 8 + 2 * grow };
  }
  return event
    ? { kind: 'diamond', cx: m.x0, cy, r: MARK_RADIUS + 1 + grow }
    : { kind: 'circle', cx: m.x0, cy, r: MARK_RADIUS + grow };
}

/** A cluster's pill: wide enough for its count, and kept inside the plot at either edge. */
export function clusterShape(stage: TimelineStage, c: ClusterMark): Shape & { kind: 'pill' } {
  const label = 10 + textWidth(String(c.indices.length), LABEL_FONTS.count);
  const w = Math.max(c.x1 - c.x0, label);
  const x0 = Math.max(1, Math.min(c.x0, stage.plotW - w - 1));
  return { kind: 'pill', x0, cy: laneCentre(stage, c.lane), x1: x0 + w, h: CLUSTER_H };
}

/** The width the timeline lays itself out at for a container `clientWidth` px wide. */
export const stageWidth = (clientWidth: number) => Math.max(280, Math.floor(clientWidth));
