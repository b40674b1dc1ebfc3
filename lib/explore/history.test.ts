import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { controlAt } from '../control/control-at';
import { dayStart } from '../dates/fuzzy-date';
import { loadDataset } from '../dataset/load';
import { controlHistory } from './history';

const result = loadDataset(path.resolve('data/ukraine'));
if (!result.ok) throw new Error('dataset does not load');
const ds = result.dataset;
const area = (id: string) => ds.regions.find((r) => r.id === id)?.areaKm2 ?? null;
const until = dayStart('2026-01-01');

describe('controlHistory(series, mapParty) on the bundled Ukraine dataset (integration)', () => {
  it('starts with the baseline and then follows the figures in date order', () => {
    const steps = controlHistory(ds.series['UA-65']!, 'russia', area, until);
    expect(steps[0]?.entry.via).toBe('baseline');
    for (let i = 1; i < steps.length; i++)
      expect(steps[i]!.start).toBeGreaterThanOrEqual(steps[i - 1]!.end);
    expect(steps.at(-1)?.end).toBe(until);
  });

  it("agrees with controlAt on every step's first day", () => {
    for (const id of ['UA-14', 'UA-09', 'UA-23', 'UA-63']) {
      for (const step of controlHistory(ds.series[id]!, 'russia', area, until)) {
        const at = controlAt(ds.series[id], id, step.start, {
          staleAfterDays: Infinity,
          includeClaims: true,
        });
        expect(at.status === 'figure' && at.entry.observation.id, `${id} ${step.start}`).toBe(
          step.entry.observation.id,
        );
      }
    }
  });

  it("complements figures stated as Ukraine's share", () => {
    const steps = controlHistory(ds.series['UA-09']!, 'russia', area, until);
    const haidai = steps.find(
      (s) => s.entry.observation.controller === 'ukraine' && s.entry.via === 'region',
    );
    expect(haidai?.converted).toBe(true);
    expect(haidai?.share).toMatchObject({ kind: 'exact', value: 90 });
  });
});
