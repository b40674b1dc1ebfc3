import { describe, expect, it } from 'vitest';
import type { ControlAt, SeriesEntry } from '../dataset/types';
import type { ControlObservation, Measure } from '../schema';
import {
  NO_DATA_FILL,
  SHARE_STEPS,
  fadeFill,
  NO_RECENT_FILL,
  patternOf,
  WORD_SWATCHES,
  shadeRegion,
  shareFill,
  type ShadeContext,
} from './shade';

// Synthetic observations, made up for these tests (not facts).
function entry(
  measure: Measure,
  over: Partial<ControlObservation> = {},
  via: SeriesEntry['via'] = 'region',
  group?: string,
): SeriesEntry {
  const observation = {
    id: 'synthetic-1',
    source: 'synthetic-source',
    evidence: { type: 'citation', note: 'synthetic' },
    target: 'UA-99',
    controller: 'red',
    asOf: { value: '2024-01-01', basis: 'explicit' },
    measure,
    status: 'assessed',
    ...over,
  } as ControlObservation;
  return {
    observation,
    via,
    ...(group ? { group } : {}),
    span: { precision: 'day', start: 0, end: 1 },
    published: 0,
  };
}
const at = (
  e: SeriesEntry,
  stale = false,
  extra: Partial<Extract<ControlAt, { status: 'figure' }>> = {},
): ControlAt => ({
  regionId: 'UA-99',
  day: 0,
  status: 'figure',
  entry: e,
  others: [],
  ageDays: stale ? 800 : 0,
  stale,
  claims: [],
  own: null,
  overtakenBy: null,
  ...extra,
});
const noData: ControlAt = {
  regionId: 'UA-99',
  day: 0,
  status: 'none',
  reason: 'no-data',
  claims: [],
};
const ctx: ShadeContext = {
  mapParty: 'red',
  areaOf: (id) => (id === 'UA-99' ? 1000 : id === 'pair' ? 2000 : null),
};
const step = (i: number) => SHARE_STEPS[i]!.fill;

describe('shareFill(measure)', () => {
  it('puts 0%, 100% and points in their steps', () => {
    expect(shareFill({ kind: 'none' })).toBe(step(0));
    expect(shareFill({ kind: 'all' })).toBe(step(5));
    expect(shareFill({ kind: 'exact', value: 10, unit: 'percent' })).toBe(step(1));
    expect(shareFill({ kind: 'exact', value: 25, unit: 'percent' })).toBe(step(2));
    expect(shareFill({ kind: 'approximately', value: 80, unit: 'percent' })).toBe(step(4));
    expect(shareFill({ kind: 'exact', value: 99.9, unit: 'percent' })).toBe(step(4));
  });
  it('colours a bound or word figure at the middle of the interval it allows', () => {
    expect(shareFill({ kind: 'more-than', value: 70, unit: 'percent' })).toBe(step(4)); // [70,100] → 85
    expect(shareFill({ kind: 'less-than', value: 10, unit: 'percent' })).toBe(step(1)); // [0,10] → 5
    expect(shareFill({ kind: 'range', min: 15, max: 17, unit: 'percent' })).toBe(step(1));
  });
  it('gives words a swatch of their own, never a share step', () => {
    const steps = new Set(SHARE_STEPS.map((x) => x.fill));
    for (const kind of ['most', 'partial', 'almost-all', 'contested'] as const) {
      expect(shareFill({ kind }), kind).toBe(WORD_SWATCHES[kind].fill);
      expect(steps.has(shareFill({ kind })), kind).toBe(false);
    }
  });
});

describe('fadeFill(hex, amount)', () => {
  it('mixes a colour towards white', () => {
    expect(fadeFill('#000000', 0.5)).toBe('#808080');
    expect(fadeFill('#b30000', 0)).toBe('#b30000');
    expect(fadeFill('#b30000', 1)).toBe('#ffffff');
  });
});

describe('patternOf(measure)', () => {
  it('marks bounds and approximations as bounded, words as words, exact figures solid', () => {
    const kinds: [Measure, string][] = [
      [{ kind: 'exact', value: 5, unit: 'percent' }, 'solid'],
      [{ kind: 'all' }, 'solid'],
      [{ kind: 'none' }, 'solid'],
      [{ kind: 'approximately', value: 80, unit: 'percent' }, 'bounded'],
      [{ kind: 'more-than', value: 70, unit: 'percent' }, 'bounded'],
      [{ kind: 'less-than', value: 10, unit: 'percent' }, 'bounded'],
      [{ kind: 'range', min: 1, max: 2, unit: 'percent' }, 'bounded'],
      [{ kind: 'most' }, 'most'],
      [{ kind: 'partial' }, 'partial'],
      [{ kind: 'almost-all' }, 'almost-all'],
      [{ kind: 'contested' }, 'contested'],
    ];
    for (const [m, p] of kinds) expect(patternOf(m), m.kind).toBe(p);
  });
});

describe('shadeRegion(control, context)', () => {
  it('draws no data white with the no-data pattern, unlike 0%', () => {
    const none = shadeRegion(noData, ctx);
    const zero = shadeRegion(at(entry({ kind: 'none' })), ctx);
    expect(none).toMatchObject({
      kind: 'no-data',
      fill: NO_DATA_FILL,
      pattern: 'no-data',
      label: '',
    });
    expect(zero).toMatchObject({ kind: 'figure', fill: step(0), pattern: 'solid', label: '0%' });
    expect(none.fill).not.toBe(zero.fill);
  });
  it('labels a bounded figure with its bound, never a bare number', () => {
    const s = shadeRegion(at(entry({ kind: 'more-than', value: 70, unit: 'percent' })), ctx);
    expect(s).toMatchObject({ label: '>70%', pattern: 'bounded', converted: false });
  });
  it('labels word figures with words, in their own swatches', () => {
    expect(shadeRegion(at(entry({ kind: 'partial' })), ctx)).toMatchObject({
      label: 'partly',
      swatch: 'partial',
      pattern: 'partial',
    });
    expect(shadeRegion(at(entry({ kind: 'most' })), ctx).label).toBe('most');
    expect(shadeRegion(at(entry({ kind: 'almost-all' })), ctx).swatch).toBe('almost-all');
  });
  it("complements a figure stated as the other party's share and says so", () => {
    const s = shadeRegion(
      at(entry({ kind: 'approximately', value: 30, unit: 'percent' }, { controller: 'blue' })),
      ctx,
    );
    expect(s).toMatchObject({ label: '≈70%', converted: true, fill: step(3) });
  });
  it('turns km² into a share of the known area for the colour, labelled as the area', () => {
    const s = shadeRegion(at(entry({ kind: 'approximately', value: 500, unit: 'km2' })), ctx);
    expect(s).toMatchObject({ label: '≈500 km²', computed: true, fill: step(3) });
  });
  it("refuses to convert another party's figure where the conflict has no complement", () => {
    const s = shadeRegion(
      at(entry({ kind: 'approximately', value: 30, unit: 'percent' }, { controller: 'blue' })),
      { ...ctx, complement: false },
    );
    expect(s).toMatchObject({ kind: 'no-data', share: null, converted: false });
  });
  it('gives no data for km² when the area is unknown', () => {
    const s = shadeRegion(
      at(entry({ kind: 'exact', value: 500, unit: 'km2' }, { target: 'nowhere' })),
      ctx,
    );
    expect(s).toMatchObject({ kind: 'no-data', pattern: 'no-data', share: null });
  });
  it('marks a group figure with its group, labelled as part of it, never with its number', () => {
    const s = shadeRegion(
      at(
        entry(
          { kind: 'approximately', value: 80, unit: 'percent' },
          { target: 'pair' },
          'group',
          'pair',
        ),
      ),
      ctx,
    );
    expect(s).toMatchObject({ group: 'pair', label: 'part of pair' });
    expect(s.label).not.toContain('80');
  });
  it('keeps a stale figure in its colour step, marked old in words', () => {
    const stale = shadeRegion(at(entry({ kind: 'all' }), true), ctx);
    expect(stale).toMatchObject({
      stale: true,
      fill: step(5),
      swatch: 'step-5',
      label: '100% · old',
    });
    expect(stale.age).toMatch(/years old/);
    expect(shadeRegion(at(entry({ kind: 'all' }), false), ctx)).toMatchObject({
      stale: false,
      fill: step(5),
      age: null,
    });
  });
  it('draws a recent baseline in the 0% colour with no label', () => {
    const s = shadeRegion(at(entry({ kind: 'all' }, { controller: 'blue' }, 'baseline')), ctx);
    expect(s).toMatchObject({ kind: 'baseline', fill: step(0), label: '', pattern: 'solid' });
  });
  it('says "no recent figure" for a stale or overtaken baseline, never 0%', () => {
    const base = entry({ kind: 'all' }, { controller: 'blue' }, 'baseline');
    for (const c of [at(base, true), at(base, false, { overtakenBy: 1 })]) {
      const s = shadeRegion(c, ctx);
      expect(s).toMatchObject({ kind: 'no-recent', swatch: 'no-recent', fill: NO_RECENT_FILL });
      expect(s.fill).not.toBe(step(0));
      expect(s.label).toBe('');
    }
  });
  it("draws a claim as an outline in the claimant's colour, never as a fill", () => {
    const claim = entry(
      { kind: 'all' },
      { status: 'claimed', claimant: 'X', claimantParty: 'red' },
    );
    const s = shadeRegion(at(entry({ kind: 'none' }), false, { claims: [claim] }), {
      ...ctx,
      partyColor: (p) => (p === 'red' ? '#D55E00' : null),
    });
    expect(s).toMatchObject({ claimed: true, claimColor: '#D55E00', fromClaim: false });
    const filled = shadeRegion(at(claim), ctx);
    expect(filled).toMatchObject({ fromClaim: true, claimed: true, label: 'claimed 100%' });
  });
  it('outlines a claim only while the claimant does not hold all of the region', () => {
    const claimed = { ...ctx, claimedBy: () => ['red'] };
    expect(
      shadeRegion(at(entry({ kind: 'more-than', value: 70, unit: 'percent' })), claimed).claimed,
    ).toBe(true);
    expect(shadeRegion(at(entry({ kind: 'all' })), claimed).claimed).toBe(false);
    expect(shadeRegion(at(entry({ kind: 'all' })), ctx).claimed).toBe(false);
    expect(shadeRegion(noData, claimed).claimed).toBe(true);
  });
});
