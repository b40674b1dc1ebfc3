import { describe, expect, it } from 'vitest';
import type { Polygon } from 'geojson';
import { groupOutline } from './group-outline';

// Two synthetic unit squares sharing the edge x = 1.
const left: Polygon = {
  type: 'Polygon',
  coordinates: [
    [
      [0, 0],
      [0, 1],
      [1, 1],
      [1, 0],
      [0, 0],
    ],
  ],
};
const right: Polygon = {
  type: 'Polygon',
  coordinates: [
    [
      [1, 0],
      [1, 1],
      [2, 1],
      [2, 0],
      [1, 0],
    ],
  ],
};

describe('groupOutline(members)', () => {
  it('drops the border the members share and keeps the rest', () => {
    const out = groupOutline([left, right]);
    const edges = out.coordinates.flatMap((line) => line.slice(1).map((p, i) => `${line[i]}→${p}`));
    expect(edges).toHaveLength(6);
    expect(edges).not.toContain('1,1→1,0');
    expect(edges).not.toContain('1,0→1,1');
    expect(edges).toContain('0,0→0,1');
    expect(edges).toContain('2,1→2,0');
  });
  it('joins consecutive edges into lines', () => {
    const out = groupOutline([left]);
    expect(out.coordinates).toEqual([
      [
        [0, 0],
        [0, 1],
        [1, 1],
        [1, 0],
        [0, 0],
      ],
    ]);
  });
});
