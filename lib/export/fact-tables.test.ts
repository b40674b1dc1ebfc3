import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadDataset } from '../dataset/load';
import type { CompiledDataset } from '../dataset/types';
import type { ControlObservation } from '../schema';
import { parseCsvRecords, toCsv } from './csv';
import {
  claimsTable,
  controlTable,
  dateFields,
  describeControlFigure,
  eventsTable,
  evidenceFields,
  factTables,
  forDisplay,
  isQuoted,
  statementsTable,
} from './fact-tables';
import { datasetDownload } from './json';

const loaded = loadDataset(path.join(process.cwd(), 'data', 'ukraine'));
if (!loaded.ok) throw new Error('the Ukraine dataset does not load');
const dataset: CompiledDataset = loaded.dataset;

const observation = (o: Partial<ControlObservation>): ControlObservation => ({
  id: 'x',
  source: 'newsroom-2025-01-21',
  evidence: { type: 'citation', note: 'n' },
  target: 'UA-09',
  controller: 'russia',
  asOf: { value: '2022-05-15', basis: 'explicit' },
  measure: { kind: 'exact', value: 10, unit: 'percent' },
  status: 'assessed',
  ...o,
});

describe('dateFields', () => {
  it('dateFields(date) gives words, precision, basis with its note, and a sortable key', () => {
    const f = dateFields({ value: '2025-01-20', basis: 'relative', note: '“on Monday”' });
    expect(f.date).toBe('20 Jan 2025');
    expect(f.date_precision).toBe('day');
    expect(f.date_basis).toBe('relative');
    expect(f.date_detail).toBe('day precision; worked out from a relative date: “on Monday”');
    expect(f.date_sort).toBe('2025-01-20');
  });
  it('dateFields(date) keeps a year as a year and sorts an unknown date after every known one', () => {
    expect(dateFields({ value: '2014', basis: 'explicit' })).toMatchObject({
      date: '2014',
      date_precision: 'year',
      date_sort: '2014-01-01',
    });
    const unknown = dateFields({ basis: 'unknown', before: '2025-01-21' });
    expect(unknown.date).toBe('date not stated (before 21 Jan 2025)');
    expect(unknown.date_precision).toBe('unknown');
    expect(unknown.date_sort > '9999').toBe(true);
  });
});

describe('evidenceFields', () => {
  it('evidenceFields(evidence) keeps a sentence verbatim and labels a citation as such', () => {
    expect(evidenceFields({ type: 'sentence', text: 'He said so.' })).toMatchObject({
      evidence_type: 'sentence',
      evidence_text: 'He said so.',
    });
    expect(evidenceFields({ type: 'citation', quote: 'q', note: 'n' })).toMatchObject({
      evidence_type: 'citation',
      evidence_text: 'q',
      evidence_note: 'n',
      evidence_kind: 'citation (the source text does not ship)',
    });
  });
});

describe('describeControlFigure on the bundled Ukraine dataset (integration)', () => {
  it('describeControlFigure(o) says the figure in words with the controller, never a rounder number', () => {
    const o = observation({
      measure: { kind: 'more-than', value: 70, unit: 'percent', text: 'more than 70 percent' },
    });
    expect(describeControlFigure(o, dataset)).toEqual({
      figure: 'more than 70% held by Russia',
      stated: 'source’s words: “more than 70 percent”',
    });
  });
  it('describeControlFigure(o) says when a figure is stated as Ukraine’s share and gives the reading the map uses', () => {
    const o = observation({
      controller: 'ukraine',
      measure: { kind: 'approximately', value: 30, unit: 'percent' },
    });
    const d = describeControlFigure(o, dataset);
    expect(d.figure).toBe('about 30% held by Ukraine');
    expect(d.stated).toBe(
      'stated as Ukraine’s share; read as about 70% held by Russia for the map',
    );
  });
  it('describeControlFigure(o) keeps words as words', () => {
    expect(
      describeControlFigure(observation({ measure: { kind: 'partial' } }), dataset).figure,
    ).toBe('partly held by Russia');
  });
});

describe('factTables(dataset) on the bundled Ukraine dataset (integration)', () => {
  const tables = factTables(dataset);

  it('factTables(dataset) has one row per fact, in the dataset’s order', () => {
    expect(tables.map((t) => [t.id, t.records.length])).toEqual([
      ['statements', dataset.statements.length],
      ['events', dataset.events.length],
      ['control', dataset.control.length],
      ['claims', dataset.claims.length],
    ]);
    expect(statementsTable(dataset).records.map((r) => r.id)).toEqual(
      dataset.statements.map((s) => s.id),
    );
  });

  it('factTables(dataset) gives every row an id unique across all tables (rows are link targets)', () => {
    const ids = tables.flatMap((t) => t.records.map((r) => r.id));
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('factTables(dataset) gives every row a source with publisher and title, and evidence', () => {
    for (const t of tables) {
      for (const r of t.records) {
        expect(r.source_publisher, `${t.id} ${r.id}`).not.toBe('');
        expect(r.source_title, `${t.id} ${r.id}`).not.toBe('');
        expect((r.evidence_text ?? '') + (r.evidence_note ?? ''), `${t.id} ${r.id}`).not.toBe('');
      }
    }
  });

  it('statementsTable(dataset) names the speaker with role and party, and the seed’s quote with its sentence', () => {
    const row = statementsTable(dataset).records.find(
      (r) => r.id === 'st-2025-01-20-putin-open-to-dialogue',
    );
    expect(row).toMatchObject({
      speaker: 'Vladimir Putin',
      speaker_role: 'President of Russia',
      speaker_party: 'Russia',
      date: '20 Jan 2025',
      date_basis: 'relative',
      via: 'Kremlin website',
      source_publisher: 'Newsroom',
      evidence_type: 'sentence',
      regions: 'Ukraine',
    });
    expect(row?.evidence_text).toContain(
      'We are open to dialogue with the new U.S. administration',
    );
  });

  it('controlTable(dataset) reads the seed’s Donbas figure as one group figure of about 80%', () => {
    const rows = controlTable(dataset).records.filter(
      (r) => r.source_id === 'newsroom-2025-01-21' && r.target_id === 'donbas',
    );
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      target: 'Donbas',
      target_detail: 'group: Donetsk + Luhansk',
      figure: 'about 80% held by Russia',
      status: 'assessed',
    });
  });

  it('controlTable(dataset) names the claimant of a claimed figure', () => {
    const claimed = controlTable(dataset).records.filter((r) => r.status === 'claimed');
    expect(claimed.length).toBeGreaterThan(0);
    for (const r of claimed) expect(r.status_words).toBe(`claimed by ${r.claimant}`);
  });

  it('eventsTable(dataset) and claimsTable(dataset) name regions and claimants, not ids', () => {
    const claim = claimsTable(dataset).records.find((r) => r.id === 'cl-russia-2022-09-30');
    expect(claim).toMatchObject({
      claimant: 'Russia',
      regions: 'Donetsk; Luhansk; Zaporizhzhia; Kherson',
      date: '30 Sep 2022',
    });
    const crimea = eventsTable(dataset).records.find(
      (r) => r.id === 'ev-2014-02-pro-russian-forces-take-over',
    );
    expect(crimea).toMatchObject({
      regions: 'Crimean peninsula',
      date: 'February 2014',
      date_precision: 'month',
    });
  });

  it('a table’s CSV parses back to exactly its records, for every field', () => {
    for (const t of tables) {
      const back = parseCsvRecords(toCsv(t.fields, t.records));
      expect(back).toHaveLength(t.records.length);
      back.forEach((row, k) => {
        const rec = t.records[k] ?? {};
        for (const f of t.fields) expect(row[f], `${t.id} ${rec.id} ${f}`).toBe(rec[f] ?? '');
      });
      // Every field a column shows is in the CSV.
      for (const c of t.columns) {
        expect(t.fields, `${t.id} sorts by ${c.sortField}`).toContain(c.sortField);
        for (const line of c.lines)
          expect(t.fields, `${t.id} shows ${line.field}`).toContain(line.field);
      }
    }
  });
});

describe('datasetDownload on the bundled Ukraine dataset (integration)', () => {
  it('datasetDownload(dataset) holds every fact and source, without article bodies or derived indexes', () => {
    const d = datasetDownload(dataset);
    expect(d.statements).toHaveLength(dataset.statements.length);
    expect(d.control).toHaveLength(dataset.control.length);
    expect(d.sources).toHaveLength(dataset.sources.length);
    expect(d.sources.some((s) => 'body' in s)).toBe(false);
    expect(Object.keys(d)).not.toContain('series');
    expect(JSON.parse(JSON.stringify(d))).toEqual(d);
  });
});

describe('downloadBody on the bundled Ukraine dataset (integration)', () => {
  it('downloadBody(dataset, name) gives each CSV with one row per fact and the JSON with every fact', async () => {
    const { downloadBody, downloadsFor } = await import('./downloads');
    const names = downloadsFor(dataset).map((d) => d.name);
    expect(names).toEqual([
      'faultline-ukraine.json',
      'statements.csv',
      'events.csv',
      'control.csv',
      'claims.csv',
    ]);
    const control = downloadBody(dataset, 'control.csv');
    expect(control?.contentType).toBe('text/csv; charset=utf-8');
    expect(parseCsvRecords(control?.text ?? '')).toHaveLength(dataset.control.length);
    const json = JSON.parse(downloadBody(dataset, 'faultline-ukraine.json')?.text ?? '{}') as {
      statements: unknown[];
    };
    expect(json.statements).toHaveLength(dataset.statements.length);
    expect(downloadBody(dataset, 'nope.csv')).toBeNull();
  });
});

describe('isQuoted on the bundled Ukraine dataset (integration)', () => {
  it('isQuoted(line, record) quotes a statement’s text only when it is a direct quote', () => {
    const t = statementsTable(dataset);
    const line = t.columns.find((c) => c.id === 'text')?.lines[0];
    if (!line) throw new Error('no text column');
    expect(isQuoted(line, { kind: 'quote' })).toBe(true);
    expect(isQuoted(line, { kind: 'paraphrase' })).toBe(false);
    expect(isQuoted(line, { kind: 'report' })).toBe(false);
    expect(isQuoted({ field: 'evidence_text', quoted: true }, {})).toBe(true);
    expect(isQuoted({ field: 'x' }, {})).toBe(false);
  });
});

describe('forDisplay on the bundled Ukraine dataset (integration)', () => {
  it('forDisplay(table) keeps only the fields the HTML shows, links and sorts by, and every row', () => {
    const t = forDisplay(statementsTable(dataset));
    expect(t.records).toHaveLength(dataset.statements.length);
    const keys = new Set(t.records.flatMap((r) => Object.keys(r)));
    for (const k of [
      'id',
      'date',
      'date_sort',
      'speaker',
      'text',
      'kind',
      'source_url',
      'evidence_text',
    ])
      expect(keys).toContain(k);
    for (const k of ['speaker_id', 'date_value', 'topics', 'note']) expect(keys).not.toContain(k);
  });
});
