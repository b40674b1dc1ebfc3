'use client';

import { useEffect, useState } from 'react';
import { useDataset } from '@/components/explorer/dataset-context';
import { formatDateValue, formatFuzzyDate } from '@/lib/dates/fuzzy-date';
import { useExplorer } from '@/store/provider';
import { selectDate, selectSelectedItemId } from '@/store/selectors';

/**
 * A polite live region that tells screen-reader users the date and the selected fact when
 * they change. Date changes wait until scrubbing pauses, so a drag is one announcement.
 */
export default function Announcer() {
  const { lookup } = useDataset();
  const date = useExplorer(selectDate);
  const itemId = useExplorer(selectSelectedItemId);
  const [message, setMessage] = useState('');

  useEffect(() => {
    const t = window.setTimeout(() => setMessage(`As of ${formatDateValue(date, { longMonth: true })}.`), 600);
    return () => window.clearTimeout(t);
  }, [date]);

  useEffect(() => {
    if (!itemId) return;
    const item = lookup.items.get(itemId);
    if (!item) return;
    const who = item.type === 'statement' ? `${lookup.people.get(item.lane)?.name ?? item.lane}, ` : 'Event, ';
    setMessage(`Selected: ${who}${formatFuzzyDate(item.date)}: ${item.label}`);
  }, [itemId, lookup]);

  return (
    <div className="visually-hidden" role="status" aria-live="polite" data-testid="announcer">
      {message}
    </div>
  );
}
