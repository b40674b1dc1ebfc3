import type { FactRecord } from './fact-tables';

export type SortDirection = 'ascending' | 'descending';

const collator = new Intl.Collator('en', { numeric: true, sensitivity: 'base' });

/**
 * Records sorted by one field: text in natural order ("UA-9" before "UA-14"), empty values
 * last in either direction, ties kept in their given order. Returns a new array.
 */
export function sortRecords<T extends FactRecord>(
  records: readonly T[],
  field: string,
  direction: SortDirection,
): T[] {
  const sign = direction === 'ascending' ? 1 : -1;
  return records
    .map((record, index) => ({ record, index, key: record[field] ?? '' }))
    .sort((a, b) => {
      if (a.key === '' || b.key === '')
        return a.key === b.key ? a.index - b.index : a.key === '' ? 1 : -1;
      return sign * collator.compare(a.key, b.key) || a.index - b.index;
    })
    .map((x) => x.record);
}
