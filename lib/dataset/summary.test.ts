import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadDataset } from './load';
import { datasetSummary } from './summary';

// The small synthetic dataset under lib/dataset/fixtures/mini.
const loaded = loadDataset(path.resolve('lib/dataset/fixtures/mini'), {
  today: Date.parse('2026-01-01'),
});

describe('the conflict index card of a dataset', () => {
  it('counts its facts, names the parties that hold ground and dates its latest source', () => {
    if (!loaded.ok) throw new Error(JSON.stringify(loaded.problems));
    const s = datasetSummary(loaded.dataset);
    expect(s.id).toBe('mini');
    expect(s.parties.map((p) => p.id)).toEqual(['red', 'blue']);
    expect(s.parties[0]!.color).toMatch(/^#[0-9a-f]{6}$/i);
    expect([s.statements, s.events, s.assessed, s.claimed, s.sources]).toEqual([1, 1, 1, 0, 1]);
    expect(s.lastPublished).toBe('2020-03-10');
    expect(s.days[0] <= s.days[1]).toBe(true);
    expect(s.span).not.toBeNull();
  });
});
