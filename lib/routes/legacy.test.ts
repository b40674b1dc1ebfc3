import { describe, expect, it } from 'vitest';
import { LEGACY_PAGES, legacyTarget } from './legacy';

describe('old addresses', () => {
  it('an explorer link on / goes to the default conflict with its query', () => {
    expect(legacyTarget('/', '?date=2025-01-21&item=s-1', 'ukraine')).toBe(
      '/ukraine?date=2025-01-21&item=s-1',
    );
  });
  it('the index itself, without a query, stays', () => {
    expect(legacyTarget('/', '', 'ukraine')).toBeNull();
    expect(legacyTarget('/', '?', 'ukraine')).toBeNull();
  });
  it('every old page moves under the default conflict, query kept', () => {
    for (const p of LEGACY_PAGES) expect(legacyTarget(p, '', 'ukraine')).toBe(`/ukraine${p}`);
    expect(legacyTarget('/present', '?step=9', 'ukraine')).toBe('/ukraine/present?step=9');
    expect(legacyTarget('/print/', 'story=default', 'ukraine')).toBe(
      '/ukraine/print?story=default',
    );
  });
  it('other paths are left alone', () => {
    for (const p of [
      '/about',
      '/ingest',
      '/ukraine',
      '/ukraine/data',
      '/data/statements.csv',
      '/embed',
    ])
      expect(legacyTarget(p, '?x=1', 'ukraine')).toBeNull();
  });
});
