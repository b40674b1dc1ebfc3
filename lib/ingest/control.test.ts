import { describe, expect, it } from 'vitest';
import { ingestText } from './draft';
import { measureBefore } from './control';
import { ukraineConflict } from './test-helpers';

const conflict = ukraineConflict();
const run = (body: string) =>
  ingestText(`Test Article Title For Control\n\nJanuary 21, 2025\n\n${body}`, { conflict });
const figures = (body: string) =>
  run(body).draft.control.map((c) => ({
    target: c.target,
    controller: c.controller,
    measure: c.measure,
    asOf: c.asOf.value,
    status: c.status,
  }));

describe('measureBefore(gap)', () => {
  it.each([
    ['approximately 80 percent of the ', { kind: 'approximately', value: 80, unit: 'percent' }],
    ['more than 70 percent of ', { kind: 'more-than', value: 70, unit: 'percent' }],
    ['less than 10% of ', { kind: 'less-than', value: 10, unit: 'percent' }],
    ['between 15 and 17 percent of ', { kind: 'range', min: 15, max: 17, unit: 'percent' }],
    ['about a fifth of ', { kind: 'approximately', value: 20, unit: 'percent' }],
    ['more than half of ', { kind: 'more-than', value: 50, unit: 'percent' }],
    ['two-thirds of the ', { kind: 'approximately', value: 66.7, unit: 'percent' }],
    [
      'roughly 1,200 square kilometres of the ',
      { kind: 'approximately', value: 1200, unit: 'km2' },
    ],
    ['all of ', { kind: 'all' }],
    ['nearly all of the ', { kind: 'almost-all' }],
    ['most of ', { kind: 'most' }],
    ['smaller parts of the ', { kind: 'partial' }],
  ])('reads “%s”', (gap, expected) => {
    expect(measureBefore(gap)?.measure).toMatchObject(expected);
  });
  it('finds nothing in words without a figure', () => {
    expect(measureBefore('fighting continued in ')).toBeNull();
    expect(measureBefore('much of ')).toBeNull();
  });
});

describe('extractControl(sentences) on news sentences', () => {
  it('reads the seed sentence: held region, composite group defined in the text, coordinated regions, "smaller parts", annexed in a year', () => {
    const f = figures(
      'Russia controls Crimea, which it annexed in 2014, and has since taken approximately 80 percent of the Donbas region – comprising Donetsk and Luhansk – as well as more than 70 percent of Zaporizhzhia and Kherson, along with smaller parts of the Mykolaiv and Kharkiv regions.',
    );
    expect(f.map((x) => [x.target, x.measure.kind, x.asOf])).toEqual([
      ['crimean-peninsula', 'all', '2025-01-21'],
      ['crimean-peninsula', 'all', '2014'],
      ['donbas', 'approximately', '2025-01-21'],
      ['UA-23', 'more-than', '2025-01-21'],
      ['UA-65', 'more-than', '2025-01-21'],
      ['UA-48', 'partial', '2025-01-21'],
      ['UA-63', 'partial', '2025-01-21'],
    ]);
  });
  it('reads spelling variants (Lugansk, Zaporozhye, Donbass, Kiev)', () => {
    expect(
      figures('Russian troops occupy 90 per cent of Lugansk and more than half of Zaporozhye.').map(
        (x) => x.target,
      ),
    ).toEqual(['UA-09', 'UA-23']);
    expect(figures('Russia holds roughly two-thirds of the Donbass.').map((x) => x.target)).toEqual(
      ['donbas'],
    );
    expect(figures('Russian forces withdrew from the Kiev region in 2022.')).toEqual([
      {
        target: 'UA-32',
        controller: 'russia',
        measure: { kind: 'none', text: 'withdrew from' },
        asOf: '2022',
        status: 'assessed',
      },
    ]);
  });
  it('records a party’s own figure as claimed, with the claimant', () => {
    expect(figures('Moscow claims to control all of Zaporizhzhia.')[0]).toMatchObject({
      target: 'UA-23',
      status: 'claimed',
    });
    expect(
      run('Kyiv says its forces still hold small parts of the Kherson region.').draft.control[0],
    ).toMatchObject({ controller: 'ukraine', status: 'claimed', claimant: 'Kyiv' });
  });
  it('treats "recaptured" as a change (an event), not a holding', () => {
    const r = run('Ukrainian forces recaptured parts of the Kharkiv region in September 2022.');
    expect(r.draft.control).toEqual([]);
    expect(r.draft.events[0]).toMatchObject({ regions: ['UA-63'], date: { value: '2022-09' } });
  });
  it('does not read a city as its region: the capture is the city’s, drafted as a new place', () => {
    const r = run('Russian forces captured the city of Kherson in March 2022.');
    expect(
      r.draft.control.map((c) => [c.target, c.controller, c.measure.kind, c.asOf.value]),
    ).toEqual([['kherson', 'russia', 'all', '2022-03']]);
    expect(r.newPlaces).toEqual([{ id: 'kherson', name: 'Kherson', kind: 'city' }]);
    expect(r.draft.notes.join(' ')).toMatch(/city/);
  });
  it('reads "X and Y combined" as a group figure only when such a group exists', () => {
    expect(
      figures('Russia holds about 80 percent of Donetsk and Luhansk combined.').map(
        (x) => x.target,
      ),
    ).toEqual(['donbas']);
    const r = run('Russia holds about 60 percent of Kherson and Mykolaiv combined.');
    expect(r.draft.control).toEqual([]);
    expect(r.draft.notes.join(' ')).toMatch(/combined/);
  });
  it('gives no figure for "partially controls" or for a demand', () => {
    expect(
      figures(
        'Moscow insists that Kyiv must agree to withdraw from the four regions – Luhansk, Donetsk, Zaporizhzhia, and Kherson – that Russia partially controls.',
      ),
    ).toEqual([]);
  });
  it('keeps the stated party: Ukraine holding a share stays Ukraine’s figure', () => {
    expect(figures('Ukraine holds about 30 percent of Donetsk.')).toEqual([
      {
        target: 'UA-14',
        controller: 'ukraine',
        measure: { kind: 'approximately', value: 30, unit: 'percent', text: 'about 30 percent' },
        asOf: '2025-01-21',
        status: 'assessed',
      },
    ]);
  });
  it('records a square-kilometre figure with its area', () => {
    const c = run('Russia has occupied roughly 1,200 square kilometres of the Kharkiv region.')
      .draft.control[0];
    expect(c).toMatchObject({ target: 'UA-63', areaKm2: 1200, measure: { unit: 'km2' } });
  });
  it('reads “under Russian control” with the place as subject, but not for a plant in a region', () => {
    expect(
      figures(
        'Most of the Kherson region remains under Russian control, and Crimea is fully under Russian occupation.',
      ).map((x) => [x.target, x.measure.kind]),
    ).toEqual([
      ['UA-65', 'most'],
      ['crimean-peninsula', 'all'],
    ]);
    expect(
      figures('The Zaporizhzhia nuclear plant has been under Russian control since March 2022.'),
    ).toEqual([]);
  });
  it('dates a reported past perfect ("claimed its forces had captured") to the report', () => {
    expect(
      figures(
        'Russia’s defence ministry claimed its forces had captured 95 percent of the Donetsk region.',
      )[0],
    ).toMatchObject({ target: 'UA-14', asOf: '2025-01-21', status: 'claimed' });
  });
  it('dates a present holding to publication even when another figure in the clause has a date', () => {
    expect(
      figures('Russia now controls about 18% of Ukraine, up from 7% before February 2022.'),
    ).toEqual([
      expect.objectContaining({
        target: 'UA',
        asOf: '2025-01-21',
        measure: expect.objectContaining({ kind: 'approximately', value: 18 }),
      }),
    ]);
  });
  it('leaves "captured Kherson" (maybe the city) to the reader, but reads "the Kherson region" as the region', () => {
    const r = run('Russian forces captured Kherson in March 2022.');
    expect(r.draft.control).toEqual([]);
    expect(r.draft.notes.join(' ')).toMatch(/may mean the city/);
    expect(figures('Russian forces withdrew from Kherson in November 2022.')).toEqual([]);
    expect(figures('Russian forces captured the Kherson region in March 2022.')).toEqual([
      expect.objectContaining({ target: 'UA-65', asOf: '2022-03' }),
    ]);
  });
  it('records a territorial claim ("claims X as its own") and a demand to withdraw as claims, not control', () => {
    const r = run('Russia claims the Zaporizhzhia and Kherson regions as its own territory.');
    expect(r.draft.claims).toEqual([
      expect.objectContaining({ claimant: 'russia', regions: ['UA-23', 'UA-65'] }),
    ]);
    expect(r.draft.control).toEqual([]);
  });
});

describe('a loss of control is not a holding', () => {
  it('gives no figure for “has lost control of around 80 percent of”', () => {
    expect(
      figures('Russian forces have lost control of around 80 percent of the Kherson region.'),
    ).toEqual([]);
  });
  it('still reads the holding in the same shape without “lost”', () => {
    expect(
      figures('Russian forces have control of around 80 percent of the Kherson region.'),
    ).toHaveLength(1);
  });
});

describe('“control over” after the noun', () => {
  it('reads “has established control over 77 percent of” as 77, once', () => {
    expect(
      figures('Russia has established control over 77 percent of the Kherson region.'),
    ).toEqual([
      expect.objectContaining({
        target: 'UA-65',
        measure: expect.objectContaining({ kind: 'exact', value: 77 }),
      }),
    ]);
  });
  it('still reads the verb “control over 70 percent” as more than 70', () => {
    expect(figures('Russian forces control over 70 percent of the Kherson region.')).toEqual([
      expect.objectContaining({
        measure: expect.objectContaining({ kind: 'more-than', value: 70 }),
      }),
    ]);
  });
});
