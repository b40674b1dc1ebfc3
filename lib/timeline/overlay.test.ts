import { scaleUtc } from 'd3-scale';
import { describe, expect, it } from 'vitest';
import { cursorView, pinViews } from './overlay';

// A plot 1,000 px wide over the year 2022.
const x = scaleUtc()
  .domain([Date.UTC(2022, 0, 1), Date.UTC(2023, 0, 1)])
  .range([0, 1000]);

describe('pinViews', () => {
  it('draws each note at the middle of its day, left to right, with its number and words', () => {
    const pins = pinViews(x, 1000, [
      { day: '2022-11-11', n: 1, text: 'Kherson retaken' },
      { day: '2022-02-24', n: 2, text: 'Full-scale invasion' },
    ]);
    expect(pins.map((p) => p.n)).toEqual([2, 1]);
    const noon = x(Date.UTC(2022, 1, 24, 12));
    expect(pins[0]!.x).toBeCloseTo(noon, 6);
    expect(pins[0]!.x).toBe(cursorView(x, 1000, '2022-02-24', String).x);
    expect(pins[0]!.title).toBe('Note 2, 24 Feb 2022: Full-scale invasion');
  });

  it('leaves out notes whose day is out of view', () => {
    expect(pinViews(x, 1000, [{ day: '2014-03-18', n: 1, text: 'Crimea' }])).toEqual([]);
  });
});
