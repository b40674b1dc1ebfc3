import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadDataset } from '../dataset/load';
import { controlCharts } from './control-charts';

// The synthetic mini dataset (Testland: XX-01 Northland, XX-02 Eastland, XX-03 Southland; the
// group "eastern" = XX-01 + XX-02; baseline: all held by Blue), with three more synthetic
// figures: one for the whole country, one claimed for Northland, one assessed for Southland.
const root = mkdtempSync(path.join(tmpdir(), 'faultline-charts-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const dir = path.join(root, 'mini');
cpSync(path.resolve('lib/dataset/fixtures/mini'), dir, { recursive: true });
const sentences = {
  country: 'Red holds more than 20% of Testland, the monitor said.',
  claim: 'Red says it holds all of Northland.',
  south: 'Red holds 10% of Southland, the monitor said.',
};
writeFileSync(
  path.join(dir, 'sources/article.txt'),
  readFileSync(path.join(dir, 'sources/article.txt'), 'utf8') +
    `\n${Object.values(sentences).join('\n\n')}\n`,
);
const file = path.join(dir, 'sources/article.json');
const data = JSON.parse(readFileSync(file, 'utf8')) as { control: unknown[] };
const figure = (id: string, target: string, day: string, measure: unknown, text: string) => ({
  id,
  source: 'article',
  target,
  controller: 'red',
  asOf: { value: day, basis: 'explicit' },
  measure,
  status: 'assessed',
  evidence: { type: 'sentence', text },
});
data.control.push(
  figure(
    'cf-country',
    'XX',
    '2020-03-01',
    { kind: 'more-than', value: 20, unit: 'percent' },
    sentences.country,
  ),
  {
    ...figure('cf-claim', 'XX-01', '2020-03-05', { kind: 'all' }, sentences.claim),
    status: 'claimed',
    claimant: 'Red',
  },
  figure(
    'cf-south',
    'XX-03',
    '2020-03-08',
    { kind: 'exact', value: 10, unit: 'percent' },
    sentences.south,
  ),
);
writeFileSync(file, JSON.stringify(data, null, 2));
const loaded = loadDataset(dir);
if (!loaded.ok) throw new Error(JSON.stringify(loaded.problems));
const dataset = loaded.dataset;
const domain = [Date.UTC(2019, 0, 1), Date.UTC(2021, 0, 1)] as const;

describe('controlCharts(dataset, domain)', () => {
  const { charts, withoutFigure } = controlCharts(dataset, domain);
  const byId = new Map(charts.map((c) => [c.id, c]));

  it('puts the whole country first, then the groups, then each region with a figure', () => {
    expect(charts.map((c) => [c.id, c.kind])).toEqual([
      ['XX', 'country'],
      ['eastern', 'group'],
      ['XX-02', 'region'], // Eastland: the group's figure, applied (as the map draws it)
      ['XX-01', 'region'], // Northland: the group's figure and its own claim
      ['XX-03', 'region'],
    ]);
    expect(withoutFigure).toEqual([]);
  });

  it('draws the country from its own figures only, from the first one on (no baseline before it)', () => {
    const country = byId.get('XX')!;
    expect(country.figures).toBe(1);
    expect(country.steps).toHaveLength(1);
    expect(country.steps[0]!.start).toBe(Date.UTC(2020, 2, 1));
    expect(country.steps[0]!.share).toEqual({ kind: 'more-than', value: 20, unit: 'percent' });
  });

  it('keeps a group figure on the group, and counts a claim as a claim', () => {
    expect(byId.get('eastern')!.steps.map((s) => s.entry.observation.id)).toEqual(['cf-1']);
    const north = byId.get('XX-01')!;
    expect(north.claimed).toBe(1);
    expect(north.steps.filter((s) => s.entry.observation.status === 'claimed')).toHaveLength(1);
    expect(byId.get('XX-03')!.claimed).toBe(0);
  });

  it('names the regions no source gives a figure for instead of charting them', () => {
    // Without the Southland figure, Southland has only the baseline.
    const trimmed = {
      ...dataset,
      series: {
        ...dataset.series,
        'XX-03': (dataset.series['XX-03'] ?? []).filter((e) => e.via === 'baseline'),
      },
    };
    const r = controlCharts(trimmed, domain);
    expect(r.charts.map((c) => c.id)).not.toContain('XX-03');
    expect(r.withoutFigure).toEqual(['Southland']);
  });
});
