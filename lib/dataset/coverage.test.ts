import { describe, expect, it } from 'vitest';
import type { Conflict, ConflictEvent, ControlObservation, Statement } from '../schema';
import { coverage, yearSpans } from './coverage';
import type { CompiledPlace, Region } from './types';

const region = (id: string, nameEn: string): Region => ({
  id,
  nameEn,
  nameEnFull: nameEn,
  nameLocal: '',
  nameLocalShort: '',
  localLang: '',
  type: 'oblast',
  areaKm2: 1,
});

const conflict = {
  regionGroups: [{ id: 'east', name: 'East', members: ['X-1', 'X-2'], aliases: [] }],
} as unknown as Conflict;

const statement = (id: string, value: string, speaker = 'a'): Statement =>
  ({ id, date: { value, basis: 'explicit' }, speaker }) as Statement;
const event = (id: string, value: string): ConflictEvent =>
  ({ id, date: { value, basis: 'explicit' } }) as ConflictEvent;
const figure = (
  id: string,
  target: string,
  value: string,
  status: 'assessed' | 'claimed' = 'assessed',
): ControlObservation =>
  ({ id, target, asOf: { value, basis: 'explicit' }, status }) as ControlObservation;

const regions = [region('X-1', 'Alpha'), region('X-2', 'Beta'), region('X-3', 'Gamma')];
const places = [{ id: 'town', region: 'X-3' }] as CompiledPlace[];

describe('coverage', () => {
  it('counts each year from the first dated fact to the last, empty years included', () => {
    const c = coverage({
      conflict,
      regions,
      places,
      claims: [],
      statements: [statement('s1', '2014-03-01'), statement('s2', '2014', 'b')],
      events: [event('e1', '2017-05')],
      control: [figure('c1', 'X-1', '2014-03-18'), figure('c2', 'X-1', '2017', 'claimed')],
    });
    expect(c.years.map((y) => y.year)).toEqual([2014, 2015, 2016, 2017]);
    expect(c.years[0]).toMatchObject({ statements: 2, speakers: 2, assessed: 1, claimed: 0 });
    expect(c.years[3]).toMatchObject({ events: 1, assessed: 0, claimed: 1 });
    expect(c.thin).toContain('Nothing at all is dated 2015–2016.');
    expect(c.thin).toContain(
      'Alpha: no figure in 2015–2016, between its first (2014) and its latest (2017).',
    );
  });

  it('gives a group figure to each member and a place figure to its region', () => {
    const c = coverage({
      conflict,
      regions,
      places,
      claims: [],
      statements: [],
      events: [],
      control: [figure('g', 'east', '2020'), figure('p', 'town', '2020-02')],
    });
    expect(c.years[0]?.regionsWithFigure).toBe(3);
    expect(c.regions.map((r) => r.id)).toEqual(['X-1', 'X-2', 'X-3']);
  });

  it('says which told years fall below the floors, and nothing for an empty dataset', () => {
    const c = coverage({
      conflict,
      regions,
      places,
      claims: [],
      statements: [statement('s', '2021-01-01')],
      events: [],
      control: [],
    });
    expect(c.thin).toEqual([
      'Fewer than 8 statements in 2021.',
      'Fewer than 5 events in 2021.',
      'No control figure is dated 2021.',
    ]);
    expect(
      coverage({ conflict, regions, places, claims: [], statements: [], events: [], control: [] }),
    ).toEqual({ years: [], regions: [], thin: [] });
  });
});

describe('yearSpans', () => {
  it('joins runs of years', () => {
    expect(yearSpans([2023])).toBe('2023');
    expect(yearSpans([2014, 2023])).toBe('2014 and 2023');
    expect(yearSpans([2018, 2016, 2017, 2021, 2023])).toBe('2016–2018, 2021 and 2023');
  });
});
