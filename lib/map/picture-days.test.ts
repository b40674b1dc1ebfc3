import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadDataset } from '../dataset/load';
import { dayBoundsOf } from '../dataset/days';
import { dayStart } from '../dates/fuzzy-date';
import { shiftDay } from '../explore/change-days';
import { controlMapContext, controlMapStateAt } from './map-state';
import { pictureDayOf, pictureDays, pictureKey } from './picture-days';

const load = (name: string) => {
  const loaded = loadDataset(path.join(__dirname, '..', 'dataset', 'fixtures', name));
  if (!loaded.ok) throw new Error(`fixture ${name} does not load`);
  return loaded.dataset;
};

describe.each(['mini', 'towns'])('pictureDays on the %s fixture', (name) => {
  const dataset = load(name);
  const [first, last] = dayBoundsOf(dataset);
  // Past the last figure by two staleness windows, where figures grow old with no new report.
  const from = shiftDay(first, -30);
  const to = shiftDay(last, 2 * dataset.conflict.staleAfterDays + 30);
  const days = pictureDays(dataset, from, to);
  const ctx = controlMapContext(dataset);
  const keyOf = (day: string) => pictureKey(controlMapStateAt(dataset, dayStart(day), ctx));

  it('finds more than one picture (the fixture changes over time)', () => {
    expect(days.length).toBeGreaterThan(1);
    expect(days[0]).toBe(from);
  });

  it('gives every day, checked one by one, the picture of its picture day', () => {
    const wrong: string[] = [];
    for (let day = from; day <= to; day = shiftDay(day, 1)) {
      const shown = pictureDayOf(days, day)!;
      if (keyOf(shown) !== keyOf(day)) wrong.push(`${day} (shown as ${shown})`);
    }
    expect(wrong).toEqual([]);
  });

  it('lists no picture day whose picture equals the one before it', () => {
    for (let i = 1; i < days.length; i++) expect(keyOf(days[i]!)).not.toBe(keyOf(days[i - 1]!));
  });
});

describe('pictureDayOf(days, day)', () => {
  const days = ['2020-01-01', '2020-03-05', '2021-07-01'];
  it('is the last picture day on or before the day', () => {
    expect(pictureDayOf(days, '2020-03-05')).toBe('2020-03-05');
    expect(pictureDayOf(days, '2020-03-04')).toBe('2020-01-01');
    expect(pictureDayOf(days, '2030-01-01')).toBe('2021-07-01');
  });
  it('is the first picture day for a day before them all, and null with none', () => {
    expect(pictureDayOf(days, '1999-01-01')).toBe('2020-01-01');
    expect(pictureDayOf([], '2020-01-01')).toBeNull();
  });
});
