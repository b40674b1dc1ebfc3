import { describe, expect, it } from 'vitest';
import {
  compareFuzzyDates,
  describeDateBasis,
  formatAge,
  formatDateValue,
  formatFuzzyDate,
  fuzzyDateInterval,
  isValidDateValue,
  parseDateValue,
} from './fuzzy-date';

describe('parseDateValue(value)', () => {
  it('reads a year as the whole year', () => {
    expect(parseDateValue('2014')).toEqual({
      precision: 'year',
      start: Date.UTC(2014, 0, 1),
      end: Date.UTC(2015, 0, 1),
    });
  });
  it('reads a month as the whole month, December included', () => {
    expect(parseDateValue('2024-12')).toEqual({
      precision: 'month',
      start: Date.UTC(2024, 11, 1),
      end: Date.UTC(2025, 0, 1),
    });
  });
  it('reads a day as one day', () => {
    const d = parseDateValue('2025-01-20');
    expect(d?.precision).toBe('day');
    expect(d && d.end - d.start).toBe(86_400_000);
  });
  it('rejects impossible dates', () => {
    for (const bad of [
      '2025-02-30',
      '2023-02-29',
      '2025-13',
      '2025-00',
      '2025-04-31',
      '2025-1-2',
      '25',
      'soon',
      '2025-01-00',
    ]) {
      expect(isValidDateValue(bad), bad).toBe(false);
    }
    expect(isValidDateValue('2024-02-29')).toBe(true);
  });
});

describe('fuzzyDateInterval(date)', () => {
  it('covers a span to the end of its last day', () => {
    const i = fuzzyDateInterval({ value: '2022-06-15', end: '2022-06-16', basis: 'explicit' });
    expect(i?.end).toBe(Date.UTC(2022, 5, 17));
  });
  it('is null for an unknown date', () => {
    expect(fuzzyDateInterval({ basis: 'unknown', before: '2025-01-21' })).toBeNull();
  });
});

describe('compareFuzzyDates(a, b)', () => {
  it('orders by first day, coarser first on a tie, unknown last', () => {
    const dates = [
      { value: '2014-03-18', basis: 'explicit' as const },
      { basis: 'unknown' as const },
      { value: '2014', basis: 'explicit' as const },
      { value: '2014-03', basis: 'explicit' as const },
      { value: '2013-12-31', basis: 'explicit' as const },
    ];
    const sorted = [...dates].sort(compareFuzzyDates).map((d) => d.value ?? '?');
    expect(sorted).toEqual(['2013-12-31', '2014', '2014-03', '2014-03-18', '?']);
  });
});

describe('formatDateValue(value)', () => {
  it('writes each precision as people do', () => {
    expect(formatDateValue('2014')).toBe('2014');
    expect(formatDateValue('2025-01')).toBe('January 2025');
    expect(formatDateValue('2025-01-20')).toBe('20 Jan 2025');
    expect(formatDateValue('2025-01-20', { weekday: true })).toBe('Monday 20 Jan 2025');
    expect(formatDateValue('2025-01-20', { longMonth: true })).toBe('20 January 2025');
  });
});

describe('formatFuzzyDate(date)', () => {
  it('says when a date is not stated, with its bound', () => {
    expect(formatFuzzyDate({ basis: 'unknown', before: '2025-01-21' })).toBe(
      'date not stated (before 21 Jan 2025)',
    );
    expect(formatFuzzyDate({ basis: 'unknown' })).toBe('date not stated');
  });
  it('writes spans', () => {
    expect(formatFuzzyDate({ value: '2022-06-15', end: '2022-06-16', basis: 'explicit' })).toBe(
      '15 Jun 2022 – 16 Jun 2022',
    );
  });
});

describe('describeDateBasis(date)', () => {
  it('names the basis and keeps the note', () => {
    expect(
      describeDateBasis({
        value: '2025-01-20',
        basis: 'relative',
        note: '"on Monday" in an article of 21 Jan 2025',
      }),
    ).toBe('worked out from a relative date: "on Monday" in an article of 21 Jan 2025');
  });
});

describe('formatAge(days)', () => {
  it('uses days, then months, then years', () => {
    expect(formatAge(0)).toBe('same day');
    expect(formatAge(1)).toBe('1 day');
    expect(formatAge(45)).toBe('45 days');
    expect(formatAge(200)).toBe('6 months');
    expect(formatAge(800)).toBe('2 years');
  });
});
