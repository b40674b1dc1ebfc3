import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadDataset } from '@/lib/dataset/load';
import { storyDeck } from '@/lib/story/slides';
import { storyMapSvg } from './story-map-svg';
import { slideMapTitle, withHighlights } from './story-map';

describe('story map adapter', () => {
  it('withHighlights(svg, ids, prefix) outlines exactly the named regions with their own geometry', () => {
    const svg =
      '<svg><defs><path id="p-r-A" d="M0,0L1,1Z"/><path id="p-r-B" d="M2,2L3,3Z"/></defs></svg>';
    const out = withHighlights(svg, ['B', 'missing'], 'p-');
    expect(out).toContain('<path data-highlight="B" d="M2,2L3,3Z"/>');
    expect(out).not.toContain('data-highlight="A"');
    expect(out).not.toContain('data-highlight="missing"');
    expect(out.endsWith('</g></g></svg>')).toBe(true);
  });

  it('storyMapSvg(dataset, slide) draws the shared renderer with the slide regions outlined', () => {
    // The synthetic mini dataset (lib/dataset/fixtures/mini): group "eastern" = XX-01 + XX-02.
    const r = loadDataset(path.resolve('lib/dataset/fixtures/mini'));
    if (!r.ok) throw new Error('fixture does not load');
    const deck = storyDeck(r.dataset, {
      schemaVersion: 1,
      id: 's',
      title: 'Synthetic',
      steps: [{ statement: 'st-1', map: { highlight: ['eastern'] } }],
    });
    const slide = deck.slides[0]!;
    const regions = JSON.parse(
      readFileSync(path.resolve('lib/dataset/fixtures/mini/regions.geojson'), 'utf8'),
    ) as Parameters<typeof storyMapSvg>[0]['regions'];
    const svg = storyMapSvg({ regions, neighbours: null }, r.dataset, slide, {
      idPrefix: 't-',
      title: slideMapTitle(slide),
    });
    const outlined = [...svg.matchAll(/data-highlight="([^"]+)" d="([^"]+)"/g)].map((m) => m[1]);
    expect(outlined).toEqual(['XX-01', 'XX-02']);
    expect(svg).toContain('outlined: ');
  });
});
