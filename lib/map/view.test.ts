import { describe, expect, it } from 'vitest';
import type { Feature } from 'geojson';
import { labelPoint, MAP_HOME_BOUNDS, MAP_MAX_BOUNDS } from './view';

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

describe('map bounds', () => {
  it('keep the home view inside the box the neighbours are cut to', () => {
    expect(MAP_HOME_BOUNDS[0]).toBeGreaterThanOrEqual(MAP_MAX_BOUNDS[0]);
    expect(MAP_HOME_BOUNDS[1]).toBeGreaterThanOrEqual(MAP_MAX_BOUNDS[1]);
    expect(MAP_HOME_BOUNDS[2]).toBeLessThanOrEqual(MAP_MAX_BOUNDS[2]);
    expect(MAP_HOME_BOUNDS[3]).toBeLessThanOrEqual(MAP_MAX_BOUNDS[3]);
    expect(MAP_MAX_BOUNDS).toEqual([14, 40, 46, 57]);
  });
});
