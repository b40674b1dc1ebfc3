import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DAY_MS } from '../dates/fuzzy-date';
import {
  BREAK_MIN_MS,
  BREAK_PX,
  breakLength,
  breakText,
  brokenScale,
  findBreaks,
  pieceDensities,
  positionOf,
  scaleExtent,
} from './breaks';
import { maxScale, rescale, transformFor } from './domain';

const YEAR = 365 * DAY_MS;
const T0 = Date.UTC(2000, 0, 1);
const day = (s: string) => Date.parse(`${s}T00:00:00Z`);
const at = (s: string, days = 1) => ({ start: day(s), end: day(s) + days * DAY_MS });

/** Random item intervals over 30 years: clumps with long gaps between some. */
const intervals = fc
  .array(
    fc.record({
      offset: fc.integer({ min: 0, max: 30 * 365 }),
      days: fc.integer({ min: 1, max: 400 }),
    }),
    { minLength: 1, maxLength: 60 },
  )
  .map((xs) =>
    xs.map(({ offset, days }) => ({
      start: T0 + offset * DAY_MS,
      end: T0 + (offset + days) * DAY_MS,
    })),
  );

describe('findBreaks', () => {
  it('finds the long empty stretch between two clumps, with a margin either side', () => {
    const [b, ...rest] = findBreaks([
      at('2014-03-18'),
      at('2015-02-18'),
      at('2022-02-24'),
      at('2023-05-01'),
      at('2024-06-01'),
      at('2025-01-21'),
    ]);
    expect(rest).toEqual([]);
    expect(b!.start).toBeGreaterThan(day('2015-02-19'));
    expect(b!.end).toBeLessThan(day('2022-02-24'));
  });

  it('leaves short gaps, and gaps that are a small share of the span, alone', () => {
    expect(findBreaks([at('2020-01-01'), at('2021-06-01')])).toEqual([]); // 17 months
    // 2.5 years empty in a 20-year span (12.5%), the rest every year and a half: no break.
    const steady = [0, 1.5, 3, 5.5, 7, 8.5, 10, 11.5, 13, 14.5, 16, 17.5, 19, 20].map((y) => ({
      start: T0 + y * YEAR,
      end: T0 + y * YEAR + DAY_MS,
    }));
    expect(findBreaks(steady)).toEqual([]);
    expect(findBreaks([])).toEqual([]);
  });

  it('never covers an item, and each break lies in a gap at least BREAK_MIN_MS long', () => {
    fc.assert(
      fc.property(intervals, (xs) => {
        const breaks = findBreaks(xs);
        for (const b of breaks) {
          expect(b.end).toBeGreaterThan(b.start);
          for (const i of xs) expect(i.end <= b.start || i.start >= b.end).toBe(true);
          // The gap around it is empty from its last item before to its first item after.
          const before = Math.max(...xs.filter((i) => i.end <= b.start).map((i) => i.end));
          const after = Math.min(...xs.filter((i) => i.start >= b.end).map((i) => i.start));
          expect(after - before).toBeGreaterThanOrEqual(BREAK_MIN_MS);
        }
        breaks.slice(1).forEach((b, k) => expect(b.start).toBeGreaterThan(breaks[k]!.end));
      }),
      { numRuns: 300 },
    );
  });
});

describe('brokenScale', () => {
  const full: [number, number] = [day('2013-11-01'), day('2026-03-01')];
  const gap = { start: day('2015-06-01'), end: day('2021-09-01') };

  it('draws a break BREAK_PX wide and gives the rest of the plot to the time around it', () => {
    const x = brokenScale(full, [gap], 1000);
    expect(x(full[0])).toBeCloseTo(0);
    expect(x(full[1])).toBeCloseTo(1000);
    expect(x(gap.end) - x(gap.start)).toBeCloseTo(BREAK_PX);
    // The time before the break gets nearly twice its linear width.
    const linear = ((gap.start - full[0]) / (full[1] - full[0])) * 1000;
    expect(x(gap.start)).toBeGreaterThan(1.8 * linear);
    expect(scaleExtent(x)).toEqual(full);
    const [before, inBreak, after] = pieceDensities(x);
    expect(before).toBeCloseTo(after!);
    expect(inBreak).toBeLessThan(before! / 10);
  });

  it('is the linear scale when there is no break inside the domain', () => {
    const x = brokenScale(full, [{ start: full[1] + YEAR, end: full[1] + 2 * YEAR }], 800);
    expect(x.domain().length).toBe(2);
    expect(x((full[0] + full[1]) / 2)).toBeCloseTo(400);
  });

  const scales = fc.tuple(intervals, fc.integer({ min: 200, max: 2000 })).map(([xs, w]) => {
    const start = Math.min(...xs.map((i) => i.start)) - 30 * DAY_MS;
    const end = Math.max(...xs.map((i) => i.end)) + 30 * DAY_MS;
    return { x: brokenScale([start, end], findBreaks(xs), w), start, end, w };
  });

  it('is monotonic and invertible, and its plain function agrees with it', () => {
    fc.assert(
      fc.property(
        scales,
        fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 2, maxLength: 20 }),
        ({ x, start, end, w }, us) => {
          const times = us.map((u) => start + u * (end - start)).sort((a, b) => a - b);
          const px = times.map((t) => x(t));
          const fast = positionOf(x);
          times.forEach((t, i) => {
            expect(fast(t)).toBeCloseTo(px[i]!, 6);
            expect(Number(x.invert(px[i]!))).toBeCloseTo(t, -1); // within 10 ms
            if (i) expect(px[i]!).toBeGreaterThanOrEqual(px[i - 1]!);
          });
          for (const u of us) expect(x(Number(x.invert(u * w)))).toBeCloseTo(u * w, 3);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('keeps the time under the pointer fixed when zooming, across a break', () => {
    fc.assert(
      fc.property(
        scales,
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 1, max: 50, noNaN: true }),
        fc.double({ min: 0.2, max: 5, noNaN: true }),
        ({ x: base, w }, u, k, factor) => {
          fc.pre(k * factor >= 1); // the zoom never goes below showing everything
          const t = { k, x: -u * w * (k - 1) };
          const p = u * w;
          const zoomed = { k: t.k * factor, x: p - (p - t.x) * factor };
          const under = Number(rescale(base, t).invert(p));
          // Within a hundredth of a pixel (the scale's domain holds whole milliseconds).
          expect(Math.abs(rescale(base, zoomed)(under) - p)).toBeLessThan(0.01);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('zooms to a span across a break by pixels, and the deepest zoom is four days of normal time', () => {
    const base = brokenScale(full, [gap], 1000);
    const d0 = day('2015-01-01');
    const d1 = day('2022-01-01');
    const t = transformFor(full, base, d0, d1);
    const shown = scaleExtent(rescale(base, t));
    expect(shown[0]).toBeCloseTo(d0, -4);
    expect(shown[1]).toBeCloseTo(d1, -4);
    const kMax = maxScale(full, base);
    const deepest = rescale(base, { k: kMax, x: -kMax * base(day('2023-01-01')) });
    const [a, b] = scaleExtent(deepest);
    expect((b - a) / DAY_MS).toBeCloseTo(4, 3);
  });
});

describe('breakText and breakLength', () => {
  it('say a compressed stretch in months and in years and months, as a reader would', () => {
    const b = { start: Date.UTC(2017, 2, 10), end: Date.UTC(2021, 11, 5) };
    expect(breakText(b)).toBe('March 2017 – December 2021');
    expect(breakLength(b)).toBe('about 4 years and 9 months');
    expect(breakLength({ start: Date.UTC(2008, 0, 1), end: Date.UTC(2010, 0, 1) })).toBe(
      'about 2 years',
    );
    expect(breakLength({ start: Date.UTC(2008, 0, 1), end: Date.UTC(2009, 1, 1) })).toBe(
      'about 1 year and 1 month',
    );
  });
});
