'use client';

import { useEffect, useState } from 'react';
import { useDataset } from '@/components/explorer/dataset-context';
import { dayStart, formatDateValue, formatFuzzyDate } from '@/lib/dates/fuzzy-date';
import { captionAt } from '@/lib/explore/caption';
import { useExplorerStoreApi } from '@/store/provider';

/**
 * A polite live region that tells screen-reader users the date and the selected fact when
 * they change. Date changes wait until scrubbing pauses, so a drag is one announcement.
 */
export default function Announcer() {
  const { dataset, lookup } = useDataset();
  const store = useExplorerStoreApi();
  const [message, setMessage] = useState('');

  useEffect(() => {
    let timer: number | undefined;
    const unsubscribe = store.subscribe((state, prev) => {
      if (state.selectedItemId !== prev.selectedItemId && state.selectedItemId) {
        const item = lookup.items.get(state.selectedItemId);
        if (item) {
          window.clearTimeout(timer);
          const who =
            item.type === 'statement'
              ? `${lookup.people.get(item.lane)?.name ?? item.lane}, `
              : 'Event, ';
          setMessage(`Selected: ${who}${formatFuzzyDate(item.date)}: ${item.label}`);
          return;
        }
      }
      if (state.date !== prev.date) {
        window.clearTimeout(timer);
        timer = window.setTimeout(() => {
          // Play narrates: the date, then what happened on or just before it.
          const c = captionAt(
            dataset.timeline,
            dayStart(state.date),
            (id) => lookup.people.get(id)?.name ?? id,
          );
          setMessage(
            `As of ${formatDateValue(state.date, { longMonth: true })}.${c ? ` Latest (${c.gap}): ${c.when}, ${c.what}` : ''}`,
          );
        }, 600);
      }
    });
    return () => {
      unsubscribe();
      window.clearTimeout(timer);
    };
  }, [store, lookup, dataset.timeline]);

  return (
    <div className="visually-hidden" role="status" aria-live="polite" data-testid="announcer">
      {message}
    </div>
  );
}
