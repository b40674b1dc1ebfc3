import path from 'node:path';
import { DOMParser } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { loadDataset } from '../dataset/load';
import { atomFeed, buildFeed, jsonFeed } from './feeds';

// The synthetic mini dataset: statement st-1 by Ann Example, event ev-1, figure cf-1 on the
// group "eastern" (XX-01 + XX-02), all from source "article" published 2020-03-10.
const loaded = loadDataset(path.resolve('lib/dataset/fixtures/mini'));
if (!loaded.ok) throw new Error('fixture does not load');
const ds = loaded.dataset;
const site = 'https://example.org';
const self = `${site}/mini/feed.xml`;

describe('buildFeed(dataset, scope)', () => {
  it('lists every statement, event and figure of the conflict with its source and a deep link', () => {
    const feed = buildFeed(ds, { kind: 'conflict' }, { site, self })!;
    expect(feed.entries.map((e) => e.id).sort()).toEqual([
      `${site}/mini#cf-1`,
      `${site}/mini#ev-1`,
      `${site}/mini#st-1`,
    ]);
    const st = feed.entries.find((e) => e.id.endsWith('#st-1'))!;
    expect(st).toMatchObject({
      title: 'Ann Example: “We will stay”',
      link: `${site}/mini?date=2020-03-09&item=st-1`,
      published: '2020-03-10',
      source: { publisher: 'Test Wire', title: 'A synthetic article' },
    });
    // The year-only event keeps its year: no day is made up for the link or the text.
    const ev = feed.entries.find((e) => e.id.endsWith('#ev-1'))!;
    expect(ev.link).toBe(`${site}/mini?item=ev-1`);
    expect(ev.text).toMatch(/^2020: Something happens/);
    const cf = feed.entries.find((e) => e.id.endsWith('#cf-1'))!;
    expect(cf.title).toBe('The East: about 50% held by Red (assessed, as of 10 Mar 2020)');
    // A whole-country figure is named by the country's name, not its code.
    const country = buildFeed(
      { ...ds, control: ds.control.map((c) => ({ ...c, target: 'XX' })) },
      { kind: 'conflict' },
      { site, self },
    )!;
    expect(country.entries.find((e) => e.id.endsWith('#cf-1'))!.title).toMatch(/^Testland: /);
  });

  it('narrows to a region (its groups’ figures included) or to a speaker, and refuses unknown ids', () => {
    const north = buildFeed(ds, { kind: 'region', id: 'XX-01' }, { site, self })!;
    expect(north.title).toBe('Northland: Synthetic test conflict');
    expect(north.entries.map((e) => e.id)).toContain(`${site}/mini#cf-1`);
    const south = buildFeed(ds, { kind: 'region', id: 'XX-03' }, { site, self })!;
    expect(south.entries.map((e) => e.id)).not.toContain(`${site}/mini#cf-1`);
    const ann = buildFeed(ds, { kind: 'speaker', id: 'ann-example' }, { site, self })!;
    expect(ann.entries.map((e) => e.id)).toEqual([`${site}/mini#st-1`]);
    expect(buildFeed(ds, { kind: 'region', id: 'XX-99' }, { site, self })).toBeNull();
    expect(buildFeed(ds, { kind: 'speaker', id: 'nobody' }, { site, self })).toBeNull();
  });
});

describe('atomFeed and jsonFeed', () => {
  const hostile = {
    ...ds,
    statements: ds.statements.map((s) => ({
      ...s,
      text: '<script>alert(1)</script> & \u0007 “quoted”',
    })),
    sources: ds.sources.map((s) => ({ ...s, published: null })),
  };

  it('writes well-formed Atom with every text escaped', () => {
    const feed = buildFeed(ds, { kind: 'conflict' }, { site, self })!;
    const xml = atomFeed(feed, 'v1', '2026-12-04T00:00:00Z');
    const doc = new DOMParser().parseFromString(xml, 'text/xml');
    expect(doc.querySelectorAll('entry')).toHaveLength(3);
    expect(doc.querySelector('feed > updated')?.textContent).toBe('2020-03-10T00:00:00Z');
    const withScript = atomFeed(
      buildFeed({ ...hostile, sources: ds.sources }, { kind: 'conflict' }, { site, self })!,
      'v1',
      '2026-12-04T00:00:00Z',
    );
    expect(withScript).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &amp;  “quoted”');
    expect(withScript).not.toContain('<script>');
  });

  it('never makes up a date: facts with an undated source stay out of Atom, undated in JSON', () => {
    const feed = buildFeed(hostile, { kind: 'conflict' }, { site, self })!;
    const xml = atomFeed(feed, 'v1', '2026-12-04T00:00:00Z');
    expect(xml).not.toContain('<entry>');
    expect(xml).toContain('<subtitle>3 facts whose sources give no date: in the JSON Feed only.');
    expect(xml).toContain('<updated>2026-12-04T00:00:00Z</updated>');
    const json = JSON.parse(jsonFeed(feed)) as { items: { date_published?: string }[] };
    expect(json.items).toHaveLength(3);
    expect(json.items.every((i) => i.date_published === undefined)).toBe(true);
  });
});
