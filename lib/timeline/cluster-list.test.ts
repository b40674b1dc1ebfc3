import { describe, expect, it } from 'vitest';
import { timeSpanOf } from '../dataset/compile';
import type { TimelineItem } from '../dataset/types';
import type { FuzzyDate } from '../schema';
import { clusterListView, zoomSeparates } from './cluster-list';
import type { ItemDescription } from './describe';
import type { ClusterMark } from './marks';
import { timelineStage } from './stage';

const at = (value: string): FuzzyDate => ({ value, basis: 'explicit' });
const item = (id: string, date: string): TimelineItem => ({
  id,
  type: 'statement',
  date: at(date),
  span: timeSpanOf(at(date)),
  lane: 'putin',
  label: id,
  regions: [],
  source: 's',
});
const clusterOf = (items: TimelineItem[]): ClusterMark => ({
  kind: 'cluster',
  key: 'c1-0',
  lane: 1,
  x0: 100,
  x1: 120,
  indices: items.map((_, i) => i),
  start: Math.min(...items.map((t) => t.span.start!)),
  end: Math.max(...items.map((t) => t.span.end!)),
});
const describe_ = (items: TimelineItem[]) => (i: number) =>
  ({
    id: items[i]!.id,
    heading: 'Vladimir Putin',
    date: items[i]!.date.value,
    text: `Words of ${items[i]!.id}`,
    verbatim: true,
  }) as ItemDescription;
const stage = timelineStage([{ rows: 3 }, { rows: 1 }], 'speaker', 800);

describe('zoomSeparates(cluster, items)', () => {
  it('is false only when every item covers the same time', () => {
    const day = [item('a', '2025-01-20'), item('b', '2025-01-20')];
    const year = [item('a', '2014'), item('b', '2014')];
    const mixed = [item('a', '2014'), item('b', '2014-03-18')];
    expect(zoomSeparates(clusterOf(day), day)).toBe(false);
    expect(zoomSeparates(clusterOf(year), year)).toBe(false);
    expect(zoomSeparates(clusterOf(mixed), mixed)).toBe(true);
  });
});

describe('clusterListView(cluster, items, describe, stage, selectedId)', () => {
  it('lists the items in order, with the shared date as precise as it was given', () => {
    const year = [item('a', '2014'), item('b', '2014')];
    const v = clusterListView(clusterOf(year), year, describe_(year), stage, 'b');
    expect(v.title).toBe('2 items, 2014');
    expect(v.entries.map((e) => [e.id, e.selected, e.text])).toEqual([
      ['a', false, 'Words of a'],
      ['b', true, 'Words of b'],
    ]);
  });
  it('gives a range when the dates differ', () => {
    const two = [item('a', '2022-02-20'), item('b', '2022-02-24')];
    expect(clusterListView(clusterOf(two), two, describe_(two), stage, null).title).toBe(
      '2 items, 20 Feb 2022 – 24 Feb 2022',
    );
  });
});
