import { describe, expect, it } from 'vitest';
import { controlLegend } from './legend';
import { NO_DATA_FILL, SHARE_STEPS } from './shade';

describe('controlLegend(partyName)', () => {
  it('has the expected defaults: every step, then every other encoding in words', () => {
    const legend = controlLegend('Russia');
    expect(legend.title).toBe('Share of the region controlled by Russia');
    expect(legend.steps.map((s) => s.fill)).toEqual(SHARE_STEPS.map((s) => s.fill));
    expect(legend.marks.map((m) => m.id)).toEqual([
      'bounded',
      'words',
      'no-data',
      'stale',
      'group',
      'claim',
    ]);
    expect(legend.marks.find((m) => m.id === 'no-data')).toMatchObject({
      fill: NO_DATA_FILL,
      pattern: 'no-data',
    });
    expect(legend.marks.find((m) => m.id === 'no-data')!.label).toMatch(/not 0%/);
  });
});
