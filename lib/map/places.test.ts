import { describe, expect, it } from 'vitest';
import { timeSpanOf } from '../dataset/compile';
import type { SeriesEntry } from '../dataset/types';
import { dayStart } from '../dates/fuzzy-date';
import type { ControlObservation, Measure } from '../schema';
import { placeMarkersAt, type PlaceMarkerDataset } from './places';

// A made-up two-party conflict: Red and Blue, two towns with points and one without.
const conflict: PlaceMarkerDataset['conflict'] = {
  staleAfterDays: 365,
  parties: [
    { id: 'red', name: 'Red Army', shortName: 'Red', color: '#d55e00' },
    { id: 'blue', name: 'Blue Front', shortName: 'Blue', color: '#0072b2' },
  ],
};
const places = [
  {
    id: 'north-town',
    name: 'North Town',
    kind: 'town',
    region: 'XX-N',
    point: [10, 20] as [number, number],
  },
  {
    id: 'south-base',
    name: 'South Base',
    kind: 'base',
    region: 'XX-S',
    point: [11, 19] as [number, number],
  },
  { id: 'no-point', name: 'Somewhere', kind: 'village', region: 'XX-S' },
];
const fig = (
  target: string,
  asOf: string,
  controller: string,
  measure: Measure,
  extra: Partial<ControlObservation> = {},
): SeriesEntry => {
  const o: ControlObservation = {
    id: `c-${target}-${asOf}-${controller}`,
    source: 's1',
    target,
    controller,
    asOf: { value: asOf, basis: 'explicit' },
    measure,
    status: 'assessed',
    evidence: { type: 'citation', quote: 'took the town' },
    ...extra,
  };
  return { observation: o, via: 'region', span: timeSpanOf(o.asOf), published: null };
};
const all: Measure = { kind: 'all' };

const dataset = (series: Record<string, SeriesEntry[]>): PlaceMarkerDataset => ({
  conflict,
  places,
  series,
});
const marker = (d: PlaceMarkerDataset, id: string, day: string, includeClaims = false) =>
  placeMarkersAt(d, dayStart(day), { includeClaims }).find((m) => m.placeId === id)!;

describe('place markers', () => {
  it('draw only places with a cited point', () => {
    expect(placeMarkersAt(dataset({}), dayStart('2024-01-01')).map((m) => m.placeId)).toEqual([
      'north-town',
      'south-base',
    ]);
  });

  it('a place held by a party is that party’s, in its colour, as of its date', () => {
    const d = dataset({ 'north-town': [fig('north-town', '2024-03-01', 'red', all)] });
    const m = marker(d, 'north-town', '2024-06-01');
    expect(m).toMatchObject({
      kind: 'held',
      party: 'red',
      color: '#d55e00',
      label: 'Red',
      stale: false,
    });
    expect(m.text).toBe('North Town: held by Red (as of 1 Mar 2024).');
  });

  it('before any figure a place reads "no figure", never as held by anyone', () => {
    const d = dataset({ 'north-town': [fig('north-town', '2024-03-01', 'red', all)] });
    expect(marker(d, 'north-town', '2024-01-01')).toMatchObject({
      kind: 'unknown',
      party: null,
      label: 'no figure',
    });
  });

  it('the latest figure wins: retaken by the other party', () => {
    const d = dataset({
      'north-town': [
        fig('north-town', '2024-03-01', 'red', all),
        fig('north-town', '2025-01-10', 'blue', all),
      ],
    });
    expect(marker(d, 'north-town', '2025-02-01')).toMatchObject({ kind: 'held', party: 'blue' });
  });

  it('words short of all stay words; contested is neither party’s', () => {
    const d = dataset({
      'north-town': [fig('north-town', '2024-03-01', 'red', { kind: 'most' })],
      'south-base': [fig('south-base', '2024-03-01', 'red', { kind: 'contested' })],
    });
    expect(marker(d, 'north-town', '2024-04-01')).toMatchObject({
      kind: 'partly',
      label: 'Red: most',
    });
    expect(marker(d, 'south-base', '2024-04-01')).toMatchObject({ kind: 'contested', party: null });
  });

  it('a claim is drawn as a claim unless the reader includes claims', () => {
    const claim = fig('south-base', '2024-05-01', 'blue', all, {
      status: 'claimed',
      claimant: 'Blue Front spokesman',
      claimantParty: 'blue',
    });
    const d = dataset({ 'south-base': [claim] });
    const m = marker(d, 'south-base', '2024-05-02');
    expect(m).toMatchObject({ kind: 'claimed', party: 'blue', label: 'claimed by Blue' });
    expect(m.text).toContain('a claim, not an assessment');
    expect(marker(d, 'south-base', '2024-05-02', true)).toMatchObject({
      kind: 'held',
      party: 'blue',
    });
  });

  it('an old figure keeps its shape and says it is old', () => {
    const d = dataset({ 'north-town': [fig('north-town', '2023-01-01', 'red', all)] });
    const m = marker(d, 'north-town', '2024-06-01');
    expect(m).toMatchObject({ kind: 'held', stale: true, label: 'Red · old' });
    expect(m.text).toMatch(/before this date/);
  });

  it('a region’s figure never speaks for a place in it', () => {
    const d = dataset({ 'XX-N': [fig('XX-N', '2024-03-01', 'red', all)] });
    expect(marker(d, 'north-town', '2024-06-01').kind).toBe('unknown');
  });
});
