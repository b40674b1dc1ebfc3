import { describe, expect, it } from 'vitest';
import { findDates } from './dates';

const first = (t: string, pub: string | null = '2025-01-21') => findDates(t, pub)[0]?.date;

describe('findDates(text, published) against a Tuesday, 21 Jan 2025', () => {
  it('reads "on Monday" as the Monday before, at day precision, basis relative', () => {
    expect(first('met on Monday')).toMatchObject({ value: '2025-01-20', basis: 'relative' });
  });
  it('reads a weekday after the publication weekday as the previous week', () => {
    expect(first('spoke on Friday')).toMatchObject({ value: '2025-01-17', basis: 'relative' });
  });
  it('reads "last year" as the year before, at year precision', () => {
    expect(first('warned last year that')).toMatchObject({ value: '2024', basis: 'relative' });
  });
  it('reads "in 2014" as an explicit year', () => {
    expect(first('annexed in 2014')).toEqual({ value: '2014', basis: 'explicit' });
  });
  it('reads "two days ago" as a day', () => {
    expect(first('two days ago')).toMatchObject({ value: '2025-01-19', basis: 'relative' });
  });
  it('reads a full date as explicit', () => {
    expect(first('on January 21, 2025')).toEqual({ value: '2025-01-21', basis: 'explicit' });
  });
  it('reads a month without a year as the latest such month on or before publication', () => {
    expect(first('in March')).toMatchObject({ value: '2024-03', basis: 'relative' });
    expect(first('in January')).toMatchObject({ value: '2025-01', basis: 'relative' });
  });
  it('reads "last week" as a Monday–Sunday span', () => {
    expect(first('last week')).toMatchObject({ value: '2025-01-13', end: '2025-01-19' });
  });
  it('keeps a day span ("June 15-16")', () => {
    expect(first('on June 15-16, 2024')).toMatchObject({ value: '2024-06-15', end: '2024-06-16' });
  });
  it('does not resolve relative words without a publication date', () => {
    expect(first('on Monday', null)).toBeUndefined();
    expect(first('in 2014', null)).toEqual({ value: '2014', basis: 'explicit' });
  });
});
