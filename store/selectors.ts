import type { ShareableState } from '@/lib/url/state';
import type { ExplorerStore } from './explorer-store';

// Named selectors: views subscribe to exactly what they draw, so a date change re-renders only
// what depends on the date.
export const selectDate = (s: ExplorerStore) => s.date;
export const selectSelectedItemId = (s: ExplorerStore) => s.selectedItemId;
export const selectSelectedRegionId = (s: ExplorerStore) => s.selectedRegionId;
export const selectHoveredItemId = (s: ExplorerStore) => s.hoveredItemId;
export const selectHoveredRegionId = (s: ExplorerStore) => s.hoveredRegionId;
export const selectFilters = (s: ExplorerStore) => s.filters;
export const selectCompareDate = (s: ExplorerStore) => s.compareDate;
export const selectPlaying = (s: ExplorerStore) => s.playback.playing;
export const selectSpeed = (s: ExplorerStore) => s.playback.speed;
export const selectTab = (s: ExplorerStore) => s.tab;

/** The part of the state a link carries (use with useShallow). */
export const selectShareable = (s: ExplorerStore): ShareableState => ({
  date: s.date,
  selectedItemId: s.selectedItemId,
  selectedRegionId: s.selectedRegionId,
  selectedPlaceId: s.selectedPlaceId,
  compareDate: s.compareDate,
  filters: s.filters,
  mapParty: s.mapParty,
  includeClaims: s.includeClaims,
  tab: s.tab,
});

export const selectSelectedPlaceId = (s: ExplorerStore) => s.selectedPlaceId;

/** The region to light up on the map: hovered first, then selected. */
export const selectFocusRegionId = (s: ExplorerStore) => s.hoveredRegionId ?? s.selectedRegionId;
