'use client';

import { useEffect, useMemo, useRef, type ReactNode } from 'react';
import type { CompiledDataset } from '@/lib/dataset/types';
import { dayBoundsOf } from '@/lib/dataset/days';
import DateCaption from '@/components/controls/DateCaption';
import PlacePanel from '@/components/panels/PlacePanel';
import { formatDateValue, toDayString } from '@/lib/dates/fuzzy-date';
import { buildFilterIndex, filterTimeline, isFiltering } from '@/lib/explore/filters';
import { ExplorerProvider, useExplorer } from '@/store/provider';
import { selectDate, selectFilters, selectTab } from '@/store/selectors';
import type { ExplorerTab } from '@/store/explorer-store';
import ControlCharts from '@/components/panels/ControlCharts';
import TimelineView from '@/components/timeline/TimelineView';
import MapView from '@/components/map/MapView';
import DateScrubber from '@/components/controls/DateScrubber';
import FilterBar from '@/components/controls/FilterBar';
import FactDetail from '@/components/panels/FactDetail';
import RegionPanel from '@/components/panels/RegionPanel';
import DetailArea from './DetailArea';
import ComparePanel from '@/components/panels/ComparePanel';
import StoryBuilder from '@/components/story/StoryBuilder';
import ShareBar from '@/components/share/ShareBar';
import { DatasetProvider, useDataset } from './dataset-context';
import UrlSync from './UrlSync';
import Announcer from './Announcer';
import ScriptStatus from './ScriptStatus';

function AsOf() {
  const date = useExplorer(selectDate);
  return (
    <p className="as-of">
      As of <time dateTime={date}>{formatDateValue(date, { longMonth: true })}</time>
    </p>
  );
}

function Filters() {
  const { dataset } = useDataset();
  const filters = useExplorer(selectFilters);
  const index = useMemo(() => buildFilterIndex(dataset), [dataset]);
  const shown = useMemo(
    () => filterTimeline(dataset.timeline, filters, index).length,
    [dataset, filters, index],
  );
  const resetFilters = useExplorer((s) => s.resetFilters);
  const none = shown === 0 && isFiltering(filters);
  return (
    <>
      <FilterBar shown={shown} total={dataset.timeline.length} />
      {/* A live region that is always there, so screen readers hear the message appear. */}
      <div role="status" aria-live="polite" className="no-match-region">
        {none && (
          <p className="no-match" data-testid="no-match">
            No statement or event matches these filters.{' '}
            <button type="button" className="button" onClick={resetFilters}>
              Clear filters
            </button>
          </p>
        )}
      </div>
    </>
  );
}

const TABS: { id: ExplorerTab; label: string }[] = [
  { id: 'map', label: 'Map' },
  { id: 'chart', label: 'Chart' },
];

/**
 * The map's place, as tabs (OWID Grapher's Map / Chart): the map, or control over time as
 * small charts. The map stays mounted while hidden, so coming back to it is instant.
 */
function MapOrChart({ map }: { map: ReactNode }) {
  const tab = useExplorer(selectTab);
  const setTab = useExplorer((s) => s.setTab);
  const refs = useRef<Record<string, HTMLButtonElement | null>>({});
  const choose = (next: ExplorerTab, focus = false) => {
    setTab(next);
    if (focus) refs.current[next]?.focus();
  };
  useEffect(() => {
    // The map kept its size while hidden; a window resized meanwhile is caught up with here.
    if (tab === 'map') window.dispatchEvent(new Event('resize'));
  }, [tab]);
  return (
    <>
      <div role="tablist" aria-label="Show control as" className="view-tabs">
        {TABS.map((t, i) => (
          <button
            key={t.id}
            ref={(el) => {
              refs.current[t.id] = el;
            }}
            type="button"
            role="tab"
            id={`view-tab-${t.id}`}
            aria-controls={`view-panel-${t.id}`}
            aria-selected={tab === t.id}
            tabIndex={tab === t.id ? 0 : -1}
            onClick={() => choose(t.id)}
            onKeyDown={(e) => {
              const step = e.key === 'ArrowRight' ? 1 : e.key === 'ArrowLeft' ? -1 : 0;
              const to =
                e.key === 'Home' ? 0 : e.key === 'End' ? TABS.length - 1 : step ? i + step : -1;
              if (to < 0 && !step) return;
              e.preventDefault();
              choose(TABS[(to + TABS.length) % TABS.length]!.id, true);
            }}
          >
            {t.label}
          </button>
        ))}
      </div>
      {TABS.map((t) => (
        <div
          key={t.id}
          role="tabpanel"
          id={`view-panel-${t.id}`}
          aria-labelledby={`view-tab-${t.id}`}
          hidden={tab !== t.id}
        >
          {t.id === 'map' ? map : tab === 'chart' ? <ControlCharts /> : null}
        </div>
      ))}
    </>
  );
}

/** The linked explorer: one store, the timeline, the map and the panels that answer to it. */
export default function Explorer({
  dataset,
  initialDate,
  mapFirstPaint,
  pictureDays,
}: {
  dataset: CompiledDataset;
  initialDate: string;
  /** The days the map's built picture changes on (the embed code's fallback image). */
  pictureDays?: readonly string[];
  /** The server-rendered map shown until the live map has drawn. */
  mapFirstPaint?: ReactNode;
}) {
  const { itemDays, bounds } = useMemo(() => {
    const days: Record<string, string | undefined> = {};
    for (const t of dataset.timeline)
      days[t.id] = t.span.start !== null ? toDayString(t.span.start) : undefined;
    return { itemDays: days, bounds: dayBoundsOf(dataset) };
  }, [dataset]);
  return (
    <DatasetProvider dataset={dataset} pictureDays={pictureDays}>
      <ExplorerProvider initial={{ date: initialDate }} itemDays={itemDays} bounds={bounds}>
        <UrlSync defaultDate={initialDate} />
        <Announcer />
        <ScriptStatus date={initialDate} dataHref={`/${dataset.id}/data`} />
        <div className="explorer-bar">
          <AsOf />
          <DateScrubber />
          <ShareBar defaultDate={initialDate} />
        </div>
        <DateCaption />
        <Filters />
        <div className="explorer">
          <section aria-label="Timeline of statements and events" className="explorer-timeline">
            <TimelineView dataset={dataset} />
          </section>
          <section aria-label="Map of territorial control" className="explorer-map">
            <MapOrChart map={<MapView dataset={dataset} firstPaint={mapFirstPaint} />} />
          </section>
          <DetailArea>
            <FactDetail />
            <PlacePanel />
            <RegionPanel />
          </DetailArea>
        </div>
        <div className="explorer-panels">
          <ComparePanel />
        </div>
        <StoryBuilder />
      </ExplorerProvider>
    </DatasetProvider>
  );
}
