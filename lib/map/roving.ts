/**
 * One tab stop over a list of controls (the map's region labels, its place markers): the
 * index an arrow, Home or End key moves to from `current` (-1 when none has focus), wrapping
 * at the ends; null for any other key or an empty list.
 */
export function rovingStep(key: string, current: number, length: number): number | null {
  if (length === 0) return null;
  if (key === 'ArrowRight' || key === 'ArrowDown') return (current + 1) % length;
  if (key === 'ArrowLeft' || key === 'ArrowUp') return current <= 0 ? length - 1 : current - 1;
  if (key === 'Home') return 0;
  if (key === 'End') return length - 1;
  return null;
}
