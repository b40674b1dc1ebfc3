import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { dayStart } from '../dates/fuzzy-date';
import { loadDataset } from '../dataset/load';
import { compareControl, comparePlaces } from './compare';

const result = loadDataset(path.resolve('data/ukraine'));
if (!result.ok) throw new Error('dataset does not load');

describe('compareControl(dataset, dayA, dayB) on the bundled Ukraine dataset (integration)', () => {
  it('marks regions whose figure differs between two days', () => {
    const changes = compareControl(result.dataset, dayStart('2022-02-01'), dayStart('2025-01-21'));
    const byId = new Map(changes.map((c) => [c.regionId, c]));
    expect(byId.get('UA-65')?.changed).toBe(true); // Kherson: baseline → more than 70%
    expect(byId.get('UA-46')?.changed).toBe(false); // Lviv: baseline on both days
    expect(changes).toHaveLength(27);
  });
});

describe('comparePlaces(dataset, dayA, dayB)', () => {
  const towns = loadDataset(path.resolve('lib/dataset/fixtures/towns'));
  if (!towns.ok) throw new Error('fixture does not load');
  it("marks places whose own figure differs; a region's figure or a claim never counts", () => {
    // Synthetic fixture: North Town taken on 8 Mar 2020; parts of Northland (its region)
    // on 10 Mar; East Base (no point) only claimed, on 10 Mar.
    const before = dayStart('2020-03-01');
    const byId = (a: number, b: number) =>
      new Map(comparePlaces(towns.dataset, a, b).map((c) => [c.placeId, c]));
    const week = byId(before, dayStart('2020-03-09'));
    expect(week.get('north-town')?.changed).toBe(true);
    expect(week.get('north-town')?.b.status).toBe('figure');
    expect(week.get('east-base')?.changed).toBe(false);
    const later = byId(dayStart('2020-03-09'), dayStart('2020-03-11'));
    // The region's new figure leaves the town's alone.
    expect(later.get('north-town')?.changed).toBe(false);
    // A claim is not control: East Base has no figure on either day.
    expect(later.get('east-base')?.changed).toBe(false);
    expect(later.get('east-base')?.b.status).toBe('none');
    expect(
      compareControl(towns.dataset, dayStart('2020-03-09'), dayStart('2020-03-11')).some(
        (c) => c.changed,
      ),
    ).toBe(true);
  });
});
