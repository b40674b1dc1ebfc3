'use client';

import { controlMapAt } from '@/lib/control/control-at';
import type { CompiledDataset } from '@/lib/dataset/types';
import { dayStart } from '@/lib/dates/fuzzy-date';
import { useExplorer } from '@/store/provider';

/** The control map (interim: the region figures as of the date, as a list). */
export default function MapView({ dataset }: { dataset: CompiledDataset }) {
  const date = useExplorer((s) => s.date);
  const control = controlMapAt(dataset, dayStart(date));
  return (
    <ul className="compact-list">
      {dataset.regions.map((r) => {
        const c = control[r.id];
        return (
          <li key={r.id}>
            {r.nameEn}: {c?.status === 'figure' ? c.entry.observation.measure.kind : 'no data'}
          </li>
        );
      })}
    </ul>
  );
}
