import { describe, expect, it } from 'vitest';
import path from 'node:path';
import type { ControlObservation } from '../schema';
import { dayStart } from '../dates/fuzzy-date';
import { loadDataset } from '../dataset/load';
import { timeSpanOf } from '../dataset/compile';
import type { SeriesEntry } from '../dataset/types';
import { controlAt, controlMapAt } from './control-at';

function obs(
  id: string,
  asOf: string,
  extra: Partial<ControlObservation> = {},
): ControlObservation {
  return {
    id,
    source: `src-${id}`,
    target: 'UA-14',
    controller: 'russia',
    asOf: { value: asOf, basis: 'explicit' },
    measure: { kind: 'exact', value: 50, unit: 'percent' },
    status: 'assessed',
    evidence: { type: 'citation' },
    ...extra,
  };
}
function entry(
  o: ControlObservation,
  via: SeriesEntry['via'] = 'region',
  published: string | null = null,
): SeriesEntry {
  return {
    observation: o,
    via,
    ...(via === 'group' ? { group: 'donbas' } : {}),
    span: timeSpanOf(o.asOf),
    published: published ? dayStart(published) : null,
  };
}
const day = dayStart;
const winnerId = (r: ReturnType<typeof controlAt>) =>
  r.status === 'figure' ? r.entry.observation.id : null;

describe('controlAt(series, region, day)', () => {
  it('takes the latest figure on or before the day', () => {
    const s = [
      entry(obs('a', '2022-03-01')),
      entry(obs('b', '2022-06-01')),
      entry(obs('c', '2022-09-01')),
    ];
    expect(winnerId(controlAt(s, 'UA-14', day('2022-07-15'), 365))).toBe('b');
    expect(winnerId(controlAt(s, 'UA-14', day('2022-06-01'), 365))).toBe('b');
    expect(winnerId(controlAt(s, 'UA-14', day('2030-01-01'), 365))).toBe('c');
  });

  it('says "before the first figure" for a day before any, and "no data" for an empty series', () => {
    const s = [entry(obs('a', '2022-03-01'))];
    expect(controlAt(s, 'UA-14', day('2013-05-01'), 365)).toMatchObject({
      status: 'none',
      reason: 'before-first-figure',
    });
    expect(controlAt([], 'UA-30', day('2022-05-01'), 365)).toMatchObject({
      status: 'none',
      reason: 'no-data',
    });
  });

  it('keeps a figure of none (0%) apart from no data', () => {
    const s = [entry(obs('zero', '2022-04-05', { measure: { kind: 'none' } }))];
    const r = controlAt(s, 'UA-59', day('2022-05-01'), 365);
    expect(r.status).toBe('figure');
    expect(r.status === 'figure' && r.entry.observation.measure.kind).toBe('none');
  });

  it("prefers a region's own figure over its group's on a tie, and keeps the group's as another source", () => {
    const s = [
      entry(obs('group', '2025-01-21'), 'group', '2025-01-21'),
      entry(obs('own', '2025-01-21'), 'region', '2025-01-01'),
    ];
    const r = controlAt(s, 'UA-14', day('2025-02-01'), 365);
    expect(winnerId(r)).toBe('own');
    expect(r.status === 'figure' && r.others.map((o) => o.observation.id)).toEqual(['group']);
  });

  it('prefers the later-published source on a tie between own figures, undated sources last', () => {
    const s = [
      entry(obs('older', '2022-04-01'), 'region', '2022-04-02'),
      entry(obs('undated', '2022-04-01'), 'region', null),
      entry(obs('newer', '2022-04-01'), 'region', '2022-05-10'),
    ];
    const r = controlAt(s, 'UA-14', day('2022-06-01'), 365);
    expect(winnerId(r)).toBe('newer');
    expect(r.status === 'figure' && r.others.map((o) => o.observation.id)).toEqual([
      'older',
      'undated',
    ]);
  });

  it('counts a month or year figure from its first day, and a finer figure of the same first day wins', () => {
    const s = [entry(obs('month', '2022-03')), entry(obs('day', '2022-03-01'))];
    expect(winnerId(controlAt(s, 'UA-14', day('2022-03-01'), 365))).toBe('day');
    expect(winnerId(controlAt([entry(obs('year', '2014'))], 'UA-43', day('2014-06-01'), 365))).toBe(
      'year',
    );
  });

  it('uses the baseline when no figure applies, and never calls it stale', () => {
    const base = entry(
      obs('baseline', '2014-02-19', { controller: 'ukraine', measure: { kind: 'all' } }),
      'baseline',
    );
    const s = [base, entry(obs('a', '2022-03-01'))];
    const before = controlAt(s, 'UA-14', day('2020-01-01'), 365);
    expect(winnerId(before)).toBe('baseline');
    expect(before.status === 'figure' && before.stale).toBe(false);
    expect(winnerId(controlAt(s, 'UA-14', day('2022-03-02'), 365))).toBe('a');
  });

  it('keeps the baseline up to its own day against a coarser figure whose span covers it', () => {
    // "held by Ukraine before 20 Feb 2014" vs "annexed in 2014": 1 Feb 2014 is still the baseline.
    const base = entry(
      obs('baseline', '2014-02-19', { controller: 'ukraine', measure: { kind: 'all' } }),
      'baseline',
    );
    const year = entry(obs('year', '2014', { measure: { kind: 'all' } }));
    const s = [base, year];
    expect(winnerId(controlAt(s, 'UA-43', day('2014-02-01'), 365))).toBe('baseline');
    expect(winnerId(controlAt(s, 'UA-43', day('2013-06-01'), 365))).toBe('baseline');
    expect(winnerId(controlAt(s, 'UA-43', day('2014-02-20'), 365))).toBe('year');
    // A day-precise figure before the baseline's day still speaks.
    const early = entry(obs('early', '2014-02-10'));
    expect(winnerId(controlAt([...s, early], 'UA-43', day('2014-02-15'), 365))).toBe('early');
  });

  it('reports the age of the figure and marks it stale past the threshold', () => {
    const s = [entry(obs('a', '2022-01-01'))];
    const fresh = controlAt(s, 'UA-14', day('2022-03-02'), 365);
    expect(fresh).toMatchObject({ ageDays: 60, stale: false });
    expect(controlAt(s, 'UA-14', day('2023-06-01'), 365)).toMatchObject({ stale: true });
  });
});

describe('controlMapAt(dataset, day) on the bundled Ukraine dataset', () => {
  const result = loadDataset(path.resolve('data/ukraine'));
  if (!result.ok) throw new Error(result.problems.map((p) => p.message).join('\n'));
  const ds = result.dataset;
  const at = controlMapAt(ds, day('2025-01-21'));

  it("applies the seed article's Donbas figure (≈80%) to Donetsk and Luhansk as a group figure", () => {
    for (const id of ['UA-14', 'UA-09']) {
      const r = at[id];
      expect(r?.status).toBe('figure');
      if (r?.status !== 'figure') continue;
      expect(r.entry.via).toBe('group');
      expect(r.entry.group).toBe('donbas');
      expect(r.entry.observation.measure).toMatchObject({ kind: 'approximately', value: 80 });
    }
  });

  it('reads Zaporizhzhia and Kherson as more than 70% each, and Crimea as all', () => {
    expect(at['UA-23']?.status === 'figure' && at['UA-23'].entry.observation.measure).toMatchObject(
      { kind: 'more-than', value: 70 },
    );
    expect(at['UA-65']?.status === 'figure' && at['UA-65'].entry.observation.measure).toMatchObject(
      { kind: 'more-than', value: 70 },
    );
    expect(at['UA-43']?.status === 'figure' && at['UA-43'].entry.observation.measure.kind).toBe(
      'all',
    );
    expect(at['UA-40']?.status === 'figure' && at['UA-40'].entry.observation.measure.kind).toBe(
      'all',
    );
  });

  it('reads Kyiv Oblast from its last figure and Lviv from the baseline (no occupation reported)', () => {
    expect(at['UA-32']?.status === 'figure' && at['UA-32'].entry.observation.controller).toBe(
      'ukraine',
    );
    expect(at['UA-46']?.status === 'figure' && at['UA-46'].entry.via).toBe('baseline');
  });

  it('reads every region, Crimea included, from the baseline before 20 February 2014', () => {
    for (const d of ['2013-06-01', '2014-02-01']) {
      const early = controlMapAt(ds, day(d));
      expect(
        Object.values(early).every((r) => r.status === 'figure' && r.entry.via === 'baseline'),
      ).toBe(true);
    }
  });
});
