import { describe, expect, it } from 'vitest';
import { timeSpanOf } from '../dataset/compile';
import type { ControlAt } from '../dataset/types';
import type { Measure } from '../schema';
import { changeWords, shareChange } from './change-map';

// Synthetic figures for one region, shares of the mapped party "red".
let n = 0;
const at = (measure: Measure, controller = 'red'): ControlAt => {
  const asOf = { value: '2020-01-01', basis: 'explicit' as const };
  return {
    regionId: 'XX-01',
    day: 0,
    status: 'figure',
    entry: {
      observation: {
        id: `cf-${++n}`,
        source: 's',
        target: 'XX-01',
        controller,
        asOf,
        measure,
        status: 'assessed',
        evidence: { type: 'sentence', text: 't' },
      },
      via: 'region',
      span: timeSpanOf(asOf),
      published: null,
    },
    others: [],
    ageDays: 0,
    stale: false,
    claims: [],
    own: null,
    overtakenBy: null,
  };
};
const pct = (value: number): Measure => ({ kind: 'exact', value, unit: 'percent' });
const none: ControlAt = {
  regionId: 'XX-01',
  day: 0,
  status: 'none',
  reason: 'no-data',
  claims: [],
} as ControlAt;
const change = (a: ControlAt, b: ControlAt) => shareChange(a, b, 'red', () => 1000);

describe('shareChange(a, b): the change of a share, only as sure as the figures are', () => {
  it('names a rise or fall between exact figures, large from 10 points', () => {
    expect(change(at(pct(20)), at(pct(25)))).toEqual({ cls: 'rise', range: [5, 5] });
    expect(change(at(pct(20)), at(pct(30)))).toEqual({ cls: 'rise-large', range: [10, 10] });
    expect(change(at(pct(30)), at(pct(29)))).toEqual({ cls: 'fall', range: [-1, -1] });
    expect(change(at(pct(60)), at(pct(19.4)))).toMatchObject({ cls: 'fall-large' });
    expect(change(at(pct(20)), at(pct(20)))).toMatchObject({ cls: 'same' });
  });

  it('calls the same figure on both dates the same, whatever its precision', () => {
    const partly = at({ kind: 'partial' });
    expect(change(partly, partly)).toMatchObject({ cls: 'same' });
  });

  it('says "cannot tell" when a bound leaves the direction open: >70% then 80% is no sure rise', () => {
    expect(change(at({ kind: 'more-than', value: 70, unit: 'percent' }), at(pct(80)))).toEqual({
      cls: 'unclear',
      range: [-20, 10],
    });
    expect(change(at({ kind: 'partial' }), at({ kind: 'most' }))).toMatchObject({
      cls: expect.not.stringMatching(/large/),
    });
  });

  it('counts an open bound as excluding its value: 70% then more than 70% is a sure rise, not a large one', () => {
    expect(change(at(pct(70)), at({ kind: 'more-than', value: 70, unit: 'percent' }))).toEqual({
      cls: 'rise',
      range: [0, 30],
    });
    expect(change(at(pct(10)), at({ kind: 'more-than', value: 70, unit: 'percent' }))).toEqual({
      cls: 'rise-large',
      range: [60, 90],
    });
  });

  it('reads another party’s share as its complement (Ukraine 14.5% of Donbas is Russia 85.5%)', () => {
    expect(change(at(pct(80)), at(pct(14.5), 'blue'))).toEqual({ cls: 'rise', range: [5.5, 5.5] });
  });

  it('never makes a change out of a missing figure', () => {
    expect(change(none, at(pct(20)))).toEqual({ cls: 'no-figure', range: null });
    expect(change(at(pct(20)), none)).toEqual({ cls: 'no-figure', range: null });
    // An area with no known region area gives no share either.
    expect(
      shareChange(at(pct(20)), at({ kind: 'exact', value: 500, unit: 'km2' }), 'red', () => null),
    ).toEqual({ cls: 'no-figure', range: null });
  });
});

describe('changeWords(change)', () => {
  it('says the change in points, as a range where the figures leave it open', () => {
    expect(changeWords({ cls: 'rise', range: [5, 5] })).toBe('rose by 5 points');
    expect(changeWords({ cls: 'rise', range: [0, 30] })).toBe('rose by 0 to 30 points');
    expect(changeWords({ cls: 'fall-large', range: [-40.6, -40.6] })).toBe('fell by 40.6 points');
    expect(changeWords({ cls: 'fall', range: [-8, -2] })).toBe('fell by 2 to 8 points');
    expect(changeWords({ cls: 'unclear', range: [-20, 10] })).toBe(
      'cannot tell (from −20 points to +10 points)',
    );
    expect(changeWords({ cls: 'same', range: [0, 0] })).toBe('no change');
    expect(changeWords({ cls: 'no-figure', range: null })).toBe('no share on one date');
  });
});
