'use client';

import type { CompiledDataset } from '@/lib/dataset/types';
import { formatDateValue, toDayString } from '@/lib/dates/fuzzy-date';
import { ExplorerProvider, useExplorer } from '@/store/provider';
import TimelineView from '@/components/timeline/TimelineView';
import MapView from '@/components/map/MapView';

function AsOf() {
  const date = useExplorer((s) => s.date);
  return (
    <p className="as-of">
      As of <time dateTime={date}>{formatDateValue(date, { longMonth: true })}</time>
    </p>
  );
}

/** The linked explorer: one store, the timeline and the map. */
export default function Explorer({ dataset, initialDate }: { dataset: CompiledDataset; initialDate: string }) {
  const itemDays: Record<string, string | undefined> = {};
  for (const t of dataset.timeline) itemDays[t.id] = t.span.start !== null ? toDayString(t.span.start) : undefined;
  const bounds: [string, string] = [toDayString(dataset.extent.start), toDayString(dataset.extent.end - 86_400_000)];
  return (
    <ExplorerProvider initial={{ date: initialDate }} itemDays={itemDays} bounds={bounds}>
      <AsOf />
      <div className="explorer">
        <section aria-label="Timeline of statements and events" className="explorer-timeline">
          <TimelineView dataset={dataset} />
        </section>
        <section aria-label="Map of territorial control" className="explorer-map">
          <MapView dataset={dataset} />
        </section>
      </div>
    </ExplorerProvider>
  );
}
