import { DAY_MS, formatDateValue, toDayString } from '../dates/fuzzy-date';
import type { ItemDescription } from './describe';
import type { TimelineItem } from '../dataset/types';
import type { ClusterMark } from './marks';
import { clusterShape, type TimelineStage } from './stage';

/** One entry of a cluster's list: enough to tell the items apart and pick one. */
export interface ClusterListEntry {
  id: string;
  heading: string;
  date: string;
  text: string;
  verbatim: boolean;
  selected: boolean;
}

/** The list a cluster opens when zooming cannot take it apart, and where it points. */
export interface ClusterListView {
  key: string;
  px: number;
  py: number;
  /** "4 items, 20 Jan 2025" (all of one date, as precise as it was given), else a range. */
  title: string;
  entries: ClusterListEntry[];
}

/**
 * Whether zooming in could ever draw a cluster's items apart: not when they all cover the same
 * time (four quotes of one day, two events dated only "2014"), which stay one mark at any zoom.
 */
export function zoomSeparates(c: Pick<ClusterMark, 'indices'>, items: readonly TimelineItem[]) {
  const first = items[c.indices[0]!]!.span;
  return c.indices.some((i) => {
    const s = items[i]!.span;
    return s.start !== first.start || s.end !== first.end;
  });
}

/** A cluster's items as a list to choose from, in time order. */
export function clusterListView(
  c: ClusterMark,
  items: readonly TimelineItem[],
  describe: (index: number) => ItemDescription,
  stage: TimelineStage,
  selectedId: string | null,
): ClusterListView {
  const pill = clusterShape(stage, c);
  const n = c.indices.length;
  const when = zoomSeparates(c, items)
    ? `${formatDateValue(toDayString(c.start))} – ${formatDateValue(toDayString(c.end - DAY_MS))}`
    : describe(c.indices[0]!).date;
  return {
    key: c.key,
    px: (pill.x0 + pill.x1) / 2,
    py: pill.cy,
    title: `${n} items, ${when}`,
    entries: c.indices.map((i) => {
      const d = describe(i);
      return {
        id: d.id,
        heading: d.heading,
        date: d.date,
        text: d.text.length > 140 ? `${d.text.slice(0, 139)}…` : d.text,
        verbatim: d.verbatim,
        selected: d.id === selectedId,
      };
    }),
  };
}
