import { describe, expect, it } from 'vitest';
import type { Feature } from 'geojson';
import { DEFAULT_MAP_VIEW, labelPoint, mapViewOf } from './view';

describe('labelPoint(feature)', () => {
  it('keeps out of a hole (a ring with a city inside it)', () => {
    // Synthetic: a 10×10 square with a 4×4 hole in the middle.
    const f: Feature = {
      type: 'Feature',
      properties: {},
      geometry: {
        type: 'Polygon',
        coordinates: [
          [
            [0, 0],
            [0, 10],
            [10, 10],
            [10, 0],
            [0, 0],
          ],
          [
            [3, 3],
            [7, 3],
            [7, 7],
            [3, 7],
            [3, 3],
          ],
        ],
      },
    };
    const [x, y] = labelPoint(f)!;
    expect(x >= 3 && x <= 7 && y >= 3 && y <= 7).toBe(false);
    expect(x > 0 && x < 10 && y > 0 && y < 10).toBe(true);
  });
  it('uses the largest part of a multipolygon', () => {
    const f: Feature = {
      type: 'Feature',
      properties: {},
      geometry: {
        type: 'MultiPolygon',
        coordinates: [
          [
            [
              [0, 0],
              [0, 1],
              [1, 1],
              [1, 0],
              [0, 0],
            ],
          ],
          [
            [
              [20, 0],
              [20, 8],
              [28, 8],
              [28, 0],
              [20, 0],
            ],
          ],
        ],
      },
    };
    const [x] = labelPoint(f)!;
    expect(x).toBeGreaterThan(20);
  });
});

describe('map view', () => {
  it('the default keeps the home view inside the box the neighbours are cut to', () => {
    const { homeBounds: h, maxBounds: m } = DEFAULT_MAP_VIEW;
    expect(h[0]).toBeGreaterThanOrEqual(m[0]);
    expect(h[1]).toBeGreaterThanOrEqual(m[1]);
    expect(h[2]).toBeLessThanOrEqual(m[2]);
    expect(h[3]).toBeLessThanOrEqual(m[3]);
  });
  it("comes from the conflict's own settings, the default filling the gaps", () => {
    const view = mapViewOf({ homeBounds: [21, 8, 39, 23], maxZoom: 11 });
    expect(view.homeBounds).toEqual([21, 8, 39, 23]);
    expect(view.maxZoom).toBe(11);
    expect(view.minZoom).toBe(DEFAULT_MAP_VIEW.minZoom);
    expect(mapViewOf(undefined)).toEqual(DEFAULT_MAP_VIEW);
  });
});
