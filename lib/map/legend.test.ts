import { describe, expect, it } from 'vitest';
import type { Measure } from '../schema';
import { controlLegend, legendInUse, legendSwatchIds } from './legend';
import { NO_DATA_FILL, SHARE_STEPS, shareStep } from './shade';

describe('controlLegend(partyName)', () => {
  it('has the expected defaults: every step, then every other encoding in words', () => {
    const legend = controlLegend('Russia');
    expect(legend.title).toBe('Share of the region held by Russia');
    expect(legend.steps.map((s) => s.fill)).toEqual(SHARE_STEPS.map((s) => s.fill));
    expect(legend.words.map((m) => m.id)).toEqual([
      'partial',
      'most',
      'almost-all',
      'contested',
      'no-recent',
      'no-data',
    ]);
    expect(legend.marks.map((m) => m.id)).toEqual(['bounded', 'stale', 'group', 'claim']);
    expect(legend.words.find((m) => m.id === 'no-data')).toMatchObject({
      fill: NO_DATA_FILL,
      pattern: 'no-data',
    });
    expect(legend.words.find((m) => m.id === 'no-data')!.label).toMatch(/not 0%/);
    expect(controlLegend('Russia', { staleAfterDays: 365 }).marks[1]!.label).toMatch(
      /more than 12 months old/,
    );
  });

  it('explains every swatch a region can be drawn with', () => {
    const ids = legendSwatchIds(controlLegend('Russia'));
    const kinds: Measure[] = [
      { kind: 'exact', value: 0, unit: 'percent' },
      { kind: 'exact', value: 10, unit: 'percent' },
      { kind: 'exact', value: 30, unit: 'percent' },
      { kind: 'exact', value: 60, unit: 'percent' },
      { kind: 'exact', value: 90, unit: 'percent' },
      { kind: 'all' },
      { kind: 'partial' },
      { kind: 'most' },
      { kind: 'almost-all' },
      { kind: 'contested' },
    ];
    for (const m of kinds) {
      const step = shareStep(m);
      expect(ids.has(step === null ? m.kind : `step-${step}`), m.kind).toBe(true);
    }
    expect(ids.has('no-recent') && ids.has('no-data')).toBe(true);
  });
});

describe('legendInUse(legend, map)', () => {
  const legend = controlLegend('Red');
  const shade = (swatch: string, extra: Record<string, unknown> = {}) => ({
    swatch: swatch as 'step-0',
    pattern: 'solid' as const,
    stale: false,
    claimed: false,
    ...extra,
  });
  it('lists only the swatches drawn, in legend order, then only the marks drawn', () => {
    const items = legendInUse(legend, {
      shades: {
        a: shade('step-5', { stale: true }),
        b: shade('step-0'),
        c: shade('no-recent', { pattern: 'no-recent' }),
        d: shade('step-4', { pattern: 'bounded' }),
      },
      activeGroups: [],
    });
    expect(items.map((i) => i.id)).toEqual([
      'step-0',
      'step-4',
      'step-5',
      'no-recent',
      'bounded',
      'stale',
    ]);
    expect(items.every((i) => (i.short ?? i.label).length > 0)).toBe(true);
  });
  it('adds the group and claim outlines only when the map draws them', () => {
    const ids = (activeGroups: string[], claimed: boolean) =>
      legendInUse(legend, { shades: { a: shade('step-2', { claimed }) }, activeGroups }).map(
        (i) => i.id,
      );
    expect(ids([], false)).toEqual(['step-2']);
    expect(ids(['east'], true)).toEqual(['step-2', 'group', 'claim']);
  });
});
