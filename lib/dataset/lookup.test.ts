import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadDataset } from './load';
import { datasetLookup, placeName } from './lookup';

const result = loadDataset(path.resolve('data/ukraine'));
if (!result.ok) throw new Error('dataset does not load');
const ds = result.dataset;
const lookup = datasetLookup(ds);

describe('datasetLookup(dataset) on the bundled Ukraine dataset (integration)', () => {
  it('finds claims on a region through its groups', () => {
    expect(lookup.claimsByRegion.get('UA-40')?.map((c) => c.id)).toEqual(
      expect.arrayContaining(['cl-russia-crimea-donbas-newsroom']),
    );
  });
  it('finds items mentioning a region directly or through a group', () => {
    expect(lookup.itemsByRegion.get('UA-09')).toEqual(
      expect.arrayContaining([
        'st-putin-concrete-real-peace-proposal',
        'ev-2025-12-29-kremlin-says-ukraine-must-withdraw',
      ]),
    );
  });
  it('names places: regions, groups with members, the country', () => {
    expect(placeName(ds, lookup, 'UA-23')).toBe('Zaporizhzhia');
    expect(placeName(ds, lookup, 'donbas')).toBe('Donbas (Donetsk + Luhansk)');
    expect(placeName(ds, lookup, 'UA')).toBe('Ukraine');
  });
});
