import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { compareFuzzyDates } from '../dates/fuzzy-date';
import { loadDataset } from './load';

const result = loadDataset(path.resolve('data/ukraine'));
if (!result.ok) throw new Error('the bundled dataset does not load');
const ds = result.dataset;

describe('compileDataset(files) on the bundled Ukraine dataset (integration)', () => {
  it('sorts the timeline by date with undated items last', () => {
    const dates = ds.timeline.map((t) => t.date);
    for (let i = 1; i < dates.length; i++)
      expect(compareFuzzyDates(dates[i - 1]!, dates[i]!)).toBeLessThanOrEqual(0);
    const undated = ds.timeline.filter((t) => t.span.start === null).map((t) => t.id);
    expect(undated).toEqual(
      expect.arrayContaining([
        'st-putin-concrete-real-peace-proposal',
        'st-nyt-peacekeepers-ceasefire',
      ]),
    );
    expect(ds.timeline.slice(-undated.length).every((t) => t.span.start === null)).toBe(true);
  });

  it("puts statements in their speaker's lane with the speaker's party, and events in one lane", () => {
    const putin = ds.timeline.find((t) => t.id === 'st-2025-01-20-putin-open-to-dialogue');
    expect(putin).toMatchObject({ type: 'statement', lane: 'vladimir-putin', party: 'russia' });
    expect(ds.timeline.filter((t) => t.type === 'event').every((t) => t.lane === 'events')).toBe(
      true,
    );
  });

  it('draws a year-precision item as a span over the whole year', () => {
    const medvedev = ds.timeline.find((t) => t.id === 'st-2024-medvedev-peacekeepers-targets');
    expect(medvedev?.span).toEqual({
      precision: 'year',
      start: Date.UTC(2024, 0, 1),
      end: Date.UTC(2025, 0, 1),
    });
  });

  it('gives each group member the group figures, and every region the baseline', () => {
    expect(ds.series['UA-09']?.some((e) => e.via === 'group' && e.group === 'donbas')).toBe(true);
    expect(ds.series['UA-30']?.map((e) => e.via)).toEqual(['baseline']);
    // One series for every region and every place, none for anything else.
    expect(Object.keys(ds.series).sort()).toEqual(
      [...ds.regions.map((r) => r.id), ...ds.places.map((p) => p.id)].sort(),
    );
  });

  it("keeps every source with its file, and the seed article's text", () => {
    const seed = ds.sources.find((s) => s.id === 'newsroom-2025-01-21');
    expect(seed?.body).toContain('approximately 80 percent of the Donbas region');
    expect(ds.sources.map((s) => s.file)).toEqual(
      expect.arrayContaining([
        'ukraine/sources/curated-2014-2025.json',
        'ukraine/sources/newsroom-2025-01-21.json',
      ]),
    );
    expect(ds.sources.every((s) => s.file.endsWith('.json') && s.kindWords !== '')).toBe(true);
  });

  it('computes region areas from the boundaries', () => {
    const kharkiv = ds.regions.find((r) => r.id === 'UA-63');
    expect(kharkiv?.areaKm2).toBeGreaterThan(30_000);
    expect(kharkiv?.areaKm2).toBeLessThan(33_000);
  });
});
