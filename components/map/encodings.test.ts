import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadDataset } from '@/lib/dataset/load';
import { loadDatasetGeo } from '@/lib/dataset/geo';
import { dayStart } from '@/lib/dates/fuzzy-date';
import { groupOutlines } from '@/lib/map/group-outline';
import { controlMapStateAt } from '@/lib/map/map-state';
import { storyDeck } from '@/lib/story/slides';
import { embedDocument } from '@/embed/chrome';
import { slideMapState } from '@/components/present/story-map';
import { controlMapSvg } from './svg-map';

// Integration test on the shipped dataset: every picture of the map (explorer, export, embed,
// slides, handout) draws the same encodings, because they all paint the one decision of
// lib/map/map-state through the one SVG renderer. Compared: each region's fill, swatch,
// pattern, old-figure mark and claim outline.
const loaded = loadDataset(path.join(process.cwd(), 'data', 'ukraine'));
if (!loaded.ok) throw new Error('the Ukraine dataset does not load');
const dataset = loaded.dataset;
const geo = loadDatasetGeo('ukraine');
const svgGeo = { ...geo, groups: groupOutlines(geo.regions, dataset.conflict.regionGroups) };

/** The drawn encoding of every region, read from an SVG string. */
function encodings(svg: string): Record<string, string> {
  const out: Record<string, string> = {};
  const pick = (re: RegExp, key: string) => {
    for (const m of svg.matchAll(re)) out[m[1]!] = `${out[m[1]!] ?? ''}${key}=${m[2]};`;
  };
  pick(/data-region="([^"]+)" fill="([^"]+)"/g, 'fill');
  pick(/data-region="[^"]+" fill="[^"]+" data-swatch="([^"]+)"/g, 'swatch');
  pick(/data-pattern="([^"]+)" fill="url\(#[a-z]+-([^)]+)\)"/g, 'pattern');
  pick(/data-stale-mark="([^"]+)" fill="url\(#[a-z]+-([^)]+)\)"/g, 'stale');
  pick(/data-claim="([^"]+)" visibility="([^"]+)"/g, 'claim');
  return out;
}
const swatchOf = (svg: string) =>
  Object.fromEntries(
    [...svg.matchAll(/data-region="([^"]+)" fill="[^"]+" data-swatch="([^"]+)"/g)].map((m) => [
      m[1],
      m[2],
    ]),
  );

describe('every picture of the map draws the same encodings (integration)', () => {
  const story = dataset.stories?.[0];
  it(
    'slides (and the handout, which prints them) match the explorer on every step',
    { timeout: 60_000 },
    () => {
      expect(story).toBeDefined();
      const deck = storyDeck(dataset, story!);
      expect(deck.slides.length).toBeGreaterThan(3);
      for (const slide of deck.slides) {
        const explorer = controlMapSvg(svgGeo, controlMapStateAt(dataset, dayStart(slide.day)), {
          idPrefix: 'a-',
        });
        const onSlide = controlMapSvg(svgGeo, slideMapState(slide), { idPrefix: 'b-' });
        expect(encodings(onSlide), slide.day).toEqual(encodings(explorer));
      }
    },
  );

  it('the embed’s first paint (and no-JavaScript image) matches the explorer at its date', () => {
    const date = dataset.conflict.defaultDate!;
    const html = embedDocument({
      dataset,
      geo,
      defaultDate: date,
      assets: { script: 'x.js', style: 'x.css' },
    });
    const explorer = controlMapSvg(svgGeo, controlMapStateAt(dataset, dayStart(date)), {
      idPrefix: 'fp-',
    });
    expect(swatchOf(html)).toEqual(swatchOf(explorer));
    expect(Object.keys(swatchOf(html))).toHaveLength(27);
    expect(encodings(html)).toEqual(encodings(explorer));
  });
});
