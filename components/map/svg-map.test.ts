import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { FeatureCollection, Geometry } from 'geojson';
import { describe, expect, it } from 'vitest';
import { loadDataset } from '@/lib/dataset/load';
import { dayStart } from '@/lib/dates/fuzzy-date';
import { groupOutlines } from '@/lib/map/group-outline';
import { controlMapStateAt } from '@/lib/map/map-state';
import { NO_RECENT_FILL, SHARE_STEPS } from '@/lib/map/shade';
import { controlMapSvg } from './svg-map';

// A synthetic fixture of six squares, one per way a figure is drawn (fixtures/shades): XX-01 all
// of it, XX-02 "more than 70%" (and claimed), XX-03 "smaller parts", XX-04 "none" as of 2012
// (old by 2020), XX-05 and XX-06 only the 2010 baseline; group "north" (XX-01, XX-02) has a
// newer figure of its own, group "south" none.
const FIXTURE = path.join(__dirname, 'fixtures', 'shades');
const loaded = loadDataset(FIXTURE);
if (!loaded.ok) throw new Error('the shades fixture does not load');
const dataset = loaded.dataset;
const regions = JSON.parse(
  readFileSync(path.join(FIXTURE, 'regions.geojson'), 'utf8'),
) as FeatureCollection<Geometry>;
const geo = { regions, neighbours: null };
const svgGeo = { ...geo, groups: groupOutlines(geo.regions, dataset.conflict.regionGroups) };
const seed = controlMapStateAt(dataset, dayStart('2020-06-01'));

const attr = (svg: string, selector: RegExp) => svg.match(selector)?.[1];

describe('controlMapSvg(geo, state)', () => {
  const svg = controlMapSvg(svgGeo, seed, { idPrefix: 't-' });
  it('draws every region once, filled from the state', () => {
    expect(svg.match(/data-region="/g)).toHaveLength(6);
    expect(attr(svg, /data-region="XX-01" fill="([^"]+)"/)).toBe(SHARE_STEPS[5]!.fill);
    // Only the 2010 baseline: ten years on, that is no recent figure, never 0%.
    expect(attr(svg, /data-region="XX-05" fill="([^"]+)"/)).toBe(NO_RECENT_FILL);
    expect(attr(svg, /data-region="XX-05" fill="[^"]+" data-swatch="([^"]+)"/)).toBe('no-recent');
  });
  it('hatches bounded figures, gives word figures their own dots and leaves exact ones plain', () => {
    expect(attr(svg, /data-pattern="XX-02" fill="([^"]+)"/)).toBe('url(#t-bounded)');
    expect(attr(svg, /data-pattern="XX-03" fill="([^"]+)"/)).toBe('url(#t-partial)');
    expect(attr(svg, /data-pattern="XX-05" fill="([^"]+)"/)).toBe('url(#t-no-recent)');
    expect(attr(svg, /data-pattern="XX-01" fill="([^"]+)"/)).toBe('none');
  });
  it('marks old figures with lines across, keeping their colour', () => {
    // "none" as of May 2012, old by June 2020.
    expect(attr(svg, /data-stale-mark="XX-04" fill="([^"]+)"/)).toBe('url(#t-stale)');
    expect(attr(svg, /data-stale-mark="XX-02" fill="([^"]+)"/)).toBe('none');
  });
  it("outlines active groups and claims only, claims in the claimant's colour", () => {
    expect(attr(svg, /data-group="north" d="[^"]+" visibility="(\w+)"/)).toBe('visible');
    expect(attr(svg, /data-group="south" d="[^"]+" visibility="(\w+)"/)).toBe('hidden');
    expect(attr(svg, /data-claim="XX-02" visibility="(\w+)"/)).toBe('visible');
    expect(attr(svg, /data-claim="XX-05" visibility="(\w+)"/)).toBe('hidden');
  });
  it('before any figure, draws every region as the baseline: no hatch, no group outline', () => {
    const early = controlMapSvg(svgGeo, controlMapStateAt(dataset, dayStart('2009-06-01')), {
      idPrefix: 't-',
    });
    expect(early.match(/fill="url\(#t-no-data\)"/g)).toBeNull();
    expect(attr(early, /data-group="north" d="[^"]+" visibility="(\w+)"/)).toBe('hidden');
  });
  it('hatches a region with no figure at all as no data, unlike 0%', () => {
    // The same dataset without its baseline: nothing speaks for any region in 2009.
    const noBaseline = {
      ...dataset,
      series: Object.fromEntries(
        Object.entries(dataset.series).map(([k, v]) => [k, v.filter((e) => e.via !== 'baseline')]),
      ),
    };
    const early = controlMapSvg(svgGeo, controlMapStateAt(noBaseline, dayStart('2009-06-01')), {
      idPrefix: 't-',
    });
    expect(early.match(/data-pattern="[^"]+" fill="url\(#t-no-data\)"/g)).toHaveLength(6);
  });
  it('writes compact path data a fraction of the size, with the same shapes', () => {
    const compact = controlMapSvg(svgGeo, seed, { idPrefix: 't-', compact: true, thin: 1.2 });
    expect(compact.match(/data-region="/g)).toHaveLength(6);
    const pathData = (x: string) =>
      [...x.matchAll(/id="t-r-[^"]+" d="([^"]+)"/g)].reduce((n, m) => n + m[1]!.length, 0);
    expect(pathData(compact)).toBeLessThan(pathData(svg) / 3);
    const d = attr(compact, /id="t-r-XX-01" d="([^"]+)"/)!;
    expect(d).toMatch(/^M\d+ \d+l/);
    expect(d).not.toMatch(/\./);
  });
});
