import { describe, expect, it } from 'vitest';
import { markAt, sameMark, type MarkView } from './hit-test';
import type { ClusterMark, ItemMark } from './marks';

const item = (index: number, span = false): ItemMark => ({
  kind: 'item',
  index,
  lane: 0,
  row: 0,
  x0: 0,
  x1: 0,
  span,
});
const cluster = (key: string): ClusterMark => ({
  kind: 'cluster',
  key,
  lane: 0,
  x0: 0,
  x1: 0,
  indices: [1, 2],
  start: 0,
  end: 1,
});
// Plot pixels; the axis band ends at y 42. A point at (100, 60) r 5, a span under it from
// 80 to 200, a cluster pill from 190 to 220, and a second point at (108, 60).
const point: MarkView = {
  mark: item(1),
  shape: { kind: 'circle', cx: 100, cy: 60, r: 5 },
  colour: '',
};
const span: MarkView = {
  mark: item(2, true),
  shape: { kind: 'pill', x0: 80, cy: 60, x1: 200, h: 8 },
  colour: '',
};
const pill: MarkView = {
  mark: cluster('c0-3'),
  shape: { kind: 'pill', x0: 190, cy: 60, x1: 220, h: 14 },
  colour: '',
};
const near: MarkView = {
  mark: item(4),
  shape: { kind: 'circle', cx: 108, cy: 60, r: 5 },
  colour: '',
};
const marks = [span, point, pill];

describe('markAt(marks, px, py)', () => {
  it('finds a point within its box and two pixels of slop, and nothing beyond', () => {
    expect(markAt([point], 100, 60)).toBe(point.mark);
    expect(markAt([point], 107, 60)).toBe(point.mark); // right edge 105, +2 slop
    expect(markAt([point], 107.5, 60)).toBeNull();
    expect(markAt([point], 100, 67)).toBe(point.mark);
    expect(markAt([point], 100, 67.5)).toBeNull();
  });
  it('prefers the top layer: a cluster over a point over a span', () => {
    expect(markAt(marks, 100, 60)).toBe(point.mark);
    expect(markAt(marks, 150, 60)).toBe(span.mark);
    expect(markAt(marks, 195, 60)).toBe(pill.mark);
    expect(markAt([...marks].reverse(), 100, 60)).toBe(point.mark);
  });
  it('takes the nearest centre within a layer', () => {
    expect(markAt([point, near], 103, 60)).toBe(point.mark);
    expect(markAt([point, near], 105, 60)).toBe(near.mark);
  });
  it('finds nothing over the axis band, even where a shape reaches into it', () => {
    const high: MarkView = { ...point, shape: { kind: 'circle', cx: 100, cy: 44, r: 5 } };
    expect(markAt([high], 100, 41.9)).toBeNull();
    expect(markAt([high], 100, 42)).toBe(high.mark);
  });
  it('finds nothing among no marks', () => {
    expect(markAt([], 100, 60)).toBeNull();
  });
});

describe('sameMark(a, b)', () => {
  it('matches items by index and clusters by key, across frames', () => {
    expect(sameMark(item(1), item(1, true))).toBe(true);
    expect(sameMark(item(1), item(2))).toBe(false);
    expect(sameMark(cluster('a'), cluster('a'))).toBe(true);
    expect(sameMark(cluster('a'), cluster('b'))).toBe(false);
    expect(sameMark(item(1), null)).toBe(false);
    expect(sameMark(null, null)).toBe(true);
  });
});
