import { describe, expect, it } from 'vitest';
import { getDataset } from '../dataset/server';
import { dayStart } from '../dates/fuzzy-date';
import { parseCsvRecords } from './csv';
import { embedDataset, isEmbedDataset, readEmbedDataset } from '../embed/data';
import { visibleFacts, visibleFactsCsv, visibleFactsJson } from './visible';

const ds = getDataset('ukraine');

describe('visibleFacts', () => {
  it('visibleFacts(dataset, view) keeps only the shown timeline items', () => {
    const ids = ds.timeline.slice(0, 5).map((t) => t.id);
    const f = visibleFacts(ds, { date: '2023-06-01', day: dayStart('2023-06-01'), itemIds: ids });
    expect([...f.statements, ...f.events].map((x) => x.id).sort()).toEqual([...ids].sort());
  });
  it('visibleFacts(dataset, view) keeps the control figures the map draws on the date, none later, no baseline', () => {
    const f = visibleFacts(ds, { date: '2023-06-01', day: dayStart('2023-06-01'), itemIds: [] });
    expect(f.control.length).toBeGreaterThan(0);
    for (const o of f.control) expect((o.asOf.value ?? '') <= '2023-06-01').toBe(true);
    const early = visibleFacts(ds, {
      date: '2013-06-01',
      day: dayStart('2013-06-01'),
      itemIds: [],
    });
    expect(early.control).toEqual([]);
  });
  it('visibleFacts(dataset, {itemIds: null}) keeps every item', () => {
    const f = visibleFacts(ds, { date: '2023-06-01', day: dayStart('2023-06-01'), itemIds: null });
    expect(f.statements.length + f.events.length).toBe(ds.timeline.length);
  });
});

describe('visibleFactsCsv / visibleFactsJson', () => {
  const f = visibleFacts(ds, {
    date: '2023-06-01',
    day: dayStart('2023-06-01'),
    itemIds: ds.timeline.slice(0, 7).map((t) => t.id),
  });
  it('visibleFactsCsv(facts) writes one row per fact with its table and source', () => {
    const rows = parseCsvRecords(visibleFactsCsv(f));
    expect(rows).toHaveLength(f.statements.length + f.events.length + f.control.length);
    expect(new Set(rows.map((r) => r.table))).toEqual(
      new Set(['statements', 'events', 'control'].filter((t) => rows.some((r) => r.table === t))),
    );
    for (const r of rows) expect(r.source_publisher).not.toBe('');
  });
  it('visibleFactsJson(facts) lists the same ids and only the sources they cite', () => {
    const doc = visibleFactsJson(f, ds);
    expect(doc.asOf).toBe('2023-06-01');
    const cited = new Set([...doc.statements, ...doc.events, ...doc.control].map((x) => x.source));
    expect(new Set(doc.sources.map((s) => s.id))).toEqual(cited);
  });
});

describe('embedDataset', () => {
  it('embedDataset(dataset) drops article texts, notes and stories and passes isEmbedDataset', () => {
    const e = embedDataset(ds);
    expect(isEmbedDataset(JSON.parse(JSON.stringify(e)))).toBe(true);
    expect(e.sources.some((s) => 'body' in s)).toBe(false);
    expect('notes' in e).toBe(false);
    expect(e.version).toBe(ds.version);
  });
  it('isEmbedDataset(data) refuses other documents', () => {
    expect(isEmbedDataset(null)).toBe(false);
    expect(isEmbedDataset({ format: 'faultline-dataset', schemaVersion: 1 })).toBe(false);
  });
});

describe('readEmbedDataset(data)', () => {
  it('brings a release pinned before local names up to date, and leaves a current one alone', () => {
    const region = { id: 'XX-01', nameEn: 'North', nameEnFull: 'North Province', type: 'oblast' };
    const file = (regions: unknown[]) => ({
      format: 'faultline-embed-dataset',
      schemaVersion: 1,
      id: 'x',
      version: 'v1',
      timeline: [],
      regions,
      series: {},
    });
    const old = readEmbedDataset(file([{ ...region, nameUk: 'Північна', nameUkShort: 'Півн.' }]));
    expect(old!.regions[0]).toEqual({
      ...region,
      nameLocal: 'Північна',
      nameLocalShort: 'Півн.',
      localLang: 'uk',
    });
    const current = { ...region, nameLocal: 'الخرطوم', nameLocalShort: 'الخرطوم', localLang: 'ar' };
    expect(readEmbedDataset(file([current]))!.regions[0]).toEqual(current);
    expect(readEmbedDataset({ format: 'other' })).toBeNull();
  });
});
