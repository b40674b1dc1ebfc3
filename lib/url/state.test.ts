import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EMPTY_FILTERS } from '../explore/filters';
import { decodeUrlState, encodeUrlState, type ShareableState, type UrlContext } from './state';

const ctx: UrlContext = {
  itemIds: new Set(['st-a', 'ev-b']),
  regionIds: new Set(['UA-14', 'UA-23']),
  speakerIds: new Set(['vladimir-putin', 'volodymyr-zelensky']),
  partyIds: new Set(['russia', 'ukraine']),
  topicIds: new Set(['territory', 'peace-talks']),
  placeIds: new Set(['UA-14', 'UA-23', 'donbas']),
  bounds: ['2014-01-01', '2025-12-31'],
};
const defaults = { date: '2025-01-21' };

describe('encodeUrlState(state) / decodeUrlState(search)', () => {
  it('round-trips a full state', () => {
    const state: ShareableState = {
      date: '2022-09-30',
      selectedItemId: 'st-a',
      selectedRegionId: 'UA-14',
      compareDate: '2022-02-23',
      filters: {
        speakers: ['vladimir-putin'],
        parties: ['russia'],
        topics: ['territory'],
        regions: ['donbas'],
        text: 'peace plan',
        from: '2022-01-01',
        to: '2022-12-31',
      },
    };
    const search = encodeUrlState(state, defaults);
    expect(search).toBe(
      '?date=2022-09-30&item=st-a&region=UA-14&compare=2022-02-23&speakers=vladimir-putin&parties=russia&topics=territory&regions=donbas&q=peace+plan&from=2022-01-01&to=2022-12-31',
    );
    expect(decodeUrlState(search, ctx)).toEqual(state);
  });

  it('carries the chart tab as ?tab=chart, and only that value (the map is the default)', () => {
    const base: ShareableState = {
      date: '2025-01-21',
      selectedItemId: null,
      selectedRegionId: null,
      compareDate: null,
      filters: EMPTY_FILTERS,
    };
    expect(encodeUrlState({ ...base, tab: 'chart' }, defaults)).toBe('?tab=chart');
    expect(encodeUrlState({ ...base, tab: 'map' }, defaults)).toBe('');
    expect(decodeUrlState('?tab=chart', ctx).tab).toBe('chart');
    for (const bad of ['?tab=table', '?tab=', '?tab=<script>', '?tab=CHART'])
      expect(decodeUrlState(bad, ctx).tab).toBeUndefined();
  });

  it('leaves defaults out of the URL', () => {
    expect(
      encodeUrlState(
        {
          date: '2025-01-21',
          selectedItemId: null,
          selectedRegionId: null,
          compareDate: null,
          filters: EMPTY_FILTERS,
        },
        defaults,
      ),
    ).toBe('');
  });

  it('ignores unknown ids, impossible or out-of-range dates and unknown parameters', () => {
    const s = decodeUrlState(
      '?date=2025-02-30&item=nope&region=UA-99&compare=1999-01-01&speakers=x,vladimir-putin&zoom=9&q=' +
        'a'.repeat(500),
      ctx,
    );
    expect(s.date).toBeUndefined();
    expect(s.selectedItemId).toBeUndefined();
    expect(s.selectedRegionId).toBeUndefined();
    expect(s.compareDate).toBeUndefined();
    expect(s.filters?.speakers).toEqual(['vladimir-putin']);
    expect(s.filters?.text).toHaveLength(200);
  });

  it('swaps a reversed date range', () => {
    expect(decodeUrlState('?from=2023-01-01&to=2022-01-01', ctx).filters).toMatchObject({
      from: '2022-01-01',
      to: '2023-01-01',
    });
  });

  it('never throws on arbitrary input, and whatever it returns is valid', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (search) => {
        const s = decodeUrlState(search, ctx);
        if (s.date) expect(s.date >= ctx.bounds[0] && s.date <= ctx.bounds[1]).toBe(true);
        if (s.selectedItemId) expect(ctx.itemIds.has(s.selectedItemId)).toBe(true);
        for (const sp of s.filters?.speakers ?? []) expect(ctx.speakerIds.has(sp)).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it('round-trips any valid state (property)', () => {
    const day = fc
      .date({
        min: new Date('2014-01-01T00:00:00Z'),
        max: new Date('2025-12-31T00:00:00Z'),
        noInvalidDate: true,
      })
      .map((d) => d.toISOString().slice(0, 10));
    const state = fc.record({
      date: day,
      selectedItemId: fc.constantFrom(null, 'st-a', 'ev-b'),
      selectedRegionId: fc.constantFrom(null, 'UA-14'),
      compareDate: fc.option(day, { nil: null }),
      filters: fc.record({
        speakers: fc.uniqueArray(fc.constantFrom('vladimir-putin', 'volodymyr-zelensky')),
        parties: fc.uniqueArray(fc.constantFrom('russia', 'ukraine')),
        topics: fc.uniqueArray(fc.constantFrom('territory', 'peace-talks')),
        regions: fc.uniqueArray(fc.constantFrom('UA-14', 'donbas')),
        text: fc.string({ maxLength: 40 }).map((t) => t.trim().replace(/\s+/g, ' ')),
        from: fc.constant(null),
        to: fc.constant(null),
      }),
    });
    fc.assert(
      fc.property(state, (s) => {
        const back = decodeUrlState(encodeUrlState(s, defaults), ctx);
        expect({
          date: defaults.date,
          selectedItemId: null,
          selectedRegionId: null,
          compareDate: null,
          ...back,
        }).toEqual(s);
      }),
      { numRuns: 300 },
    );
  });
});
