'use client';

import { useEffect, useMemo, type KeyboardEvent } from 'react';
import { useDataset } from '@/components/explorer/dataset-context';
import { DAY_MS, dayStart, formatAge, formatDateValue, toDayString } from '@/lib/dates/fuzzy-date';
import { dayBoundsOf } from '@/lib/dataset/days';
import {
  changeDays,
  gapAhead,
  nextChangeDay,
  previousChangeDay,
  shiftDay,
} from '@/lib/explore/change-days';
import { bindPlayback } from '@/store/playback';
import { useExplorer, useExplorerStoreApi } from '@/store/provider';
import { selectDate, selectPlaying, selectSpeed } from '@/store/selectors';

const SPEEDS = [0.5, 1, 2, 4, 8];

function prefersReducedMotion(): boolean {
  return (
    typeof window !== 'undefined' && window.matchMedia('(prefers-reduced-motion: reduce)').matches
  );
}

/**
 * The "as of" date: a labelled slider (arrows step a day, Shift+arrows a month, PageUp/PageDown
 * jump to the previous/next day something changed, Home/End to the ends) and play/pause,
 * which steps through the change days at the chosen speed.
 */
export default function DateScrubber() {
  const { dataset } = useDataset();
  const store = useExplorerStoreApi();
  const date = useExplorer(selectDate);
  const playing = useExplorer(selectPlaying);
  const speed = useExplorer(selectSpeed);
  const setDate = useExplorer((s) => s.setDate);
  const days = useMemo(() => changeDays(dataset), [dataset]);
  const [first, last] = dayBoundsOf(dataset);
  const total = Math.round((dayStart(last) - dayStart(first)) / DAY_MS);
  const value = Math.round((dayStart(date) - dayStart(first)) / DAY_MS);
  // A long stretch with nothing new ahead is said, not leapt over in silence.
  const gapDays = dataset.conflict.staleAfterDays;
  const gap = gapAhead(days, date, gapDays);

  // Playback is a store service (store/playback.ts); this view only starts and stops it.
  useEffect(
    () =>
      bindPlayback(store, {
        days,
        gapDays,
        timer: { set: (fn, ms) => window.setTimeout(fn, ms), clear: (h) => window.clearTimeout(h) },
        reducedMotion: prefersReducedMotion,
      }),
    [store, days, gapDays],
  );

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    let target: string | null = null;
    if (e.key === 'PageUp') target = previousChangeDay(days, date);
    else if (e.key === 'PageDown') target = nextChangeDay(days, date);
    else if (e.shiftKey && (e.key === 'ArrowRight' || e.key === 'ArrowUp'))
      target = shiftDay(date, 1, 'month');
    else if (e.shiftKey && (e.key === 'ArrowLeft' || e.key === 'ArrowDown'))
      target = shiftDay(date, -1, 'month');
    else return;
    e.preventDefault();
    if (target) setDate(target);
  };

  const togglePlay = () => {
    const s = store.getState();
    if (s.playback.playing) s.pause();
    else {
      // Playing from the end starts again from the first change.
      if (!nextChangeDay(days, s.date) && days[0]) s.setDate(days[0]);
      s.play();
    }
  };

  return (
    <div className="scrubber needs-js">
      <button type="button" className="button" onClick={togglePlay} aria-pressed={playing}>
        {playing ? 'Pause' : 'Play'}
      </button>
      <label className="speed">
        <span>Speed</span>
        <select value={speed} onChange={(e) => store.getState().setSpeed(Number(e.target.value))}>
          {SPEEDS.map((s) => (
            <option key={s} value={s}>
              {s} step{s === 1 ? '' : 's'}/s
            </option>
          ))}
        </select>
      </label>
      <label className="scrubber-slider">
        <span className="visually-hidden">As of date</span>
        <input
          type="range"
          min={0}
          max={total}
          step={1}
          value={Math.min(total, Math.max(0, value))}
          aria-valuetext={formatDateValue(date, { longMonth: true })}
          aria-describedby="scrubber-help"
          onChange={(e) => setDate(toDayString(dayStart(first) + Number(e.target.value) * DAY_MS))}
          onKeyDown={onKeyDown}
        />
      </label>
      <output className="scrubber-date" aria-hidden="true">
        {formatDateValue(date)}
      </output>
      <p className="scrubber-gap" role="status" aria-live="polite" data-testid="scrubber-gap">
        {gap
          ? `Nothing new in this dataset until ${formatDateValue(gap.next, { longMonth: true })} (${formatAge(gap.days)} later): no new figure, statement or event in between.`
          : ''}
      </p>
      <p id="scrubber-help" className="visually-hidden">
        Arrow keys move a day, Shift and arrow keys a month, Page Up and Page Down jump to the
        previous or next date where something changed.
      </p>
    </div>
  );
}
