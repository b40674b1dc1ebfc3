import { describe, expect, it } from 'vitest';
import { mentionedRegionsOf } from './mentioned';

const data = {
  timeline: [
    { id: 's1', regions: ['donbas', 'kherson'] },
    { id: 's2', regions: ['donetsk', 'donbas', 'atlantis'] },
    { id: 's3' },
  ],
  regions: [{ id: 'donetsk' }, { id: 'luhansk' }, { id: 'kherson' }],
  conflict: { regionGroups: [{ id: 'donbas', members: ['donetsk', 'luhansk'] }] },
};

describe('mentionedRegionsOf', () => {
  const mentioned = mentionedRegionsOf(data);
  it('expands a group into its members', () => {
    expect(mentioned('s1')).toEqual(['donetsk', 'luhansk', 'kherson']);
  });
  it('names each region once and drops names that are no region of the map', () => {
    expect(mentioned('s2')).toEqual(['donetsk', 'luhansk']);
  });
  it('gives nothing for no item, an item without regions or an unknown id', () => {
    expect(mentioned(null)).toEqual([]);
    expect(mentioned('s3')).toEqual([]);
    expect(mentioned('nope')).toEqual([]);
  });
});
