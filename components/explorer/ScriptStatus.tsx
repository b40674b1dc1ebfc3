'use client';

import { useEffect, useState } from 'react';
import { formatDateValue } from '@/lib/dates/fuzzy-date';

/**
 * Said from the server-rendered page until the explorer's scripts run: the page is still
 * loading and, meanwhile, shows `date` (a link may ask for another). If the scripts have not
 * run after a while, CSS swaps in a note that they did not load (no script is needed to say
 * that scripts failed). Gone once the explorer starts; without JavaScript at all the
 * <noscript> note speaks instead.
 */
export default function ScriptStatus({ date, dataHref }: { date: string; dataHref: string }) {
  const [started, setStarted] = useState(false);
  // eslint-disable-next-line react-hooks/set-state-in-effect
  useEffect(() => setStarted(true), []);
  if (started) return null;
  const day = formatDateValue(date, { longMonth: true });
  return (
    <p className="script-status" data-testid="script-status">
      <span className="script-loading">
        Loading the explorer… Until it starts, the map shows {day} and the controls do not respond.
      </span>{' '}
      <span className="script-failed">
        The explorer’s scripts did not load (or are very slow), so the timeline and controls do not
        work; the map shows {day}. Reload the page to try again, or read every statement and event
        on the <a href={dataHref}>Data page</a>.
      </span>
    </p>
  );
}
