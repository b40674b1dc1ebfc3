'use client';

import { useDataset } from '@/components/explorer/dataset-context';
import { formatFuzzyDate } from '@/lib/dates/fuzzy-date';
import { useExplorer } from '@/store/provider';
import { selectSelectedItemId } from '@/store/selectors';

/** The statements and events that mention a region or a place, each selectable; or `empty`. */
export default function MentionList({ ids, empty }: { ids: readonly string[]; empty: string }) {
  const { lookup } = useDataset();
  const selectedItem = useExplorer(selectSelectedItemId);
  const selectItem = useExplorer((s) => s.selectItem);
  const items = ids.map((id) => lookup.items.get(id)).filter((t) => t !== undefined);
  if (!items.length) return <p className="muted">{empty}</p>;
  return (
    <ul className="item-list">
      {items.map((t) => (
        <li key={t.id}>
          <button
            type="button"
            className="link-button"
            aria-pressed={selectedItem === t.id}
            onClick={() => selectItem(t.id)}
          >
            <span className="muted">{formatFuzzyDate(t.date)}</span>{' '}
            {t.type === 'statement' ? (lookup.people.get(t.lane)?.name ?? t.lane) + ': ' : ''}
            {t.label}
          </button>
        </li>
      ))}
    </ul>
  );
}
