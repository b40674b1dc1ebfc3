import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadDataset } from '../dataset/load';
import type { TimelineItem } from '../dataset/types';
import { changeDays, gapAhead, nextChangeDay, previousChangeDay, shiftDay } from './change-days';
import {
  buildFilterIndex,
  EMPTY_FILTERS,
  filterTimeline,
  isFiltering,
  matchesFilters,
} from './filters';

const result = loadDataset(path.resolve('data/ukraine'));
if (!result.ok) throw new Error('dataset does not load');
const ds = result.dataset;
const index = buildFilterIndex(ds);
const item = (id: string) => ds.timeline.find((t) => t.id === id) as TimelineItem;

describe('changeDays(dataset) on the bundled Ukraine dataset (integration)', () => {
  const days = changeDays(ds);
  it("lists unique sorted days including the seed's publication and the baseline", () => {
    expect(days).toContain('2025-01-21');
    expect(days).toContain('2014-02-19');
    expect([...days].sort()).toEqual(days);
    expect(new Set(days).size).toBe(days.length);
  });
  it('nextChangeDay / previousChangeDay step strictly past the day', () => {
    expect(nextChangeDay(days, '2025-01-20')).toBe('2025-01-21');
    expect(nextChangeDay(['2020-01-01'], '2020-01-01')).toBeNull();
    expect(previousChangeDay(days, '2025-01-21')).toBe('2025-01-20');
    expect(previousChangeDay(['2020-01-01'], '2020-01-01')).toBeNull();
  });
});

describe('shiftDay(day, n, unit)', () => {
  it('steps days across month ends and months to the last valid day', () => {
    expect(shiftDay('2024-02-28', 1)).toBe('2024-02-29');
    expect(shiftDay('2025-01-01', -1)).toBe('2024-12-31');
    expect(shiftDay('2025-01-31', 1, 'month')).toBe('2025-02-28');
    expect(shiftDay('2025-03-31', -1, 'month')).toBe('2025-02-28');
  });
});

describe('matchesFilters(item, filters)', () => {
  it('lets everything through with no filter', () => {
    expect(isFiltering(EMPTY_FILTERS)).toBe(false);
    expect(filterTimeline(ds.timeline, EMPTY_FILTERS, index)).toHaveLength(ds.timeline.length);
  });
  it('filters by speaker and by party (statements only)', () => {
    const ids = filterTimeline(
      ds.timeline,
      { ...EMPTY_FILTERS, speakers: ['dmitry-medvedev'] },
      index,
    );
    expect(ids.length).toBeGreaterThanOrEqual(2);
    expect(ids.every((id) => item(id).lane === 'dmitry-medvedev')).toBe(true);
    const ru = filterTimeline(ds.timeline, { ...EMPTY_FILTERS, parties: ['russia'] }, index);
    expect(ru.every((id) => item(id).party === 'russia')).toBe(true);
  });
  it('matches a group filter to items naming a member, and a member filter to items naming the group', () => {
    const donbas = filterTimeline(ds.timeline, { ...EMPTY_FILTERS, regions: ['donbas'] }, index);
    expect(donbas).toContain('ev-2014-04-12-armed-pro-russian-gunmen-seize');
    const donetsk = filterTimeline(ds.timeline, { ...EMPTY_FILTERS, regions: ['UA-14'] }, index);
    expect(donetsk).toContain('ev-2025-12-29-kremlin-says-ukraine-must-withdraw');
  });
  it('searches words, names and aliases without case or accents', () => {
    const hits = filterTimeline(ds.timeline, { ...EMPTY_FILTERS, text: 'ROOT causes' }, index);
    expect(hits).toContain('st-2025-01-20-putin-root-causes');
    expect(
      filterTimeline(ds.timeline, { ...EMPTY_FILTERS, text: 'zelenskyy' }, index).length,
    ).toBeGreaterThan(0);
  });
  it('keeps items overlapping a date range and drops undated ones', () => {
    const f = { ...EMPTY_FILTERS, from: '2024-06-01', to: '2024-06-30' };
    expect(matchesFilters(item('st-2024-medvedev-peacekeepers-targets'), f, index)).toBe(true);
    expect(matchesFilters(item('st-putin-concrete-real-peace-proposal'), f, index)).toBe(false);
    expect(matchesFilters(item('st-2025-01-20-putin-root-causes'), f, index)).toBe(false);
  });
});

describe('gapAhead(days, day, minDays)', () => {
  const days = ['2014-03-01', '2015-02-15', '2022-02-01', '2022-02-03'];
  it('names the next change when it is more than minDays away', () => {
    expect(gapAhead(days, '2015-02-15', 365)).toEqual({ next: '2022-02-01', days: 2543 });
  });
  it('says nothing when the next change is near, or at the end', () => {
    expect(gapAhead(days, '2022-02-01', 365)).toBeNull();
    expect(gapAhead(days, '2014-03-01', 365)).toBeNull();
    expect(gapAhead(days, '2022-02-03', 365)).toBeNull();
  });
});
