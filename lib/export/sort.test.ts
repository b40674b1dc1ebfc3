import { describe, expect, it } from 'vitest';
import { sortRecords } from './sort';

const rows = [
  { id: 'a', region: 'UA-14', date: '2025-01-20' },
  { id: 'b', region: 'UA-9', date: '' },
  { id: 'c', region: 'ua-14', date: '2014-01-01' },
  { id: 'd', region: 'UA-5', date: '9999-12-31~2025-01-21' },
];

describe('sortRecords', () => {
  it('sortRecords(records, field, "ascending") sorts numbers inside text naturally and keeps ties in order', () => {
    expect(sortRecords(rows, 'region', 'ascending').map((r) => r.id)).toEqual(['d', 'b', 'a', 'c']);
  });
  it('sortRecords(records, field, "descending") reverses the order but keeps ties in their given order', () => {
    expect(sortRecords(rows, 'region', 'descending').map((r) => r.id)).toEqual([
      'a',
      'c',
      'b',
      'd',
    ]);
  });
  it('sortRecords(records, field, direction) puts empty values last either way and unknown dates after known ones', () => {
    expect(sortRecords(rows, 'date', 'ascending').map((r) => r.id)).toEqual(['c', 'a', 'd', 'b']);
    expect(sortRecords(rows, 'date', 'descending').map((r) => r.id)).toEqual(['d', 'a', 'c', 'b']);
  });
  it('sortRecords(records, field, direction) does not change its input', () => {
    const copy = rows.map((r) => ({ ...r }));
    sortRecords(rows, 'date', 'descending');
    expect(rows).toEqual(copy);
  });
});
