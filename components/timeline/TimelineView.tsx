'use client';

import { useEffect, useMemo, useRef } from 'react';
import type { CompiledDataset } from '@/lib/dataset/types';
import { timelineDescriber, type TimelineFacts } from '@/lib/timeline/describe';
import { useExplorer, useExplorerStoreApi } from '@/store/provider';
import { createTimeline } from './create-timeline';
import TimelineDetail from './TimelineDetail';
import './timeline.css';

/** The timeline of statements and events: the d3 renderer bound to the explorer's store. */
export default function TimelineView({ dataset }: { dataset: CompiledDataset }) {
  const ref = useRef<HTMLDivElement>(null);
  const store = useExplorerStoreApi();
  const facts: TimelineFacts = useMemo(
    () => ({ statements: dataset.statements, events: dataset.events, people: dataset.conflict.people, parties: dataset.conflict.parties, sources: dataset.sources }),
    [dataset],
  );
  const describe = useMemo(() => timelineDescriber(facts), [facts]);
  const selectedId = useExplorer((s) => s.selectedItemId);
  const selected = selectedId ? dataset.timeline.find((t) => t.id === selectedId) : undefined;

  useEffect(() => {
    const container = ref.current;
    if (!container) return;
    const s = store.getState();
    const timeline = createTimeline(container, {
      items: dataset.timeline,
      facts,
      state: { date: s.date, selectedId: s.selectedItemId, hoveredId: s.hoveredItemId },
      onSelect: (id) => store.getState().selectItem(id),
      onHover: (id) => store.getState().hoverItem(id),
      onClear: () => store.getState().clearSelection(),
    });
    const unsubscribe = store.subscribe((next, prev) => {
      if (next.date !== prev.date || next.selectedItemId !== prev.selectedItemId || next.hoveredItemId !== prev.hoveredItemId) {
        timeline.update({ date: next.date, selectedId: next.selectedItemId, hoveredId: next.hoveredItemId });
      }
    });
    return () => {
      unsubscribe();
      timeline.destroy();
    };
  }, [dataset, facts, store]);

  return (
    <div className="timeline-view">
      <div ref={ref} />
      <TimelineDetail description={selected ? describe(selected) : null} />
    </div>
  );
}
