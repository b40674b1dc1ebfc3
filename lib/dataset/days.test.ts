import { describe, expect, it } from 'vitest';
import { dayBoundsOf, defaultDateOf, lastDayOf } from './days';

const day = (s: string) => Date.parse(`${s}T00:00:00Z`);
const extent = { start: day('2023-04-15'), end: day('2023-05-01') };

describe('dataset days', () => {
  it('the last day is the day before the exclusive end', () => {
    expect(lastDayOf({ extent })).toBe('2023-04-30');
    expect(dayBoundsOf({ extent })).toEqual(['2023-04-15', '2023-04-30']);
  });
  it('a view opens on the conflict default date, else on the last day', () => {
    const conflict = { defaultDate: '2023-04-20' } as Parameters<
      typeof defaultDateOf
    >[0]['conflict'];
    expect(defaultDateOf({ extent, conflict })).toBe('2023-04-20');
    expect(defaultDateOf({ extent, conflict: { ...conflict, defaultDate: undefined } })).toBe(
      '2023-04-30',
    );
  });
});
