import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadDataset } from '../dataset/load';
import { dayStart } from '../dates/fuzzy-date';
import { controlMapContext, controlMapStateAt } from './map-state';
import { SHARE_STEPS } from './shade';
import { tooltipText } from './tooltip';

const loaded = loadDataset(path.join(process.cwd(), 'data', 'ukraine'));
if (!loaded.ok) throw new Error('the Ukraine dataset does not load');
const dataset = loaded.dataset;
const seed = controlMapStateAt(dataset, dayStart('2025-01-21'));

describe("controlMapStateAt(dataset, day) before the baseline's own day on the bundled Ukraine dataset (integration)", () => {
  it('says the starting figure is dated after the day shown, never "that day"', () => {
    const t = controlMapStateAt(dataset, dayStart('2014-02-01')).tooltips['UA-43']!;
    expect(t.asOf).toMatch(
      /^as of \d+ Feb 2014 \(\d+ days after this date: the dataset's starting point, which holds until then\)$/,
    );
  });
});

describe('controlMapStateAt(dataset, day) on the seed date on the bundled Ukraine dataset (integration)', () => {
  it("says Zaporizhzhia is more than 70% Russia's, per Newsroom", () => {
    const t = seed.tooltips['UA-23']!;
    expect(t.name).toBe('Zaporizhzhia Oblast');
    expect(t.nameLocal).toBe('Запорізька область');
    expect(t.localLang).toBe('uk');
    expect(t.figure).toBe('Russia controls more than 70%');
    expect(t.asOf).toBe('as of 21 Jan 2025 (that day)');
    expect(t.statedBy).toBe('Assessed by Newsroom');
    expect(t.source?.text).toBe(
      'Newsroom, “Putin Signals Willingness for Ukraine Peace Talks as Trump Takes Office”, 21 Jan 2025 (news outlet)',
    );
    expect(seed.shades['UA-23']).toMatchObject({
      label: '>70%',
      pattern: 'bounded',
      claimed: true,
    });
    // Three claims name it (one undated): one line, from the earliest date.
    expect(t.claims).toEqual(['Claimed by Russia since 30 Sep 2022 (a claim, not control)']);
  });
  it("keeps Donetsk's and Luhansk's own figures against the newer, less precise Donbas ≈80%", () => {
    expect(seed.shades['UA-14']).toMatchObject({ group: null, label: '66%' });
    expect(seed.shades['UA-09']).toMatchObject({ group: null, label: '99%' });
    for (const id of ['UA-14', 'UA-09']) expect(seed.shades[id]!.label).not.toContain('80');
    expect(seed.groupLabels.map((g) => g.group)).not.toContain('donbas');
  });
  it('labels members of a group figure as part of it, and the group once, in Nov 2025', () => {
    const late = controlMapStateAt(dataset, dayStart('2025-11-25'));
    const donbas = late.groupLabels.find((g) => g.group === 'donbas');
    for (const id of donbas?.members ?? []) {
      expect(late.shades[id]!.label).toBe('part of Donbas');
      expect(late.tooltips[id]!.figure).toMatch(
        /^Part of Donbas: Russia controls about 85.5% of Donbas/,
      );
    }
    expect(donbas?.text).toBe('Donbas ≈85.5%');
  });
  it('shades Crimea fully and reads Kyiv Oblast as 0% (converted from Ukraine holding all of it)', () => {
    // The peninsula's figure of the seed article is newer than Crimea's own of 2014.
    expect(seed.shades['UA-43']).toMatchObject({
      fill: SHARE_STEPS[5]!.fill,
      label: 'part of Crimean peninsula',
    });
    expect(seed.groupLabels.find((g) => g.group === 'crimean-peninsula')?.text).toBe(
      'Crimean peninsula 100%',
    );
    expect(seed.shades['UA-32']).toMatchObject({
      fill: SHARE_STEPS[0]!.fill,
      label: '0% · old',
      converted: true,
      stale: true,
    });
    expect(seed.tooltips['UA-32']!.notes.join(' ')).toMatch(
      /Stated as Ukraine’s share .*converted/,
    );
  });
  it('reads a region with only the 2014 baseline as "no recent figure" in 2025, saying what the last was', () => {
    const t = seed.tooltips['UA-46']!;
    expect(t.figure).toBe('No recent figure (the last: no occupation reported, as of 19 Feb 2014)');
    expect(t.asOf).toMatch(/10 years before this date: an old figure/);
    expect(seed.shades['UA-46']).toMatchObject({ kind: 'no-recent', label: '' });
  });
  it('puts it all in one line of text', () => {
    expect(tooltipText(seed.tooltips['UA-23']!)).toContain('Source: Newsroom');
  });
});

describe('controlMapStateAt(dataset, day) before any figure on the bundled Ukraine dataset (integration)', () => {
  it('shades nothing as held on 1 Jun 2013: every region reads the baseline, no claims', () => {
    const early = controlMapStateAt(dataset, dayStart('2013-06-01'));
    for (const s of Object.values(early.shades)) {
      expect(s.kind).toBe('baseline');
      expect(s.label).toBe('');
      expect(s.share?.kind).toBe('none');
      expect(s.claimed).toBe(false);
    }
  });
});

describe('controlMapStateAt(dataset, day, ctx, { party }) with more than two parties', () => {
  // The small synthetic fixture, given a third party that holds territory: no complement.
  const mini = loadDataset(path.resolve('lib/dataset/fixtures/mini'));
  if (!mini.ok) throw new Error('the mini fixture does not load');
  const three = {
    ...mini.dataset,
    conflict: {
      ...mini.dataset.conflict,
      parties: [...mini.dataset.conflict.parties, { id: 'green', name: 'Green', color: '#009E73' }],
      controlParties: ['red', 'blue', 'green'],
      complement: false,
    },
  };
  const day = dayStart('2020-04-01');

  it("shades the chosen party's share, and never converts another party's figure", () => {
    const red = controlMapStateAt(three, day, controlMapContext(three), { party: 'red' });
    expect(red.party).toBe('red');
    expect(red.shades['XX-01']).toMatchObject({ group: 'eastern', label: 'part of The East' });
    expect(red.groupLabels[0]?.text).toBe('The East ≈50%');
    // Red's ≈50% says nothing of Green's share when the parties do not hold everything between two.
    const green = controlMapStateAt(three, day, controlMapContext(three), { party: 'green' });
    expect(green.shades['XX-01']).toMatchObject({ kind: 'no-data', share: null });
    expect(green.tooltips['XX-01']!.figure).toMatch(/no figure for Green’s share/);
  });

  it('falls back to the default party for a party that holds no territory', () => {
    const s = controlMapStateAt(three, day, controlMapContext(three), { party: 'nobody' });
    expect(s.party).toBe('red');
  });
});
