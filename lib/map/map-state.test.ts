import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadDataset } from '../dataset/load';
import { dayStart } from '../dates/fuzzy-date';
import { controlMapStateAt } from './map-state';
import { fadeFill, SHARE_STEPS } from './shade';
import { tooltipText } from './tooltip';

const loaded = loadDataset(path.join(process.cwd(), 'data', 'ukraine'));
if (!loaded.ok) throw new Error('the Ukraine dataset does not load');
const dataset = loaded.dataset;
const seed = controlMapStateAt(dataset, dayStart('2025-01-21'));

describe('controlMapStateAt(dataset, day) on the seed date', () => {
  it("says Zaporizhzhia is more than 70% Russia's, per Newsroom", () => {
    const t = seed.tooltips['UA-23']!;
    expect(t.name).toBe('Zaporizhzhia Oblast');
    expect(t.nameUk).toBe('Запорізька область');
    expect(t.figure).toBe('Russia controls more than 70%');
    expect(t.asOf).toBe('as of 21 Jan 2025 (same day)');
    expect(t.statedBy).toBe('Assessed by Newsroom');
    expect(t.source?.text).toBe(
      'Newsroom, “Putin Signals Willingness for Ukraine Peace Talks as Trump Takes Office”, 21 Jan 2025',
    );
    expect(seed.shades['UA-23']).toMatchObject({
      label: '>70%',
      pattern: 'bounded',
      claimed: true,
    });
    // Three claims name it (one undated): one line, from the earliest date.
    expect(t.claims).toEqual(['Claimed by Russia since 30 Sep 2022 (a claim, not control)']);
  });
  it('draws the Donbas figure across both members as one group figure', () => {
    for (const id of ['UA-14', 'UA-09']) {
      expect(seed.shades[id]).toMatchObject({ group: 'donbas', label: '≈80%' });
      expect(seed.tooltips[id]!.figure).toBe(
        'Russia controls about 80% of Donbas (Donetsk + Luhansk)',
      );
    }
    expect(seed.activeGroups).toContain('donbas');
  });
  it('shades Crimea fully and reads Kyiv Oblast as 0% (converted from Ukraine holding all of it)', () => {
    expect(seed.shades['UA-43']).toMatchObject({ fill: SHARE_STEPS[5]!.fill, label: '100%' });
    expect(seed.shades['UA-32']).toMatchObject({
      fill: fadeFill(SHARE_STEPS[0]!.fill),
      label: '0%',
      converted: true,
      stale: true,
    });
    expect(seed.tooltips['UA-32']!.notes.join(' ')).toMatch(
      /Stated as Ukraine’s share .*converted/,
    );
  });
  it('reads a region with only the baseline as "no occupation reported", labelled as the baseline', () => {
    const t = seed.tooltips['UA-46']!;
    expect(t.figure).toBe('No occupation reported');
    expect(t.notes[0]).toMatch(/baseline/i);
    expect(seed.shades['UA-46']).toMatchObject({ kind: 'baseline', label: '' });
  });
  it('puts it all in one line of text', () => {
    expect(tooltipText(seed.tooltips['UA-23']!)).toContain('Source: Newsroom');
  });
});

describe('controlMapStateAt(dataset, day) before any figure', () => {
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
