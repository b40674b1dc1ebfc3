/** A key the timeline answers, as named by KeyboardEvent.key. */
export type TimelineKey = 'ArrowLeft' | 'ArrowRight' | 'ArrowUp' | 'ArrowDown' | 'Home' | 'End';

/**
 * The position in the time-ordered list `order` (length `count`) that a key moves to from
 * `current` (null when nothing is active yet): Left/Up go back, Right/Down go forward,
 * Home/End jump to the ends; the ends do not wrap. Returns null when there is nothing to move to.
 */
export function keyboardStep(count: number, current: number | null, key: TimelineKey): number | null {
  if (count === 0) return null;
  const last = count - 1;
  switch (key) {
    case 'Home':
      return 0;
    case 'End':
      return last;
    case 'ArrowLeft':
    case 'ArrowUp':
      return current === null ? last : Math.max(0, current - 1);
    case 'ArrowRight':
    case 'ArrowDown':
      return current === null ? 0 : Math.min(last, current + 1);
  }
}

/** True when a key name is one the timeline moves on. */
export function isTimelineKey(key: string): key is TimelineKey {
  return key === 'ArrowLeft' || key === 'ArrowRight' || key === 'ArrowUp' || key === 'ArrowDown' || key === 'Home' || key === 'End';
}
