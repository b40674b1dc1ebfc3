'use client';

import { useDataset } from '@/components/explorer/dataset-context';
import { formatFuzzyDate } from '@/lib/dates/fuzzy-date';
import { useExplorer } from '@/store/provider';
import FirstOf from './FirstOf';
import { selectSelectedItemId } from '@/store/selectors';

/**
 * The statements and events that mention a region or a place, each selectable, the first 12
 * shown and the rest behind "Show all"; or `empty`.
 */
export default function MentionList({
  ids,
  empty,
  resetKey,
}: {
  ids: readonly string[];
  empty: string;
  resetKey: string;
}) {
  const { lookup } = useDataset();
  const selectedItem = useExplorer(selectSelectedItemId);
  const selectItem = useExplorer((s) => s.selectItem);
  const items = ids.map((id) => lookup.items.get(id)).filter((t) => t !== undefined);
  if (!items.length) return <p className="muted">{empty}</p>;
  return (
    <FirstOf
      items={items}
      limit={12}
      what="statements and events"
      resetKey={resetKey}
      className="item-list"
      keyOf={(t) => t.id}
      render={(t) => (
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
      )}
    />
  );
}
