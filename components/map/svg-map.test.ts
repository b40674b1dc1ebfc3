import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadDataset } from '@/lib/dataset/load';
import { loadDatasetGeo } from '@/lib/dataset/geo';
import { dayStart } from '@/lib/dates/fuzzy-date';
import { groupOutlines } from '@/lib/map/group-outline';
import { controlMapStateAt } from '@/lib/map/map-state';
import { NO_RECENT_FILL, SHARE_STEPS } from '@/lib/map/shade';
import { controlMapSvg } from './svg-map';

const loaded = loadDataset(path.join(process.cwd(), 'data', 'ukraine'));
if (!loaded.ok) throw new Error('the Ukraine dataset does not load');
const dataset = loaded.dataset;
const geo = loadDatasetGeo('ukraine');
const svgGeo = { ...geo, groups: groupOutlines(geo.regions, dataset.conflict.regionGroups) };
const seed = controlMapStateAt(dataset, dayStart('2025-01-21'));

const attr = (svg: string, selector: RegExp) => svg.match(selector)?.[1];

describe('controlMapSvg(geo, state)', () => {
  const svg = controlMapSvg(svgGeo, seed, { idPrefix: 't-' });
  it('draws every region once, filled from the state', () => {
    expect(svg.match(/data-region="/g)).toHaveLength(27);
    expect(attr(svg, /data-region="UA-43" fill="([^"]+)"/)).toBe(SHARE_STEPS[5]!.fill);
    // Lviv has only the 2014 baseline: in 2025 that is no recent figure, never 0%.
    expect(attr(svg, /data-region="UA-46" fill="([^"]+)"/)).toBe(NO_RECENT_FILL);
    expect(attr(svg, /data-region="UA-46" fill="[^"]+" data-swatch="([^"]+)"/)).toBe('no-recent');
  });
  it('hatches bounded figures, gives word figures their own dots and leaves exact ones plain', () => {
    expect(attr(svg, /data-pattern="UA-23" fill="([^"]+)"/)).toBe('url(#t-bounded)');
    expect(attr(svg, /data-pattern="UA-63" fill="([^"]+)"/)).toBe('url(#t-partial)');
    expect(attr(svg, /data-pattern="UA-46" fill="([^"]+)"/)).toBe('url(#t-no-recent)');
    expect(attr(svg, /data-pattern="UA-43" fill="([^"]+)"/)).toBe('none');
  });
  it('marks old figures with lines across, keeping their colour', () => {
    // Kyiv Oblast: "none" as of April 2022, old by 2025.
    expect(attr(svg, /data-stale-mark="UA-32" fill="([^"]+)"/)).toBe('url(#t-stale)');
    expect(attr(svg, /data-stale-mark="UA-23" fill="([^"]+)"/)).toBe('none');
  });
  it("outlines active groups and claims only, claims in the claimant's colour", () => {
    expect(attr(svg, /data-group="crimean-peninsula" d="[^"]+" visibility="(\w+)"/)).toBe(
      'visible',
    );
    expect(attr(svg, /data-group="donbas" d="[^"]+" visibility="(\w+)"/)).toBe('hidden');
    expect(attr(svg, /data-claim="UA-23" visibility="(\w+)"/)).toBe('visible');
    expect(attr(svg, /data-claim="UA-46" visibility="(\w+)"/)).toBe('hidden');
  });
  it('before any figure, draws every region as the baseline: no hatch, no group outline', () => {
    const early = controlMapSvg(svgGeo, controlMapStateAt(dataset, dayStart('2013-06-01')), {
      idPrefix: 't-',
    });
    expect(early.match(/fill="url\(#t-no-data\)"/g)).toBeNull();
    expect(attr(early, /data-group="donbas" d="[^"]+" visibility="(\w+)"/)).toBe('hidden');
  });
  it('hatches a region with no figure at all as no data, unlike 0%', () => {
    // The same dataset without its baseline: nothing speaks for any region in 2013.
    const noBaseline = {
      ...dataset,
      series: Object.fromEntries(
        Object.entries(dataset.series).map(([k, v]) => [k, v.filter((e) => e.via !== 'baseline')]),
      ),
    };
    const early = controlMapSvg(svgGeo, controlMapStateAt(noBaseline, dayStart('2013-06-01')), {
      idPrefix: 't-',
    });
    expect(early.match(/data-pattern="[^"]+" fill="url\(#t-no-data\)"/g)).toHaveLength(27);
  });
  it('writes compact path data a fraction of the size, with the same shapes', () => {
    const compact = controlMapSvg(svgGeo, seed, { idPrefix: 't-', compact: true, thin: 1.2 });
    expect(compact.match(/data-region="/g)).toHaveLength(27);
    expect(compact.length).toBeLessThan(svg.length / 3);
    const d = attr(compact, /id="t-r-UA-43" d="([^"]+)"/)!;
    expect(d).toMatch(/^M\d+ \d+l/);
    expect(d).not.toMatch(/\./);
  });
});
