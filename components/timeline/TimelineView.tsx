'use client';

import { bindTimeline, timelineStateOf } from '@/store/bind-timeline';
import { useEffect, useMemo, useRef, type CSSProperties } from 'react';
import { saveBlob } from '@/components/export/save-blob';
import { formatDateValue } from '@/lib/dates/fuzzy-date';
import type { CompiledDataset } from '@/lib/dataset/types';
import { datasetLookup } from '@/lib/dataset/lookup';
import { buildFilterIndex, filterTimeline, isFiltering, type Filters } from '@/lib/explore/filters';
import type { TimelineFacts } from '@/lib/timeline/describe';
import { stageHeight, timelineAxis, timelineModel } from '@/lib/timeline/model';
import { useExplorerStoreApi } from '@/store/provider';
import { createTimeline } from './create-timeline';
import './timeline.css';

/**
 * The timeline of statements and events: the d3 renderer bound to the explorer's store. It
 * draws the filtered items, the "as of" cursor, the selection, and rings the items that
 * mention the selected region. The selected item's full text is in the shared detail panel.
 */
export default function TimelineView({ dataset }: { dataset: CompiledDataset }) {
  const ref = useRef<HTMLDivElement>(null);
  const store = useExplorerStoreApi();
  const facts: TimelineFacts = useMemo(
    () => ({
      statements: dataset.statements,
      events: dataset.events,
      people: dataset.conflict.people,
      parties: dataset.conflict.parties,
      sources: dataset.sources,
    }),
    [dataset],
  );

  // Until the timeline is drawn (it is drawn in the browser), the server-rendered page keeps its
  // room: the drawn height in either lane mode, so the map and panels below do not jump.
  const reserve = useMemo(
    () =>
      ({
        '--tl-stage-wide': `${stageHeight(timelineModel(dataset.timeline, facts, 'speaker'))}px`,
        '--tl-stage-narrow': `${stageHeight(timelineModel(dataset.timeline, facts, 'party'))}px`,
      }) as CSSProperties,
    [dataset, facts],
  );

  const axis = useMemo(
    () => timelineAxis(timelineModel(dataset.timeline, facts, 'speaker')),
    [dataset, facts],
  );

  useEffect(() => {
    const container = ref.current;
    if (!container) return;
    const index = buildFilterIndex(dataset);
    const itemsByRegion = datasetLookup(dataset).itemsByRegion;
    const visible = (f: Filters) => {
      if (!isFiltering(f)) return dataset.timeline;
      const keep = new Set(filterTimeline(dataset.timeline, f, index));
      return dataset.timeline.filter((t) => keep.has(t.id));
    };
    const mentioning = (regionId: string | null) =>
      new Set(regionId ? (itemsByRegion.get(regionId) ?? []) : []);
    const s = store.getState();
    const timeline = createTimeline(container, {
      items: visible(s.filters),
      facts,
      // A link whose filter matches nothing still shows the data's years on the axis.
      ...(axis ? { emptyAxis: axis } : {}),
      state: timelineStateOf(s, mentioning),
      onSelect: (id) => store.getState().selectItem(id),
      onHover: (id) => store.getState().hoverItem(id),
      onClear: () => store.getState().clearSelection(),
      // The timeline as it is on screen, with a title, its legend and where it comes from.
      onDownload: () => {
        const { date } = store.getState();
        const [d0, d1] = timeline.domain().map((ms) => new Date(ms).toISOString().slice(0, 10)) as [
          string,
          string,
        ];
        const svg = timeline.toSVG({
          title: `${dataset.conflict.title}: statements and events, ${formatDateValue(d0)} – ${formatDateValue(d1)}`,
          credit: `Faultline. Every statement and event is tied to its source (the Data page lists them).${date ? ` Cursor: as of ${formatDateValue(date)}.` : ''}`,
        });
        saveBlob(
          new Blob([svg], { type: 'image/svg+xml' }),
          `faultline-timeline-${d0}-to-${d1}.svg`,
        );
      },
    });
    const unsubscribe = bindTimeline(store, timeline, { visible, mentioning });
    container.parentElement?.setAttribute('data-drawn', 'true');
    return () => {
      unsubscribe();
      timeline.destroy();
    };
  }, [dataset, facts, store, axis]);

  return (
    <div className="timeline-view" style={reserve}>
      <div ref={ref} />
    </div>
  );
}
