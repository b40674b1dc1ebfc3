import { utcDay, utcMonth, utcWeek, utcYear, type CountableTimeInterval } from 'd3-time';

/** A tick unit the axis may use, from the coarsest to the finest. */
export interface TickUnit {
  name: string;
  interval: CountableTimeInterval;
  step: number;
  /** Approximate length of one step (ms), to pick the unit. */
  approxMs: number;
  format: (d: Date) => string;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const DAY = 86_400_000;
const YEAR = 365.25 * DAY;
const MONTH = YEAR / 12;

const year = (d: Date) => String(d.getUTCFullYear());
// A month tick names its year in January, so a reader never loses the year.
const month = (d: Date) => (d.getUTCMonth() === 0 ? year(d) : (MONTHS[d.getUTCMonth()] ?? ''));
const day = (d: Date) =>
  d.getUTCDate() === 1
    ? d.getUTCMonth() === 0
      ? year(d)
      : `${MONTHS[d.getUTCMonth()] ?? ''}`
    : `${d.getUTCDate()} ${MONTHS[d.getUTCMonth()] ?? ''}`;

/** "Mar 2023": a month with its year, for a tick that stands alone (after a break). */
export const monthYear = (d: Date) => `${MONTHS[d.getUTCMonth()] ?? ''} ${year(d)}`;

const unit = (
  name: string,
  interval: CountableTimeInterval,
  step: number,
  approxMs: number,
  format: (d: Date) => string,
): TickUnit => ({
  name,
  interval,
  step,
  approxMs: step * approxMs,
  format,
});

/** Tick units, coarsest first: decades down to days. */
export const TICK_UNITS: readonly TickUnit[] = [
  unit('10 years', utcYear, 10, YEAR, year),
  unit('5 years', utcYear, 5, YEAR, year),
  unit('2 years', utcYear, 2, YEAR, year),
  unit('year', utcYear, 1, YEAR, year),
  unit('6 months', utcMonth, 6, MONTH, month),
  unit('3 months', utcMonth, 3, MONTH, month),
  unit('month', utcMonth, 1, MONTH, month),
  unit('week', utcWeek, 1, 7 * DAY, day),
  unit('2 days', utcDay, 2, DAY, day),
  unit('day', utcDay, 1, DAY, day),
];

export interface TimelineTicks {
  unit: TickUnit;
  ticks: { ms: number; label: string }[];
}

/**
 * Ticks for a visible domain [start, end] (UTC ms) over `width` pixels: the finest unit whose
 * labels stay at least `minSpacing` pixels apart, so the axis goes years → months → days as
 * the reader zooms in.
 */
export function timelineTicks(
  domain: readonly [number, number],
  width: number,
  minSpacing = 72,
): TimelineTicks {
  const [start, end] = domain;
  const msPerPx = (end - start) / Math.max(1, width);
  const fine = [...TICK_UNITS].reverse().find((u) => u.approxMs / msPerPx >= minSpacing);
  const chosen = fine ?? TICK_UNITS[0]!;
  const every = chosen.step === 1 ? chosen.interval : chosen.interval.every(chosen.step);
  const dates = every ? every.range(new Date(start), new Date(end + 1)) : [];
  return { unit: chosen, ticks: dates.map((d) => ({ ms: d.getTime(), label: chosen.format(d) })) };
}
