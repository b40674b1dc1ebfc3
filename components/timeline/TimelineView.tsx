'use client';

import type { CompiledDataset } from '@/lib/dataset/types';
import { formatFuzzyDate } from '@/lib/dates/fuzzy-date';
import { useExplorer } from '@/store/provider';

/** The timeline of statements and events (interim: a compact, selectable list). */
export default function TimelineView({ dataset }: { dataset: CompiledDataset }) {
  const selectItem = useExplorer((s) => s.selectItem);
  const selected = useExplorer((s) => s.selectedItemId);
  return (
    <ol className="compact-list">
      {dataset.timeline.map((t) => (
        <li key={t.id}>
          <button type="button" aria-pressed={selected === t.id} onClick={() => selectItem(t.id)}>
            <span className="muted">{formatFuzzyDate(t.date)}</span> {t.label}
          </button>
        </li>
      ))}
    </ol>
  );
}
