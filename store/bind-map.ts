import type { StoreApi } from 'zustand/vanilla';
import { dayStart } from '@/lib/dates/fuzzy-date';
import type { ExplorerStore } from './explorer-store';

/** What the binding asks of a map (components/map/control-map.ts is one). */
export interface MapPort {
  setDay(day: number): void;
  setView(view: { party?: string; includeClaims?: boolean }): void;
  setSelected(regionId: string | null): void;
  setSelectedPlace(placeId: string | null): void;
  setMentioned(regionIds: readonly string[]): void;
}

export interface MapBindingOptions {
  /** The regions a selected statement or event lights up (lib/map/mentioned.ts). */
  mentioned: (itemId: string | null) => readonly string[];
}

/**
 * Keeps a map in step with an explorer store: the "as of" date, the shaded party and claims,
 * the selected region and place, and the regions the selected item mentions. The app's React
 * wrapper and the embed both use it. Applies the store's state at once; returns the function
 * that stops listening.
 */
export function bindMap(
  store: StoreApi<ExplorerStore>,
  map: MapPort,
  { mentioned }: MapBindingOptions,
): () => void {
  const viewOf = (s: ExplorerStore) => ({
    party: s.mapParty ?? undefined,
    includeClaims: s.includeClaims,
  });
  const now = store.getState();
  map.setView(viewOf(now));
  map.setDay(dayStart(now.date));
  map.setSelected(now.selectedRegionId);
  map.setSelectedPlace(now.selectedPlaceId);
  map.setMentioned(mentioned(now.selectedItemId));
  return store.subscribe((s, prev) => {
    if (s.mapParty !== prev.mapParty || s.includeClaims !== prev.includeClaims)
      map.setView(viewOf(s));
    if (s.date !== prev.date) map.setDay(dayStart(s.date));
    if (s.selectedRegionId !== prev.selectedRegionId) map.setSelected(s.selectedRegionId);
    if (s.selectedPlaceId !== prev.selectedPlaceId) map.setSelectedPlace(s.selectedPlaceId);
    if (s.selectedItemId !== prev.selectedItemId) map.setMentioned(mentioned(s.selectedItemId));
  });
}
