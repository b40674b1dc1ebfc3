'use client';

import { useMemo } from 'react';
import { useDataset } from '@/components/explorer/dataset-context';
import { dayStart } from '@/lib/dates/fuzzy-date';
import { captionAt } from '@/lib/explore/caption';
import { selectDate } from '@/store/selectors';
import { useExplorer } from '@/store/provider';

/**
 * Beside the scrubber: what happened on or just before the date, in words, so the story reads
 * without hovering. Clicking it selects that statement or event. (The Announcer says the same
 * to screen readers when the date settles, so this is not a live region itself.)
 */
export default function DateCaption() {
  const { dataset, lookup } = useDataset();
  const date = useExplorer(selectDate);
  const selectItem = useExplorer((s) => s.selectItem);
  const caption = useMemo(
    () => captionAt(dataset.timeline, dayStart(date), (id) => lookup.people.get(id)?.name ?? id),
    [dataset, lookup, date],
  );
  if (!caption)
    return <p className="date-caption muted">Nothing in this dataset before this date.</p>;
  return (
    <p className="date-caption" data-testid="date-caption" data-item={caption.itemId}>
      <span className="muted">
        Latest ({caption.gap}): {caption.when} —{' '}
      </span>
      <button type="button" className="link-button" onClick={() => selectItem(caption.itemId)}>
        {caption.what}
      </button>
    </p>
  );
}
