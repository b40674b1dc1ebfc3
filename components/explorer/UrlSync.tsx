'use client';

import { useEffect, useMemo } from 'react';
import { useDataset } from '@/components/explorer/dataset-context';
import { toDayString } from '@/lib/dates/fuzzy-date';
import { dayBoundsOf } from '@/lib/dataset/days';
import { decodeUrlState, encodeUrlState, type UrlContext } from '@/lib/url/state';
import { controlPartiesOf } from '@/lib/map/map-state';
import { useExplorerStoreApi } from '@/store/provider';
import { selectShareable } from '@/store/selectors';

/**
 * Keeps the URL and the store in step: the URL restores the view on load; a new selection or
 * comparison adds a history entry (so back/forward walk through selections); date and filter
 * changes replace the current one. Anything invalid in the URL is ignored.
 */
export default function UrlSync({ defaultDate }: { defaultDate: string }) {
  const { dataset, lookup } = useDataset();
  const store = useExplorerStoreApi();
  const ctx = useMemo<UrlContext>(
    () => ({
      itemIds: new Set(lookup.items.keys()),
      regionIds: new Set(lookup.regions.keys()),
      speakerIds: new Set(lookup.people.keys()),
      partyIds: new Set(lookup.parties.keys()),
      topicIds: new Set(dataset.conflict.topics.map((t) => t.id)),
      placeIds: new Set([...lookup.regions.keys(), ...lookup.groups.keys()]),
      mapPartyIds: new Set(controlPartiesOf(dataset.conflict)),
      markerPlaceIds: new Set((dataset.places ?? []).map((p) => p.id)),
      bounds: dayBoundsOf(dataset),
    }),
    [dataset, lookup],
  );

  useEffect(() => {
    const restoreFromUrl = () => {
      const decoded = decodeUrlState(window.location.search, ctx);
      const item = decoded.selectedItemId ? lookup.items.get(decoded.selectedItemId) : undefined;
      // A selected item's day is the date unless the link names another one.
      const itemDay = item?.span.start != null ? toDayString(item.span.start) : undefined;
      store.getState().restore({ date: decoded.date ?? itemDay ?? defaultDate, ...decoded });
    };
    restoreFromUrl();
    let last = selectShareable(store.getState());
    const unsubscribe = store.subscribe((state) => {
      const next = selectShareable(state);
      if (
        next.date === last.date &&
        next.selectedItemId === last.selectedItemId &&
        next.selectedRegionId === last.selectedRegionId &&
        next.selectedPlaceId === last.selectedPlaceId &&
        next.compareDate === last.compareDate &&
        next.filters === last.filters &&
        next.mapParty === last.mapParty &&
        next.includeClaims === last.includeClaims
      ) {
        return;
      }
      const selectionChanged =
        next.selectedItemId !== last.selectedItemId ||
        next.selectedRegionId !== last.selectedRegionId ||
        next.selectedPlaceId !== last.selectedPlaceId ||
        next.compareDate !== last.compareDate;
      last = next;
      const url = `${window.location.pathname}${encodeUrlState(next, { date: defaultDate, mapParty: dataset.conflict.mapParty })}${window.location.hash}`;
      if (url === `${window.location.pathname}${window.location.search}${window.location.hash}`)
        return;
      if (selectionChanged && !state.playback.playing) window.history.pushState(null, '', url);
      else window.history.replaceState(null, '', url);
    });
    const onPop = () => {
      restoreFromUrl();
      last = selectShareable(store.getState());
    };
    window.addEventListener('popstate', onPop);
    return () => {
      unsubscribe();
      window.removeEventListener('popstate', onPop);
    };
  }, [ctx, store, lookup, defaultDate, dataset]);

  return null;
}
