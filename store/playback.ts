import type { StoreApi } from 'zustand/vanilla';
import { gapAhead, nextChangeDay } from '@/lib/explore/change-days';
import type { ExplorerStore } from './explorer-store';

/** The clock playback runs on: the browser's timers, or a test's. */
export interface Timer {
  set(fn: () => void, ms: number): number;
  clear(handle: number): void;
}

export interface PlaybackOptions {
  /** The days something changed, ascending ("YYYY-MM-DD"). */
  days: readonly string[];
  /** A stretch with nothing new longer than this (days) is held on, so its notice is read. */
  gapDays: number;
  timer: Timer;
  /** The reader asked for less motion: the first step waits a full second at any speed. */
  reducedMotion?: () => boolean;
}

/**
 * Playback as a service of the store: while `playback.playing`, the date steps through the
 * change days at `playback.speed` steps a second, holds three steps before a long gap, and
 * pauses at the last change. Any view (the explorer's scrubber, a test) starts it with
 * `store.play()`. Returns the function that stops listening.
 */
export function bindPlayback(store: StoreApi<ExplorerStore>, options: PlaybackOptions): () => void {
  const { days, gapDays, timer } = options;
  let handle: number | null = null;
  const stop = () => {
    if (handle !== null) timer.clear(handle);
    handle = null;
  };
  const tick = () => {
    const s = store.getState();
    const next = nextChangeDay(days, s.date);
    if (!next) {
      handle = null;
      s.pause();
      return;
    }
    s.setDate(next);
    const hold = gapAhead(days, next, gapDays) ? 3 : 1;
    handle = timer.set(tick, (1000 * hold) / store.getState().playback.speed);
  };
  const start = () => {
    stop();
    const { speed } = store.getState().playback;
    handle = timer.set(tick, options.reducedMotion?.() ? 1000 : 1000 / speed);
  };
  if (store.getState().playback.playing) start();
  const unsubscribe = store.subscribe((s, prev) => {
    if (s.playback.playing === prev.playback.playing && s.playback.speed === prev.playback.speed)
      return;
    if (!s.playback.playing) stop();
    else if (!prev.playback.playing || s.playback.speed !== prev.playback.speed) start();
  });
  return () => {
    unsubscribe();
    stop();
  };
}
