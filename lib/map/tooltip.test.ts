import { describe, expect, it } from 'vitest';
import type { CompiledSource, ControlAt, Region, SeriesEntry } from '../dataset/types';
import type { Claim, ControlObservation, Measure } from '../schema';
import { claimsByRegionAt } from './claims';
import { shadeRegion } from './shade';
import { regionTooltip, tooltipText, type TooltipContext } from './tooltip';

// Synthetic parties, regions, sources and figures, made up for these tests (not facts).
const region: Region = {
  id: 'XX-01',
  nameEn: 'North',
  nameEnFull: 'North Province',
  nameLocal: 'Північна',
  nameLocalShort: 'Північна',
  localLang: 'uk',
  type: 'oblast',
  areaKm2: 1000,
};
const source = (id: string, publisher: string, url?: string): CompiledSource => ({
  id,
  publisher,
  title: `Synthetic report ${id}`,
  kindWords: 'news agency',
  published: '2024-03-02',
  file: 'synthetic.json',
  ...(url ? { url } : {}),
});
const ctx: TooltipContext = {
  conflict: {
    mapParty: 'red',
    parties: [
      { id: 'red', name: 'Redland', color: '#D55E00' },
      { id: 'blue', name: 'Blueland', color: '#0072B2' },
    ],
    regionGroups: [],
  },
  regions: new Map([[region.id, region]]),
  sources: new Map([
    ['s1', source('s1', 'Daily One', 'https://example.org/one')],
    ['s2', source('s2', 'Weekly Two')],
    ['s3', source('s3', 'Third Wire')],
  ]),
  areaOf: (id) => (id === region.id ? 1000 : null),
};
function entry(
  id: string,
  src: string,
  measure: Measure,
  over: Partial<ControlObservation> = {},
): SeriesEntry {
  const observation = {
    id,
    source: src,
    evidence: { type: 'citation', note: 'synthetic' },
    target: region.id,
    controller: 'red',
    asOf: { value: '2024-03-01', basis: 'explicit' },
    measure,
    status: 'assessed',
    ...over,
  } as ControlObservation;
  return { observation, via: 'region', span: { precision: 'day', start: 0, end: 1 }, published: 0 };
}

describe('regionTooltip(control, shade, context)', () => {
  const control: ControlAt = {
    regionId: region.id,
    day: 0,
    status: 'figure',
    entry: entry(
      'o1',
      's1',
      { kind: 'approximately', value: 30, unit: 'percent', text: 'about 30 percent' },
      { controller: 'blue', status: 'claimed', claimant: 'Blueland ministry' },
    ),
    others: [
      entry('o2', 's2', { kind: 'more-than', value: 90, unit: 'percent' }),
      entry('o3', 's3', { kind: 'approximately', value: 70, unit: 'percent' }),
    ],
    ageDays: 400,
    stale: true,
    claims: [],
    own: null,
    overtakenBy: null,
  };
  const shade = shadeRegion(control, { mapParty: 'red', areaOf: ctx.areaOf });
  const t = regionTooltip(control, shade, ctx);
  it('names a claimed figure as a claim, apart from the assessed one', () => {
    const assessed = entry('a1', 's2', { kind: 'exact', value: 40, unit: 'percent' });
    const claim = entry(
      'c1',
      's3',
      { kind: 'all' },
      {
        status: 'claimed',
        claimant: 'Redland ministry',
        claimantParty: 'red',
      },
    );
    const c: ControlAt = { ...control, entry: assessed, others: [], stale: false, claims: [claim] };
    const tc = regionTooltip(c, shadeRegion(c, { mapParty: 'red', areaOf: ctx.areaOf }), ctx);
    expect(tc.figure).toBe('Redland controls 40%');
    expect(tc.claims).toEqual([
      'Claimed by Redland ministry (Redland): Redland controls all, as of 1 Mar 2024 (a claim, not an assessment)',
    ]);
  });
  it('states the converted figure and keeps the original wording', () => {
    expect(t.figure).toBe('Redland controls about 70%');
    expect(t.notes).toContain('Stated as Blueland’s share (“about 30 percent”); converted.');
  });
  it('says who states it, the source with its link, and the age', () => {
    expect(t.statedBy).toBe('Claimed by Blueland ministry');
    expect(t.source).toEqual({
      id: 's1',
      text: 'Daily One, “Synthetic report s1”, 2 Mar 2024 (news agency)',
      url: 'https://example.org/one',
    });
    expect(t.asOf).toBe('as of 1 Mar 2024 (13 months before this date: an old figure)');
  });
  it('lists other sources of the same date that disagree, and counts those that agree', () => {
    expect(t.disagree).toEqual([
      {
        text: 'Redland controls more than 90% (assessed by weekly two)',
        source: { id: 's2', text: 'Weekly Two, “Synthetic report s2”, 2 Mar 2024 (news agency)' },
      },
    ]);
    expect(t.agreeCount).toBe(1);
    expect(tooltipText(t)).toContain('1 other source of the same date agree');
  });
  it('says a computed share was computed from the area', () => {
    const km: ControlAt = {
      ...control,
      entry: entry('o4', 's1', { kind: 'exact', value: 250, unit: 'km2' }),
      others: [],
      stale: false,
    };
    const tk = regionTooltip(km, shadeRegion(km, { mapParty: 'red', areaOf: ctx.areaOf }), ctx);
    // The area stays the figure; the share follows, marked as computed.
    expect(tk.figure).toBe('Redland controls 250 km² (computed: 25% of the area)');
    expect(tk.notes).toContain('Computed from 250 km² of 1,000 km².');
  });
  it('reads "No data for this date" without a figure', () => {
    const none: ControlAt = {
      regionId: region.id,
      day: 0,
      status: 'none',
      reason: 'no-data',
      claims: [],
    };
    const tn = regionTooltip(none, shadeRegion(none, { mapParty: 'red', areaOf: ctx.areaOf }), ctx);
    expect(tn).toMatchObject({
      figure: 'No data for this date',
      name: 'North Province',
      nameLocal: 'Північна',
    });
    expect(tn.source).toBeUndefined();
    expect(tooltipText(tn)).toMatch(/^North Province \(Північна\)/);
    // A region without a local name is named once, with no empty brackets.
    const plain = regionTooltip(none, shadeRegion(none, { mapParty: 'red', areaOf: ctx.areaOf }), {
      ...ctx,
      regions: new Map([['XX-01', { ...region, nameLocal: '', localLang: '' }]]),
    });
    expect(tooltipText(plain)).toMatch(/^North Province\. No data for this date/);
  });
});

describe('claimsByRegionAt(claims, sources, day)', () => {
  const claims: Claim[] = [
    {
      id: 'c1',
      source: 's1',
      evidence: { type: 'citation', note: 'synthetic' },
      claimant: 'red',
      regions: ['XX-01'],
      since: { value: '2024-01-10', basis: 'explicit' },
    },
    {
      id: 'c2',
      source: 's2',
      evidence: { type: 'citation', note: 'synthetic' },
      claimant: 'red',
      regions: ['XX-02'],
    },
  ] as Claim[];
  const sources = [
    { id: 's1', published: '2024-02-01' },
    { id: 's2', published: '2024-03-02' },
  ];
  it('holds a claim from its "since" date, else from its source’s publication', () => {
    const at = (d: string) =>
      [...claimsByRegionAt(claims, sources, Date.parse(`${d}T00:00:00Z`)).keys()].sort();
    expect(at('2024-01-09')).toEqual([]);
    expect(at('2024-01-10')).toEqual(['XX-01']);
    expect(at('2024-03-02')).toEqual(['XX-01', 'XX-02']);
  });
});
