import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { timeSpanOf } from '../dataset/compile';
import type { SeriesEntry } from '../dataset/types';
import { DAY_MS, dayStart } from '../dates/fuzzy-date';
import { complementMeasure, describeMeasureShort } from '../measure/describe';
import type { ControlObservation, Measure } from '../schema';
import { shadeRegion } from '../map/shade';
import { controlAt } from './control-at';

// Random synthetic series (not facts): own and group figures, assessed and claimed, any measure.
const measureArb: fc.Arbitrary<Measure> = fc.oneof(
  fc
    .integer({ min: 0, max: 100 })
    .map((v) => ({ kind: 'exact' as const, value: v, unit: 'percent' as const })),
  fc
    .integer({ min: 0, max: 100 })
    .map((v) => ({ kind: 'approximately' as const, value: v, unit: 'percent' as const })),
  fc
    .integer({ min: 0, max: 100 })
    .map((v) => ({ kind: 'more-than' as const, value: v, unit: 'percent' as const })),
  fc
    .integer({ min: 0, max: 100 })
    .map((v) => ({ kind: 'less-than' as const, value: v, unit: 'percent' as const })),
  fc.constantFrom<Measure>(
    { kind: 'all' },
    { kind: 'none' },
    { kind: 'most' },
    { kind: 'partial' },
    { kind: 'almost-all' },
    { kind: 'contested' },
  ),
);
const start = dayStart('2014-01-01');
const dayArb = fc.integer({ min: 0, max: 12 * 365 }).map((d) => start + d * DAY_MS);
const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const entryArb: fc.Arbitrary<SeriesEntry> = fc
  .record({
    id: fc.uuid(),
    day: dayArb,
    via: fc.constantFrom<'region' | 'group'>('region', 'group'),
    claimed: fc.boolean(),
    controller: fc.constantFrom('red', 'blue'),
    measure: measureArb,
  })
  .map(({ id, day, via, claimed, controller, measure }) => {
    const observation: ControlObservation = {
      id,
      source: 'synthetic',
      target: via === 'group' ? 'pair' : 'R-1',
      controller,
      asOf: { value: iso(day), basis: 'explicit' },
      measure,
      status: claimed ? 'claimed' : 'assessed',
      ...(claimed ? { claimant: 'someone', claimantParty: controller } : {}),
      evidence: { type: 'citation' },
    };
    return {
      observation,
      via,
      ...(via === 'group' ? { group: 'pair' } : {}),
      span: timeSpanOf(observation.asOf),
      published: null,
    };
  });
const caseArb = fc.record({
  series: fc.array(entryArb, { maxLength: 12 }),
  day: dayArb,
  includeClaims: fc.boolean(),
  window: fc.integer({ min: 1, max: 800 }),
});
const digits = (s: string) => s.match(/\d+(\.\d+)?/g) ?? [];

describe('controlAt(series, region, day, options): properties', () => {
  it('never shows a number the facts do not state, a group figure as a member’s own, or a claim as control unless asked; old figures are always stale', () => {
    fc.assert(
      fc.property(caseArb, ({ series, day, includeClaims, window }) => {
        const r = controlAt(series, 'R-1', day, { staleAfterDays: window, includeClaims });
        const shade = shadeRegion(r, { mapParty: 'red', areaOf: () => null });
        if (r.status !== 'figure') {
          expect(shade.kind).toBe('no-data');
          return;
        }
        const stated = r.entry.observation.measure;
        // Every number on the label is the source's, or its complement for the other party.
        const allowed = new Set([
          ...digits(describeMeasureShort(stated)),
          ...digits(describeMeasureShort(complementMeasure(stated) ?? stated)),
        ]);
        for (const d of digits(shade.label)) expect(allowed.has(d), shade.label).toBe(true);
        if (r.entry.via === 'group') expect(shade.label).toMatch(/^(part of pair( · old)?)?$/);
        if (!includeClaims) expect(r.entry.observation.status).toBe('assessed');
        expect(r.stale).toBe(r.ageDays > window);
        expect(r.entry.span.start! <= day).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });
});
