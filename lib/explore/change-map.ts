import type { ControlAt } from '../dataset/types';
import { mappedShareOf } from '../map/shade';
import { shareInterval, type ShareInterval } from '../measure/describe';

/**
 * How a region's share changed between two dates, told only as far as the figures allow: a
 * rise or fall is named when every value both figures allow agrees on it, "by 10 points or
 * more" only when even the smallest change they allow is that large. ">70%" then "≈80%" is no
 * certain rise (71% → 80% is, 95% → 80% is not), so it is "cannot tell".
 */
export type ChangeClass =
  'rise-large' | 'rise' | 'same' | 'fall' | 'fall-large' | 'unclear' | 'no-figure';

/** The classes in legend order, rise to fall, then the two that say nothing of direction. */
export const CHANGE_CLASSES: readonly ChangeClass[] = [
  'rise-large',
  'rise',
  'same',
  'fall',
  'fall-large',
  'unclear',
  'no-figure',
];

/** Points of change that count as large. */
export const LARGE_CHANGE = 10;

export interface RegionShareChange {
  cls: ChangeClass;
  /** The smallest and largest change (percentage points) the two figures allow. */
  range: [number, number] | null;
}

const intervalOf = (
  c: ControlAt,
  mapParty: string,
  areaOf: (id: string) => number | null,
): ShareInterval | null => {
  if (c.status !== 'figure') return null;
  const m = mappedShareOf(c.entry, mapParty, areaOf(c.entry.observation.target)).measure;
  return m ? shareInterval(m) : null;
};

/** The change of the mapped party's share from `a` to `b` (see ChangeClass). */
export function shareChange(
  a: ControlAt,
  b: ControlAt,
  mapParty: string,
  areaOf: (id: string) => number | null,
): RegionShareChange {
  const sameFigure =
    a.status === 'figure' && b.status === 'figure' && a.entry.observation === b.entry.observation;
  const ia = intervalOf(a, mapParty, areaOf);
  const ib = intervalOf(b, mapParty, areaOf);
  if (!ia || !ib) return { cls: sameFigure ? 'same' : 'no-figure', range: null };
  if (sameFigure) return { cls: 'same', range: [0, 0] };
  const least = ib.lo - ia.hi; // the smallest change both allow
  const most = ib.hi - ia.lo; // the largest
  const range: [number, number] = [least, most];
  // An open end ("more than 70") excludes the value itself, so 70 → ">70" is a certain rise.
  const surelyUp = least > 0 || (least === 0 && most > 0 && (ib.loOpen || ia.hiOpen));
  const surelyDown = most < 0 || (most === 0 && least < 0 && (ib.hiOpen || ia.loOpen));
  if (least === 0 && most === 0) return { cls: 'same', range };
  if (surelyUp) return { cls: least >= LARGE_CHANGE ? 'rise-large' : 'rise', range };
  if (surelyDown) return { cls: -most >= LARGE_CHANGE ? 'fall-large' : 'fall', range };
  return { cls: 'unclear', range };
}

/** The legend's words for each class (under a heading naming the party's share). */
export function changeClassLabel(cls: ChangeClass): string {
  switch (cls) {
    case 'rise-large':
      return `rose by ${LARGE_CHANGE} points or more`;
    case 'rise':
      return `rose by less, or by an amount the figures leave open`;
    case 'same':
      return 'no change';
    case 'fall':
      return `fell by less, or by an amount the figures leave open`;
    case 'fall-large':
      return `fell by ${LARGE_CHANGE} points or more`;
    case 'unclear':
      return 'cannot tell: the figures allow a rise and a fall';
    case 'no-figure':
      return 'no share on one of the dates (not “no change”)';
  }
}

const points = (n: number) => {
  const v = Math.round(Math.abs(n) * 100) / 100;
  return `${v} point${v === 1 ? '' : 's'}`;
};

/** One region's change in words: "rose by 5 points", "rose by 0 to 30 points", "cannot tell …". */
export function changeWords({ cls, range }: RegionShareChange): string {
  if (cls === 'no-figure') return 'no share on one date';
  if (cls === 'same' || !range) return 'no change';
  const [lo, hi] = range;
  if (cls === 'unclear') return `cannot tell (from −${points(-lo)} to +${points(hi)})`;
  const up = cls === 'rise' || cls === 'rise-large';
  const [a, b] = up ? [lo, hi] : [-hi, -lo];
  const by = a === b ? `by ${points(a)}` : `by ${Math.round(a * 100) / 100} to ${points(b)}`;
  return `${up ? 'rose' : 'fell'} ${by}`;
}
