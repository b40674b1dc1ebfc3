import { describe, expect, it } from 'vitest';
import { timeSpanOf } from '../dataset/compile';
import type { TimelineItem } from '../dataset/types';
import type { FuzzyDate } from '../schema';
import { brokenScale } from './breaks';
import { timelineModel } from './model';
import { timelinePalette } from './palette';
import { timelineStage } from './stage';
import { frameView, rangeText } from './view-model';

const day = (v: string): FuzzyDate => ({ value: v, basis: 'explicit' });
const item = (id: string, date: string): TimelineItem => ({
  id,
  type: 'event',
  date: day(date),
  span: timeSpanOf(day(date)),
  lane: 'events',
  label: id,
  regions: [],
  source: 's',
});
const context = { people: [], parties: [{ id: 'red', name: 'Redland' }] };
const palette = timelinePalette([{ id: 'red', color: '#D55E00' }]);

/** Synthetic: one item a quarter from 2014 to Jan 2017, silence, then one a quarter from Feb 2022. */
function clumps(): TimelineItem[] {
  const out: TimelineItem[] = [];
  for (const [from, to] of [
    [2014, 2016],
    [2022, 2025],
  ] as const)
    for (let y = from; y <= to; y++)
      for (let m = from === 2022 ? 2 : 1; m <= 12; m += 3)
        out.push(item(`e${y}-${m}`, `${y}-${String(m).padStart(2, '0')}-15`));
  // The first clump ends early in a year, so the year after the silence sits close to it.
  out.push(item('e2017-1', '2017-01-20'));
  return out;
}

describe('frameView across a break in time', () => {
  const model = timelineModel(clumps(), context, 'speaker');
  const stage = timelineStage(model.lanes, 'speaker', 740);
  const full: [number, number] = [Date.UTC(2013, 10, 1), Date.UTC(2026, 1, 1)];
  const x = brokenScale(full, model.breaks, stage.plotW);
  const view = frameView(model, stage, x, palette);
  const years = view.ticks.map((t) => new Date(t.ms).getUTCFullYear());

  it('finds the silence between the clumps and says it is drawn compressed', () => {
    expect(model.breaks).toHaveLength(1);
    expect(view.breaks).toHaveLength(1);
    expect(rangeText(full, model.breaks)).toMatch(
      /no statement or event \w+ 2017 – \w+ 2021 \(drawn compressed\)/,
    );
  });

  it('puts no tick inside the break, and keeps the first year after it', () => {
    const b = model.breaks[0]!;
    expect(view.ticks.some((t) => t.ms > b.start && t.ms < b.end)).toBe(false);
    expect(years).toContain(2022);
    expect(years).toContain(2017);
  });

  it('never draws two tick labels closer than 40 px', () => {
    const px = view.ticks.map((t) => x(t.ms));
    for (let i = 1; i < px.length; i++) expect(px[i]! - px[i - 1]!).toBeGreaterThanOrEqual(40);
  });
});

describe('frameView when a break ends inside a year', () => {
  // Synthetic: a few items in 2007, silence, then one a month from October 2023.
  const items = ['2007-06-14', '2007-09-01', '2007-12-20'].map((d, i) => item(`a${i}`, d));
  for (let m = 0; m < 30; m++) {
    const d = new Date(Date.UTC(2023, 9 + m, 10)).toISOString().slice(0, 10);
    items.push(item(`b${m}`, d));
  }
  const model = timelineModel(items, context, 'speaker');
  const stage = timelineStage(model.lanes, 'speaker', 740);
  const full: [number, number] = [Date.UTC(2007, 0, 1), Date.UTC(2026, 0, 1)];
  const x = brokenScale(full, model.breaks, stage.plotW);
  const view = frameView(model, stage, x, palette);

  it('names the first month after the break, between the break and the first item after it', () => {
    const b = model.breaks[0]!;
    const named = view.ticks.filter((t) => / 2023$/.test(t.label));
    expect(named).toHaveLength(1);
    expect(named[0]!.ms).toBeGreaterThanOrEqual(b.end);
    expect(named[0]!.ms).toBeLessThan(Date.UTC(2023, 9, 10));
    expect(new Date(named[0]!.ms).getUTCDate()).toBe(1);
    const px = view.ticks.map((t) => x(t.ms));
    for (let i = 1; i < px.length; i++) expect(px[i]! - px[i - 1]!).toBeGreaterThanOrEqual(40);
  });
});
