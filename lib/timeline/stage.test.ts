import { describe, expect, it } from 'vitest';
import { timelinePalette, EVENT_COLOUR, OTHER_COLOUR } from './palette';
import { clusterShape, laneLabel, timelineStage } from './stage';
import { fitText, LABEL_FONTS, textWidth } from './text-width';
import type { ClusterMark } from './marks';

describe('timelinePalette(parties)', () => {
  const palette = timelinePalette([{ id: 'us', color: '#009E73' }]);
  it('colours events slate, statements by party, grey without a known party', () => {
    expect(palette.item({ type: 'event', party: 'us' })).toBe(EVENT_COLOUR);
    expect(palette.item({ type: 'statement', party: 'us' })).toBe('#009E73');
    expect(palette.item({ type: 'statement' })).toBe(OTHER_COLOUR);
    expect(palette.item({ type: 'statement', party: 'nobody' })).toBe(OTHER_COLOUR);
  });
  it('colours lanes by the same rule', () => {
    expect(palette.lane({ key: 'events' })).toBe(EVENT_COLOUR);
    expect(palette.lane({ key: 'biden', party: 'us' })).toBe('#009E73');
    expect(palette.lane({ key: 'other' })).toBe(OTHER_COLOUR);
  });
});

describe('textWidth(text, font) and fitText(text, maxWidth, font)', () => {
  it('measures by the font’s average advance', () => {
    expect(textWidth('abcde', LABEL_FONTS.label)).toBe(31);
    expect(textWidth('12', LABEL_FONTS.count)).toBe(14);
  });
  it('cuts with an ellipsis only what does not fit', () => {
    expect(fitText('Vladimir Putin', 100, LABEL_FONTS.label)).toBe('Vladimir Putin');
    expect(fitText('Volodymyr Zelensky', 62, LABEL_FONTS.label)).toBe('Volodymyr…');
  });
});

describe('timelineStage(lanes, mode, width)', () => {
  const stage = timelineStage([{ rows: 3 }, { rows: 1 }], 'speaker', 760);
  it('gives speaker lanes a gutter of 18% (150 px at most) and stacks lanes under the axis', () => {
    expect(stage).toMatchObject({ gutter: 137, plotW: 615, laneTop: [44, 88], height: 112 });
    expect(timelineStage([], 'party', 500).gutter).toBe(64);
  });
  it('names lanes in full when the gutter has room, shortly and cut when it has not', () => {
    const lane = { key: 'z', label: 'Volodymyr Zelensky', shortLabel: 'Zelensky', rows: 1 };
    expect(laneLabel(lane, stage, 'speaker')).toBe('Volodymyr Zelensky');
    expect(laneLabel(lane, timelineStage([], 'speaker', 700), 'speaker')).toBe('Zelensky');
    expect(laneLabel(lane, timelineStage([], 'party', 300), 'party')).toBe('Zelens…');
  });
  it('keeps a cluster’s pill inside the plot and wide enough for its count', () => {
    const c = (x0: number, n: number): ClusterMark => ({
      kind: 'cluster',
      key: 'c',
      lane: 1,
      x0,
      x1: x0 + 4,
      indices: Array.from({ length: n }, (_, i) => i),
      start: 0,
      end: 1,
    });
    expect(clusterShape(stage, c(-20, 3))).toMatchObject({ x0: 1, x1: 18, cy: 98 });
    expect(clusterShape(stage, c(612, 12))).toMatchObject({ x0: 590, x1: 614 });
  });
});
