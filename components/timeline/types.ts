import type { TimelineItem } from '@/lib/dataset/types';
import type { TimelineState } from '@/lib/timeline/controller';
import type { TimelineFacts } from '@/lib/timeline/describe';
import type { TimelineAxis } from '@/lib/timeline/model';

export type { TimelineState };

export interface TimelineOptions {
  items: readonly TimelineItem[];
  facts: TimelineFacts;
  state: TimelineState;
  /** Accessible name of the timeline. */
  label?: string;
  onSelect?: (id: string | null) => void;
  onHover?: (id: string | null) => void;
  onClear?: () => void;
  /** Below this width (px) lanes condense to one per party and labels shorten. */
  narrowWidth?: number;
  /** Overrides the prefers-reduced-motion media query (tests). */
  reducedMotion?: boolean;
  /** When given, the toolbar offers "Download SVG", which calls this (e.g. with `toSVG`). */
  onDownload?: () => void;
  /** Called after every render with the number of marks drawn and the time it took (benchmarks). */
  onRender?: (marks: number, ms: number) => void;
  /**
   * The axis (span in UTC ms and compressed stretches) shown when no item is dated, e.g. when
   * a filter from a link matches nothing; later empty results keep the axis last shown instead.
   */
  emptyAxis?: TimelineAxis;
}

export interface TimelineHandle {
  update: (state: Partial<TimelineState>) => void;
  /** Replaces the items drawn (e.g. after filtering), keeping the zoom. */
  setItems: (items: readonly TimelineItem[]) => void;
  /** Zooms to show every dated item. */
  fit: () => void;
  /** The visible time domain [start, end] in UTC ms. */
  domain: () => [number, number];
  /** The marks drawn now, in viewport (client) pixels: for tests and scripts driving the page. */
  drawnMarks: () => DrawnMark[];
  /**
   * The view as a standalone SVG document (marks as paths): snapshots, print and export. With
   * a frame, a title above and the legend and a credit line below make it a picture that
   * explains itself.
   */
  toSVG: (frame?: SVGFrame) => string;
  destroy: () => void;
}

/** A mark on screen, in viewport pixels. `ids` holds one id for an item, several for a cluster. */
export interface DrawnMark {
  kind: 'item' | 'cluster';
  ids: string[];
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Words around an exported picture of the timeline. */
export interface SVGFrame {
  title?: string;
  /** A line under the legend: where the facts come from, the date shown. */
  credit?: string;
}

/** The property of the timeline's root element (`.tl`) that holds its handle. */
export const TIMELINE_HANDLE = 'faultlineTimeline';
