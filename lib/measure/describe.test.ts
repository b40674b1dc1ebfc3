import { describe, expect, it } from 'vitest';
import type { Measure } from '../schema';
import {
  complementMeasure,
  describeMeasure,
  describeMeasureShort,
  shareFromArea,
  shareInterval,
} from './describe';

const cases: [Measure, string, string][] = [
  [{ kind: 'exact', value: 80, unit: 'percent' }, '80%', '80%'],
  [{ kind: 'approximately', value: 80, unit: 'percent' }, 'about 80%', '≈80%'],
  [{ kind: 'more-than', value: 70, unit: 'percent' }, 'more than 70%', '>70%'],
  [{ kind: 'less-than', value: 10, unit: 'percent' }, 'less than 10%', '<10%'],
  [{ kind: 'range', min: 15, max: 17, unit: 'percent' }, '15–17%', '15–17%'],
  [{ kind: 'all' }, 'all', '100%'],
  [{ kind: 'most' }, 'most', 'most'],
  [{ kind: 'partial' }, 'partly', 'partly'],
  [{ kind: 'none' }, 'none', '0%'],
  [{ kind: 'approximately', value: 163000, unit: 'km2' }, 'about 163,000 km²', '≈163,000 km²'],
  [{ kind: 'exact', value: 62.5, unit: 'percent' }, '62.5%', '62.5%'],
];

describe('describeMeasure(measure)', () => {
  it.each(cases)('words %j', (m, long, short) => {
    expect(describeMeasure(m)).toBe(long);
    expect(describeMeasureShort(m)).toBe(short);
  });
  it('never writes a bound as a plain number', () => {
    expect(describeMeasure({ kind: 'more-than', value: 70, unit: 'percent' })).not.toBe('70%');
  });
});

describe('shareInterval(measure)', () => {
  it('keeps open ends for words and bounds', () => {
    expect(shareInterval({ kind: 'more-than', value: 70, unit: 'percent' })).toMatchObject({
      lo: 70,
      hi: 100,
      loOpen: true,
      numeric: true,
    });
    expect(shareInterval({ kind: 'partial' })).toMatchObject({
      lo: 0,
      hi: 50,
      loOpen: true,
      hiOpen: true,
      numeric: false,
    });
    expect(shareInterval({ kind: 'most' })).toMatchObject({ lo: 50, hi: 100, loOpen: true });
    expect(shareInterval({ kind: 'exact', value: 43000, unit: 'km2' })).toBeNull();
  });
});

describe('complementMeasure(measure)', () => {
  it('flips shares, bounds and words', () => {
    expect(complementMeasure({ kind: 'approximately', value: 30, unit: 'percent' })).toEqual({
      kind: 'approximately',
      value: 70,
      unit: 'percent',
    });
    expect(complementMeasure({ kind: 'more-than', value: 40, unit: 'percent' })).toEqual({
      kind: 'less-than',
      value: 60,
      unit: 'percent',
    });
    expect(complementMeasure({ kind: 'less-than', value: 33, unit: 'percent' })).toEqual({
      kind: 'more-than',
      value: 67,
      unit: 'percent',
    });
    expect(complementMeasure({ kind: 'range', min: 15, max: 17, unit: 'percent' })).toEqual({
      kind: 'range',
      min: 83,
      max: 85,
      unit: 'percent',
    });
    expect(complementMeasure({ kind: 'approximately', value: 14.5, unit: 'percent' })).toEqual({
      kind: 'approximately',
      value: 85.5,
      unit: 'percent',
    });
    expect(complementMeasure({ kind: 'all' })).toEqual({ kind: 'none' });
    expect(complementMeasure({ kind: 'most' })).toEqual({ kind: 'partial' });
    expect(complementMeasure({ kind: 'exact', value: 300, unit: 'km2' })).toBeNull();
  });
});

describe('shareFromArea(measure, areaKm2)', () => {
  it('turns an area into a share with the same precision', () => {
    expect(shareFromArea({ kind: 'approximately', value: 300, unit: 'km2' }, 31415)).toEqual({
      kind: 'approximately',
      value: 0.95,
      unit: 'percent',
    });
    expect(shareFromArea({ kind: 'exact', value: 50, unit: 'percent' }, 31415)).toBeNull();
  });
});
