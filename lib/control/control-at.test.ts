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
    expect(winnerId(controlAt(s, 'UA-14', day('2022-07-15'), { staleAfterDays: 365 }))).toBe('b');
    expect(winnerId(controlAt(s, 'UA-14', day('2022-06-01'), { staleAfterDays: 365 }))).toBe('b');
    expect(winnerId(controlAt(s, 'UA-14', day('2030-01-01'), { staleAfterDays: 365 }))).toBe('c');
  });

  it('says "before the first figure" for a day before any, and "no data" for an empty series', () => {
    const s = [entry(obs('a', '2022-03-01'))];
    expect(controlAt(s, 'UA-14', day('2013-05-01'), { staleAfterDays: 365 })).toMatchObject({
      status: 'none',
      reason: 'before-first-figure',
    });
    expect(controlAt([], 'UA-30', day('2022-05-01'), { staleAfterDays: 365 })).toMatchObject({
      status: 'none',
      reason: 'no-data',
    });
  });

  it('keeps a figure of none (0%) apart from no data', () => {
    const s = [entry(obs('zero', '2022-04-05', { measure: { kind: 'none' } }))];
    const r = controlAt(s, 'UA-59', day('2022-05-01'), { staleAfterDays: 365 });
    expect(r.status).toBe('figure');
    expect(r.status === 'figure' && r.entry.observation.measure.kind).toBe('none');
  });

  it("prefers a region's own figure over its group's on a tie, and keeps the group's as another source", () => {
    const s = [
      entry(obs('group', '2025-01-21'), 'group', '2025-01-21'),
      entry(obs('own', '2025-01-21'), 'region', '2025-01-01'),
    ];
    const r = controlAt(s, 'UA-14', day('2025-02-01'), { staleAfterDays: 365 });
    expect(winnerId(r)).toBe('own');
    expect(r.status === 'figure' && r.others.map((o) => o.observation.id)).toEqual(['group']);
  });

  it('prefers the later-published source on a tie between own figures, undated sources last', () => {
    const s = [
      entry(obs('older', '2022-04-01'), 'region', '2022-04-02'),
      entry(obs('undated', '2022-04-01'), 'region', null),
      entry(obs('newer', '2022-04-01'), 'region', '2022-05-10'),
    ];
    const r = controlAt(s, 'UA-14', day('2022-06-01'), { staleAfterDays: 365 });
    expect(winnerId(r)).toBe('newer');
    expect(r.status === 'figure' && r.others.map((o) => o.observation.id)).toEqual([
      'older',
      'undated',
    ]);
  });

  it('counts a month or year figure from its first day, and a finer figure of the same first day wins', () => {
    const s = [entry(obs('month', '2022-03')), entry(obs('day', '2022-03-01'))];
    expect(winnerId(controlAt(s, 'UA-14', day('2022-03-01'), { staleAfterDays: 365 }))).toBe('day');
    expect(
      winnerId(
        controlAt([entry(obs('year', '2014'))], 'UA-43', day('2014-06-01'), {
          staleAfterDays: 365,
        }),
      ),
    ).toBe('year');
  });

  it('uses the baseline when no figure applies, and lets it age like any figure', () => {
    const base = entry(
      obs('baseline', '2014-02-19', { controller: 'ukraine', measure: { kind: 'all' } }),
      'baseline',
    );
    const s = [base, entry(obs('a', '2022-03-01'))];
    const early = controlAt(s, 'UA-14', day('2014-06-01'), { staleAfterDays: 365 });
    expect(winnerId(early)).toBe('baseline');
    expect(early.status === 'figure' && early.stale).toBe(false);
    const before = controlAt(s, 'UA-14', day('2020-01-01'), { staleAfterDays: 365 });
    expect(winnerId(before)).toBe('baseline');
    expect(before.status === 'figure' && before.stale).toBe(true);
    expect(winnerId(controlAt(s, 'UA-14', day('2022-03-02'), { staleAfterDays: 365 }))).toBe('a');
  });

  it('keeps the baseline up to its own day against a coarser figure whose span covers it', () => {
    // "held by Ukraine before 20 Feb 2014" vs "annexed in 2014": 1 Feb 2014 is still the baseline.
    const base = entry(
      obs('baseline', '2014-02-19', { controller: 'ukraine', measure: { kind: 'all' } }),
      'baseline',
    );
    const year = entry(obs('year', '2014', { measure: { kind: 'all' } }));
    const s = [base, year];
    expect(winnerId(controlAt(s, 'UA-43', day('2014-02-01'), { staleAfterDays: 365 }))).toBe(
      'baseline',
    );
    expect(winnerId(controlAt(s, 'UA-43', day('2013-06-01'), { staleAfterDays: 365 }))).toBe(
      'baseline',
    );
    expect(winnerId(controlAt(s, 'UA-43', day('2014-02-20'), { staleAfterDays: 365 }))).toBe(
      'year',
    );
    // A day-precise figure before the baseline's day still speaks.
    const early = entry(obs('early', '2014-02-10'));
    expect(
      winnerId(controlAt([...s, early], 'UA-43', day('2014-02-15'), { staleAfterDays: 365 })),
    ).toBe('early');
  });

  it('reports the age of the figure and marks it stale past the threshold', () => {
    const s = [entry(obs('a', '2022-01-01'))];
    const fresh = controlAt(s, 'UA-14', day('2022-03-02'), { staleAfterDays: 365 });
    expect(fresh).toMatchObject({ ageDays: 60, stale: false });
    expect(controlAt(s, 'UA-14', day('2023-06-01'), { staleAfterDays: 365 })).toMatchObject({
      stale: true,
    });
  });
});

describe('controlAt(series, region, day, options): control model v2', () => {
  const opts = { staleAfterDays: 365 };
  const base = entry(
    obs('baseline', '2014-02-19', { controller: 'ukraine', measure: { kind: 'all' } }),
    'baseline',
  );

  it('keeps claimed figures apart unless claims are included', () => {
    const s = [
      entry(obs('assessed', '2022-03-01')),
      entry(
        obs('claim', '2022-05-01', {
          status: 'claimed',
          claimant: 'X',
          claimantParty: 'russia',
          measure: { kind: 'all' },
        }),
      ),
    ];
    const r = controlAt(s, 'UA-14', day('2022-06-01'), opts);
    expect(winnerId(r)).toBe('assessed');
    expect(r.claims.map((c) => c.observation.id)).toEqual(['claim']);
    const withClaims = controlAt(s, 'UA-14', day('2022-06-01'), { ...opts, includeClaims: true });
    expect(winnerId(withClaims)).toBe('claim');
    expect(withClaims.claims).toEqual([]);
  });

  it('gives a region with only claims no data, the claims kept', () => {
    const s = [entry(obs('claim', '2022-05-01', { status: 'claimed', claimant: 'X' }))];
    const r = controlAt(s, 'UA-65', day('2022-06-01'), opts);
    expect(r).toMatchObject({ status: 'none' });
    expect(r.claims).toHaveLength(1);
  });

  it("never lets a newer group figure overwrite a member's more precise recent figure", () => {
    const s = [
      entry(obs('own', '2025-01', { measure: { kind: 'exact', value: 66, unit: 'percent' } })),
      entry(
        obs('group', '2025-01-21', {
          target: 'donbas',
          measure: { kind: 'approximately', value: 80, unit: 'percent' },
        }),
        'group',
      ),
    ];
    const r = controlAt(s, 'UA-14', day('2025-01-21'), opts);
    expect(winnerId(r)).toBe('own');
    expect(r.status === 'figure' && r.own).toBeNull();
  });

  it("lets a newer group figure shade a member whose own is no more precise, keeping the member's own", () => {
    const s = [
      entry(
        obs('own', '2024-06-01', { measure: { kind: 'more-than', value: 50, unit: 'percent' } }),
      ),
      entry(
        obs('group', '2025-01-21', {
          target: 'donbas',
          measure: { kind: 'approximately', value: 80, unit: 'percent' },
        }),
        'group',
      ),
    ];
    const r = controlAt(s, 'UA-14', day('2025-02-01'), opts);
    expect(winnerId(r)).toBe('group');
    expect(r.status === 'figure' && r.own?.entry.observation.id).toBe('own');
  });

  it('lets a newer group figure shade a member whose own precise figure is old', () => {
    const s = [
      entry(obs('own', '2022-01-01', { measure: { kind: 'exact', value: 33, unit: 'percent' } })),
      entry(obs('group', '2025-01-21', { target: 'donbas' }), 'group'),
    ];
    expect(winnerId(controlAt(s, 'UA-14', day('2025-02-01'), opts))).toBe('group');
  });

  it('breaks a same-day tie by the more precise measure', () => {
    const s = [
      entry(obs('words', '2022-04-01', { measure: { kind: 'most' } }), 'region', '2022-05-01'),
      entry(obs('exact', '2022-04-01'), 'region', '2022-04-02'),
    ];
    expect(winnerId(controlAt(s, 'UA-14', day('2022-06-01'), opts))).toBe('exact');
  });

  it('marks the baseline overtaken by a later report about the region', () => {
    const s = [base];
    const mentions = [day('2014-04-07')];
    expect(controlAt(s, 'UA-14', day('2014-04-01'), { ...opts, mentions })).toMatchObject({
      overtakenBy: null,
    });
    expect(controlAt(s, 'UA-14', day('2014-05-01'), { ...opts, mentions })).toMatchObject({
      overtakenBy: day('2014-04-07'),
    });
  });

  it('marks a source\'s "none" overtaken by a later claim, never by a plain report', () => {
    const none = entry(obs('none', '2022-04-05', { measure: { kind: 'none' } }));
    const claim = entry(obs('claim', '2022-06-01', { status: 'claimed', claimant: 'X' }));
    const mentions = [day('2022-05-01')];
    expect(controlAt([none], 'UA-59', day('2022-07-01'), { ...opts, mentions })).toMatchObject({
      overtakenBy: null,
    });
    expect(controlAt([none, claim], 'UA-59', day('2022-07-01'), opts)).toMatchObject({
      overtakenBy: day('2022-06-01'),
    });
  });
});

describe('controlMapAt(dataset, day) on the bundled Ukraine dataset (integration)', () => {
  const result = loadDataset(path.resolve('data/ukraine'));
  if (!result.ok) throw new Error(result.problems.map((p) => p.message).join('\n'));
  const ds = result.dataset;

  it("keeps Donetsk's and Luhansk's own figures on 21 Jan 2025 against the newer Donbas ≈80%", () => {
    const at = controlMapAt(ds, day('2025-01-21'));
    for (const id of ['UA-14', 'UA-09']) {
      const r = at[id];
      expect(r?.status === 'figure' && r.entry.via).toBe('region');
    }
  });

  it('reads Zaporizhzhia and Kherson as more than 70% each, and Crimea as all', () => {
    const at = controlMapAt(ds, day('2025-01-21'));
    const m = (id: string) => {
      const r = at[id];
      return r?.status === 'figure' ? r.entry.observation.measure : null;
    };
    expect(m('UA-23')).toMatchObject({ kind: 'more-than', value: 70 });
    expect(m('UA-65')).toMatchObject({ kind: 'more-than', value: 70 });
    expect(m('UA-43')?.kind).toBe('all');
  });

  it('puts the baseline of Donetsk and Luhansk in question in 2016', () => {
    const at = controlMapAt(ds, day('2016-06-01'));
    for (const id of ['UA-14', 'UA-09']) {
      const r = at[id];
      expect(r?.status === 'figure' && r.entry.via).toBe('baseline');
      expect(r?.status === 'figure' && (r.stale || r.overtakenBy !== null)).toBe(true);
    }
  });
});
