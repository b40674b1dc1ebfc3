import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { controlLegend } from '../map/legend';
import { PICTURE, pictureLayout, textWidthAt, wrapLines, type PictureText } from './picture';

const base = {
  title: 'Russia–Ukraine war',
  dateLine: 'Control as of 21 January 2025',
  legend: controlLegend('Russia'),
  sourceLine: 'Sources: 40 cited sources',
  attribution: 'Boundaries: geoBoundaries (CC BY 4.0)',
};
const texts = (l: ReturnType<typeof pictureLayout>) =>
  l.parts.filter((p): p is PictureText => p.kind === 'text');

describe('wrapLines', () => {
  it('breaks at words and keeps every line within the width', () => {
    const lines = wrapLines('the quick brown fox jumps over the lazy dog', 100, 14, 400, 9);
    expect(lines.join(' ')).toBe('the quick brown fox jumps over the lazy dog');
    for (const l of lines) expect(textWidthAt(l, 14, 400)).toBeLessThanOrEqual(100);
  });
  it('cuts the last allowed line with an ellipsis when more would follow', () => {
    const lines = wrapLines('one two three four five six seven eight', 60, 14, 400, 2);
    expect(lines).toHaveLength(2);
    expect(lines[1]!.endsWith('…')).toBe(true);
  });
  it('never exceeds the lines or the width, whatever the text (property)', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 400 }), fc.integer({ min: 1, max: 5 }), (t, max) => {
        const lines = wrapLines(t, 200, 15, 400, max);
        expect(lines.length).toBeLessThanOrEqual(max);
        for (const l of lines) expect(textWidthAt(l, 15, 400)).toBeLessThanOrEqual(200 + 15);
      }),
    );
  });
});

describe('pictureLayout', () => {
  it('carries title, date, every legend entry, sources and the boundary credit', () => {
    const l = pictureLayout(base);
    const all = texts(l)
      .map((t) => t.text)
      .join('\n');
    for (const s of [base.title, base.dateLine, base.sourceLine, base.attribution])
      expect(all).toContain(s);
    const swatches = l.parts.filter((p) => p.kind === 'swatch');
    const legend = base.legend;
    expect(swatches).toHaveLength(legend.steps.length + legend.words.length + legend.marks.length);
    expect(l.height).toBeGreaterThanOrEqual(PICTURE.minHeight);
    // No legend words are cut short.
    const labels = [...legend.steps, ...legend.words, ...legend.marks].map((m) => m.label);
    const drawn = texts(l).map((t) => t.text);
    expect(drawn.some((t) => t.endsWith('…'))).toBe(false);
    for (const label of labels) expect(all.replace(/\n/g, ' ')).toContain(label);
  });
  it('keeps the map where the PNG tests read it when nothing is added', () => {
    const map = pictureLayout(base).parts.find((p) => p.kind === 'map');
    expect(map).toEqual({ kind: 'map', x: 32, y: 104, width: 816, height: 544 });
  });
  it('adds the subtitle above the map and the annotations, note and byline below it', () => {
    const l = pictureLayout({
      ...base,
      subtitle: 'Share of each region',
      annotations: ['1. Kherson Oblast: retaken'],
      note: 'A long note '.repeat(30),
      byline: 'Chart: J. Doe',
    });
    const map = l.parts.find((p) => p.kind === 'map')!;
    const at = (s: string) => texts(l).find((t) => t.text.startsWith(s))!.y;
    expect(at('Share of each region')).toBeLessThan(map.y);
    expect(at('1. Kherson')).toBeGreaterThan(map.y + map.height);
    expect(at('A long note')).toBeGreaterThan(at('1. Kherson'));
    expect(at('Chart: J. Doe')).toBeGreaterThan(at('A long note'));
    expect(at(base.attribution)).toBeGreaterThan(at('Chart: J. Doe'));
    // Nothing drawn below the picture's edge.
    for (const t of texts(l)) expect(t.y).toBeLessThan(l.height);
    expect(texts(l).find((t) => t.text.startsWith('Chart'))!.italic).toBe(true);
  });
});
