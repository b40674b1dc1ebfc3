import { describe, expect, it } from 'vitest';
import { PATTERNS, patternPixels, svgPattern, svgPatternDefs, type PatternId } from './patterns';

const inked = (id: PatternId) => {
  const { data } = patternPixels(PATTERNS[id]);
  let n = 0;
  for (let i = 3; i < data.length; i += 4) if (data[i]! > 0) n++;
  return n / (data.length / 4);
};

describe('patterns (one description for the WebGL images, the SVG defs and the pictures)', () => {
  it('has a pattern for every meaning, each drawing something and leaving the fill visible', () => {
    for (const id of Object.keys(PATTERNS) as PatternId[]) {
      expect(inked(id), id).toBeGreaterThan(0.02);
      expect(inked(id), id).toBeLessThan(0.6);
    }
  });
  it('draws words in rising densities: partly < most < almost all', () => {
    expect(inked('partial')).toBeLessThan(inked('most'));
    expect(inked('most')).toBeLessThan(inked('almost-all'));
  });
  it('marks age with a dark and a white line, so it shows on the darkest and lightest fills', () => {
    const { data } = patternPixels(PATTERNS.stale);
    const colours = new Set<string>();
    for (let i = 0; i < data.length; i += 4)
      if (data[i + 3]) colours.add(`${data[i]},${data[i + 1]},${data[i + 2]}`);
    expect(colours).toEqual(new Set(['26,29,35', '255,255,255']));
  });
  it('writes each as an SVG <pattern> with the prefixed id', () => {
    expect(svgPattern('bounded', 'p-')).toMatch(/^<pattern id="p-bounded" width="8" height="8"/);
    expect(svgPatternDefs('q-').match(/<pattern /g)).toHaveLength(Object.keys(PATTERNS).length);
  });
  it('scales the tile for high-density screens', () => {
    expect(patternPixels(PATTERNS.bounded, 2).width).toBe(16);
  });
});
