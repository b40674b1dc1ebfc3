import type { TimelineItem } from '../dataset/types';
import type { TimelineFacts } from './describe';
import type { ViewTransform } from './domain';
import type { TimelineAxis } from './model';
import type { TimelineState } from './overlay';
import type { ClusterListView } from './cluster-list';
import type { TooltipView } from './tooltip';

/** What the controller asks of the page: the host's callbacks and the painters' moves. */
export interface TimelinePort {
  select(id: string | null): void;
  hover(id: string | null): void;
  clear(): void;
  /** Applies a transform: `now` at once and repainted before returning; `ease` animated. */
  moveTo(t: ViewTransform, how: 'now' | 'ease'): void;
  /** Zooms by `factor` about plot x `at` (default: the middle), within the zoom limits. */
  zoomBy(factor: number, at?: number): void;
  /** Pans by `px` plot pixels, within the limits. */
  panBy(px: number): void;
  /** Repaints what follows the state: rings, cursors, the keyboard's option, pressed buttons. */
  paintState(): void;
  tooltip(tip: TooltipView | null): void;
  /** Opens the list of a cluster that zooming cannot take apart; null closes it. */
  clusterList(list: ClusterListView | null): void;
  /** The pointer is over a mark, or has left them. */
  pointerOver(on: boolean): void;
}

export interface TimelineControllerOptions {
  items: readonly TimelineItem[];
  facts: TimelineFacts;
  state: TimelineState;
  /** Below this width (px) lanes condense to one per party. */
  narrowWidth: number;
  /**
   * The axis shown while no item is dated (a filter from a link that matches nothing): the
   * span and the compressed stretches of all the data.
   */
  emptyAxis?: TimelineAxis | undefined;
}
