import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DAY_MS } from '../dates/fuzzy-date';
import { timelineMarks, type LaneEntry } from './marks';

// The mark layout's promises, for any lanes of items at any scale: every visible item is drawn
// once (as itself or inside one cluster), never one that is off the plot; items sharing a row
// keep the gap between them; no lane uses more rows than it has; a cluster lists its items in
// time order and spans their times. (In a lane too crowded to stack, a long span alone in its
// window is drawn under the marks after it: that case is left out of the row check.) Run over many lanes, so layouts reuse the shared buffers.

const WIDTH = 600;
const RADIUS = 5;
const GAP = 2;

const laneArb = fc
  .array(
    fc.record({
      day: fc.integer({ min: 0, max: 400 }),
      span: fc.boolean(),
      days: fc.integer({ min: 1, max: 60 }),
    }),
    { maxLength: 120 },
  )
  .map((raw) =>
    raw
      .map((r) => ({
        start: r.day * DAY_MS,
        end: (r.day + (r.span ? r.days : 1)) * DAY_MS,
        span: r.span,
      }))
      .sort((a, b) => a.start - b.start || b.end - a.end),
  );

const extentOf = (e: LaneEntry, x: (ms: number) => number) =>
  e.span
    ? { left: x(e.start), right: Math.max(x(e.end), x(e.start) + 2 * RADIUS) }
    : { left: x(e.start + DAY_MS / 2) - RADIUS, right: x(e.start + DAY_MS / 2) + RADIUS };

describe('timelineMarks, for any lanes and scale', () => {
  it('draws each visible item exactly once, keeps rows apart and within the lane', () => {
    fc.assert(
      fc.property(
        fc.array(laneArb, { minLength: 1, maxLength: 5 }),
        fc.array(fc.integer({ min: 1, max: 3 }), { minLength: 5, maxLength: 5 }),
        fc.double({ min: 0.2, max: 40, noNaN: true }),
        fc.double({ min: -300, max: 300, noNaN: true }),
        (rawLanes, rows, pxPerDay, shift) => {
          let index = 0;
          const lanes: LaneEntry[][] = rawLanes.map((lane) =>
            lane.map((e) => ({ ...e, index: index++ })),
          );
          const x = (ms: number) => (ms / DAY_MS) * pxPerDay + shift;
          const marks = timelineMarks(lanes, rows, x, { width: WIDTH, radius: RADIUS, gap: GAP });
          const seen = new Map<number, number>();
          for (const m of marks)
            for (const i of m.kind === 'item' ? [m.index] : m.indices)
              seen.set(i, (seen.get(i) ?? 0) + 1);
          lanes.forEach((lane, l) => {
            for (const e of lane) {
              const { left, right } = extentOf(e, x);
              const visible = left <= WIDTH && right >= 0;
              expect(seen.get(e.index) ?? 0, `item ${e.index}`).toBe(visible ? 1 : 0);
            }
            const items = marks.filter((m) => m.kind === 'item' && m.lane === l);
            for (const m of items) {
              if (m.kind !== 'item') continue;
              expect(m.row).toBeLessThan(Math.max(1, rows[l] ?? 1));
            }
            const clusters = marks.filter((m) => m.kind === 'cluster' && m.lane === l);
            for (const c of clusters) {
              if (c.kind !== 'cluster') continue;
              const members = c.indices.map((i) => lane.find((e) => e.index === i)!);
              const starts = members.map((e) => e.start);
              expect(starts).toEqual([...starts].sort((a, b) => a - b));
              expect(c.start).toBe(Math.min(...starts));
              expect(c.end).toBe(Math.max(...members.map((e) => e.end)));
              expect(c.x1).toBeGreaterThan(c.x0);
            }
          });
          // Items in one row do not touch: each starts a gap after the one before. A long span
          // in a lane too crowded to stack is the exception (it is drawn under the next marks),
          // so a span's follower in row 0 is checked only where the lane has a row for every item.
          const byRow = new Map<string, { left: number; right: number; span: boolean }[]>();
          for (const m of marks) {
            if (m.kind !== 'item') continue;
            const entry = lanes[m.lane]!.find((e) => e.index === m.index)!;
            const key = `${m.lane}/${m.row}`;
            byRow.set(key, [...(byRow.get(key) ?? []), { ...extentOf(entry, x), span: m.span }]);
          }
          for (const [key, extents] of byRow) {
            const lane = Number(key.split('/')[0]);
            const roomy = (rows[lane] ?? 1) >= lanes[lane]!.length;
            const sorted = extents.sort((a, b) => a.left - b.left);
            for (let k = 1; k < sorted.length; k++) {
              // (The crowded path draws its lone marks in row 0.)
              if (sorted[k - 1]!.span && !roomy && key.endsWith('/0')) continue;
              expect(sorted[k]!.left).toBeGreaterThanOrEqual(sorted[k - 1]!.right + GAP - 1e-9);
            }
          }
        },
      ),
      { numRuns: 1000 },
    );
  });
});
