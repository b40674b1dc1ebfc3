import { describe, expect, it } from 'vitest';
import { shapeBox, shapeHit, shapePath, traceShape, type PathSink, type Shape } from './shapes';

/** Records the calls a shape makes on a canvas path, as text. */
function recorder(): PathSink & { calls: string[] } {
  const calls: string[] = [];
  const r = (n: number) => Math.round(n * 100) / 100;
  return {
    calls,
    moveTo: (x, y) => calls.push(`M${r(x)},${r(y)}`),
    lineTo: (x, y) => calls.push(`L${r(x)},${r(y)}`),
    arc: (x, y, rad, a, b) => calls.push(`A${r(x)},${r(y)},${rad},${r(a)},${r(b)}`),
    rect: (x, y, w, h) => calls.push(`R${x},${y},${w},${h}`),
    closePath: () => calls.push('Z'),
  };
}

describe('timeline shapes', () => {
  const circle: Shape = { kind: 'circle', cx: 10, cy: 20, r: 5 };
  const diamond: Shape = { kind: 'diamond', cx: 10, cy: 20, r: 6 };
  const rect: Shape = { kind: 'rect', x0: 0, y0: 16, x1: 100, y1: 24 };
  const pill: Shape = { kind: 'pill', x0: 0, cy: 20, x1: 40, h: 14 };

  it('writes the same geometry as SVG path data', () => {
    expect(shapePath(circle)).toBe('M5,20a5,5 0 1,0 10,0a5,5 0 1,0 -10,0Z');
    expect(shapePath(diamond)).toBe('M10,14L16,20L10,26L4,20Z');
    expect(shapePath(rect)).toBe('M0,16H100V24H0Z');
    expect(shapePath(pill)).toBe('M7,13h26a7,7 0 0,1 0,14h-26a7,7 0 0,1 0,-14Z');
  });

  it('traces each shape as one closed canvas subpath over the same extent', () => {
    const c = recorder();
    traceShape(c, circle);
    expect(c.calls).toEqual(['M15,20', 'A10,20,5,0,6.28', 'Z']);
    const d = recorder();
    traceShape(d, diamond);
    expect(d.calls).toEqual(['M10,14', 'L16,20', 'L10,26', 'L4,20', 'Z']);
    const r = recorder();
    traceShape(r, rect);
    expect(r.calls).toEqual(['R0,16,100,8']);
    const p = recorder();
    traceShape(p, pill);
    expect(p.calls).toEqual([
      'M7,13',
      'L33,13',
      'A33,20,7,-1.57,1.57',
      'L7,27',
      'A7,20,7,1.57,4.71',
      'Z',
    ]);
  });

  it('gives boxes, and a pill is never narrower than it is tall', () => {
    expect(shapeBox(circle)).toEqual([5, 15, 15, 25]);
    expect(shapeBox({ kind: 'pill', x0: 0, cy: 20, x1: 4, h: 14 })).toEqual([0, 13, 14, 27]);
  });

  it('hits within a forgiving margin and misses beyond it', () => {
    expect(shapeHit(circle, 10, 20)).toBe(true);
    expect(shapeHit(circle, 16.5, 20)).toBe(true);
    expect(shapeHit(circle, 17.5, 20)).toBe(false);
    expect(shapeHit(rect, 50, 30)).toBe(false);
  });
});
