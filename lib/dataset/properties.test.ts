import fc from 'fast-check';
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { conflict, sourceFile } from '../schema';
import { controlAt } from '../control/control-at';
import { timeSpanOf } from './compile';
import { loadDataset } from './load';
import type { SeriesEntry } from './types';

const root = mkdtempSync(path.join(tmpdir(), 'faultline-prop-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('properties: bad input never crashes', () => {
  it('the schemas reject or accept any JSON value without throwing', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (v) => {
        expect(() => sourceFile.safeParse(v)).not.toThrow();
        expect(() => conflict.safeParse(v)).not.toThrow();
      }),
      { numRuns: 500 },
    );
  });

  it('loadDataset reports any garbage source file as problems with a file and path, never throws', () => {
    let n = 0;
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.jsonValue().map((v) => JSON.stringify(v)),
        ),
        (text) => {
          const dir = path.join(root, `case-${n++}`);
          cpSync('lib/dataset/fixtures/mini', dir, { recursive: true });
          writeFileSync(path.join(dir, 'sources', 'article.json'), text);
          const result = loadDataset(dir);
          expect(result.ok).toBe(false);
          if (!result.ok) {
            expect(result.problems.length).toBeGreaterThan(0);
            for (const p of result.problems) {
              expect(p.file).toMatch(/^case-\d+\//);
              expect(p.path.startsWith('$')).toBe(true);
            }
          }
        },
      ),
      { numRuns: 60 },
    );
  });

  it('loadDataset never throws on arbitrary JSON values or bytes in any data file', () => {
    // Issue 21, defect 8: whatever a contributor's editor (or an attacker) writes into a data
    // file, validation reports problems; it never throws.
    const targets = [
      'conflict.json',
      'regions.geojson',
      'sources/article.json',
      'sources/article.txt',
      'stories/story.json',
    ];
    const content = fc.oneof(
      fc.jsonValue().map((v) => Buffer.from(JSON.stringify(v) ?? 'null')),
      fc.uint8Array({ maxLength: 512 }).map((b) => Buffer.from(b)),
      fc.string().map((t) => Buffer.from(t)),
      // Deep nesting and GeoJSON-shaped garbage, which plain arbitraries rarely reach.
      fc.integer({ min: 1, max: 5000 }).map((n) => Buffer.from('['.repeat(n) + ']'.repeat(n))),
      fc
        .array(fc.jsonValue(), { maxLength: 4 })
        .map((features) => Buffer.from(JSON.stringify({ type: 'FeatureCollection', features }))),
    );
    let n = 0;
    fc.assert(
      fc.property(fc.constantFrom(...targets), content, (target, bytes) => {
        const dir = path.join(root, `bytes-${n++}`);
        cpSync('lib/dataset/fixtures/mini', dir, { recursive: true });
        mkdirSync(path.join(dir, 'stories'), { recursive: true });
        writeFileSync(path.join(dir, target), bytes);
        const result = loadDataset(dir);
        if (!result.ok)
          for (const p of result.problems) {
            expect(p.file).toMatch(/^bytes-\d+\//);
            expect(p.path.startsWith('$')).toBe(true);
          }
      }),
      { numRuns: 200 },
    );
  }, 60_000);

  it('controlAt never throws and always picks a figure dated on or before the day', () => {
    const day = fc
      .integer({ min: Date.UTC(2000, 0, 1), max: Date.UTC(2030, 0, 1) })
      .map((ms) => ms - (ms % 86_400_000));
    const date = fc
      .tuple(
        fc.integer({ min: 2005, max: 2028 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 28 }),
        fc.constantFrom(0, 1, 2),
      )
      .map(([y, m, d, p]) =>
        p === 0
          ? `${y}`
          : p === 1
            ? `${y}-${String(m).padStart(2, '0')}`
            : `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`,
      );
    const entry = fc.record({
      id: fc.uuid(),
      date,
      via: fc.constantFrom('region', 'group', 'baseline') as fc.Arbitrary<SeriesEntry['via']>,
      published: fc.option(day, { nil: null }),
    });
    fc.assert(
      fc.property(fc.array(entry, { maxLength: 12 }), day, (entries, d) => {
        const series: SeriesEntry[] = entries.map((e) => ({
          via: e.via,
          published: e.published,
          span: timeSpanOf({ value: e.date, basis: 'explicit' }),
          observation: {
            id: e.id,
            source: 's',
            target: 'UA-14',
            controller: 'russia',
            asOf: { value: e.date, basis: 'explicit' },
            measure: { kind: 'partial' },
            status: 'assessed',
            evidence: { type: 'citation' },
          },
        }));
        const r = controlAt(series, 'UA-14', d, { staleAfterDays: 365 });
        const baseDay = series.find((e) => e.via === 'baseline')?.span.start ?? null;
        // What may speak on day d: figures dated on or before it; on or before the baseline's
        // own day, only day-precise ones.
        const applies = (e: SeriesEntry) =>
          e.via !== 'baseline' &&
          e.span.start! <= d &&
          (baseDay === null || d > baseDay || e.span.precision === 'day');
        if (r.status === 'figure') {
          if (r.entry.via !== 'baseline') {
            expect(applies(r.entry)).toBe(true);
            for (const e of series)
              if (applies(e)) expect(e.span.start! <= r.entry.span.start!).toBe(true);
          } else {
            expect(series.some(applies)).toBe(false);
          }
        } else {
          expect(series.some(applies)).toBe(false);
          expect(series.some((e) => e.via === 'baseline')).toBe(false);
        }
      }),
      { numRuns: 400 },
    );
  });
});
