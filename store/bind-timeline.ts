import type { StoreApi } from 'zustand/vanilla';
import type { TimelineItem } from '@/lib/dataset/types';
import type { Filters } from '@/lib/explore/filters';
import type { TimelineState } from '@/lib/timeline/overlay';
import type { ExplorerStore } from './explorer-store';

/** What the binding asks of a timeline (components/timeline/create-timeline.ts is one). */
export interface TimelinePort {
  update(state: Partial<TimelineState>): void;
  setItems(items: readonly TimelineItem[]): void;
}

export interface TimelineBindingOptions {
  /** The items the filters keep; without it, filters do not apply (an embed has none). */
  visible?: (filters: Filters) => readonly TimelineItem[];
  /** The items to ring while a region is selected (those that mention it). */
  mentioning?: (regionId: string | null) => ReadonlySet<string>;
}

/** The timeline's linked state as of the store's. */
export function timelineStateOf(
  s: ExplorerStore,
  mentioning?: TimelineBindingOptions['mentioning'],
): Omit<TimelineState, 'pins'> {
  return {
    date: s.date,
    selectedId: s.selectedItemId,
    hoveredId: s.hoveredItemId,
    compareDate: s.compareDate,
    ...(mentioning ? { highlightedIds: mentioning(s.selectedRegionId) } : {}),
  };
}

/**
 * Keeps a timeline in step with an explorer store: the items the filters keep, the "as of"
 * and compared days, the selected and hovered items, and the items the selected region rings.
 * The app's React wrapper and the embed both use it. The timeline is made with
 * `timelineStateOf(store.getState())`; this returns the function that stops listening.
 */
export function bindTimeline(
  store: StoreApi<ExplorerStore>,
  timeline: TimelinePort,
  { visible, mentioning }: TimelineBindingOptions = {},
): () => void {
  return store.subscribe((next, prev) => {
    if (visible && next.filters !== prev.filters) timeline.setItems(visible(next.filters));
    const regionChanged = next.selectedRegionId !== prev.selectedRegionId;
    if (
      next.date !== prev.date ||
      next.selectedItemId !== prev.selectedItemId ||
      next.hoveredItemId !== prev.hoveredItemId ||
      next.compareDate !== prev.compareDate ||
      (mentioning && regionChanged)
    ) {
      const state = timelineStateOf(next, regionChanged ? mentioning : undefined);
      timeline.update(state);
    }
  });
}
