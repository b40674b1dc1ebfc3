import { describe, expect, it } from 'vitest';
import {
  baseScale,
  expandDomain,
  fullDomain,
  maxScale,
  MIN_VISIBLE_DAYS,
  rescale,
  revealDomain,
  transformFor,
} from './domain';

const DAY = 86_400_000;
const full = fullDomain([0, 100 * DAY]);
const base = baseScale(full, 500);

describe('timeline domain', () => {
  it('pads the items’ extent by 2% (a day at least) either side', () => {
    expect(full).toEqual([-2 * DAY, 102 * DAY]);
    expect(fullDomain([0, DAY])).toEqual([-DAY, 2 * DAY]);
  });
  it('zooms no deeper than MIN_VISIBLE_DAYS across the plot', () => {
    expect(maxScale(full)).toBe(104 / MIN_VISIBLE_DAYS);
    expect(transformFor(full, base, 10 * DAY, 10 * DAY + 1).k).toBe(104 / MIN_VISIBLE_DAYS);
    expect(transformFor(full, base, -50 * DAY, 150 * DAY).k).toBe(1);
  });
  it('transformFor(full, base, d0, d1) shows [d0, d1] once rescaled', () => {
    const t = transformFor(full, base, 20 * DAY, 46 * DAY);
    const [d0, d1] = rescale(base, t).domain().map(Number);
    expect(Math.abs(d0! - 20 * DAY)).toBeLessThan(2);
    expect(Math.abs(d1! - 46 * DAY)).toBeLessThan(2);
  });
  it('revealDomain pans to centre a moment only when it is within 12 px of an edge or out', () => {
    const x = rescale(base, transformFor(full, base, 20 * DAY, 46 * DAY));
    expect(revealDomain(x, 500, 30 * DAY)).toBeNull();
    expect(revealDomain(x, 500, 20.1 * DAY)).not.toBeNull();
    const [d0, d1] = revealDomain(x, 500, 80 * DAY)!;
    expect((d0 + d1) / 2).toBe(80 * DAY);
    expect(Math.round((d1 - d0) / DAY)).toBe(26);
  });
  it('expandDomain pads a cluster by a quarter of its span, two days at least', () => {
    expect(expandDomain({ start: 0, end: DAY })).toEqual([-2 * DAY, 3 * DAY]);
    expect(expandDomain({ start: 0, end: 40 * DAY })).toEqual([-10 * DAY, 50 * DAY]);
  });
});
