import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { dayStart } from '../dates/fuzzy-date';
import { loadDataset } from '../dataset/load';
import { compareControl } from './compare';

const result = loadDataset(path.resolve('data/ukraine'));
if (!result.ok) throw new Error('dataset does not load');

describe('compareControl(dataset, dayA, dayB)', () => {
  it('marks regions whose figure differs between two days', () => {
    const changes = compareControl(result.dataset, dayStart('2022-02-01'), dayStart('2025-01-21'));
    const byId = new Map(changes.map((c) => [c.regionId, c]));
    expect(byId.get('UA-65')?.changed).toBe(true); // Kherson: baseline → more than 70%
    expect(byId.get('UA-46')?.changed).toBe(false); // Lviv: baseline on both days
    expect(changes).toHaveLength(27);
  });
});
