'use client';

import { useEffect, useMemo } from 'react';
import { useDataset } from '@/components/explorer/dataset-context';
import { toDayString } from '@/lib/dates/fuzzy-date';
import { dayBoundsOf } from '@/lib/dataset/days';
import type { UrlContext } from '@/lib/url/state';
import { controlPartiesOf } from '@/lib/map/map-state';
import { useExplorerStoreApi } from '@/store/provider';
import { bindUrl, windowHistory } from '@/store/url-sync';

/**
 * The explorer's URL binding (store/url-sync.ts) with what the dataset allows in a link: which
 * items, regions, places, speakers and parties exist, and the dates in range.
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

  useEffect(
    () =>
      bindUrl(store, {
        ctx,
        defaultDate,
        mapParty: dataset.conflict.mapParty,
        itemDay: (id) => {
          const start = lookup.items.get(id)?.span.start;
          return start != null ? toDayString(start) : undefined;
        },
        history: windowHistory,
      }),
    [ctx, store, lookup, defaultDate, dataset],
  );

  return null;
}
