/**
 * npm run bench:compile — time to validate and compile a dataset of N synthetic facts
 * (statements, events and control figures spread over 2014–2025, generated here, labelled
 * synthetic, never shipped). Uses the real conflict.json (without its places) and regions of
 * data/ukraine.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { loadDataset } from '../lib/dataset/load';
import { seededRandom } from '../lib/synthetic/timeline';
import { fmtMs, summarise } from './harness';

export function syntheticSourceFile(n: number, people: string[], regions: string[], seed = 1) {
  const rnd = seededRandom(seed);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rnd() * xs.length)] as T;
  const day = () => {
    const ms = Date.UTC(2014, 0, 1) + Math.floor(rnd() * 4380) * 86_400_000;
    return new Date(ms).toISOString().slice(0, 10);
  };
  const statements = [];
  const events = [];
  const control = [];
  for (let i = 0; i < n; i++) {
    const kind = i % 3;
    const evidence = { type: 'citation' as const, note: 'SYNTHETIC benchmark fact' };
    if (kind === 0) {
      statements.push({
        id: `syn-st-${i}`,
        source: 'synthetic',
        speaker: pick(people),
        date: { value: day(), basis: 'explicit' },
        kind: 'quote',
        text: `Synthetic statement number ${i}`,
        topics: [],
        regions: [pick(regions)],
        evidence,
      });
    } else if (kind === 1) {
      events.push({
        id: `syn-ev-${i}`,
        source: 'synthetic',
        date: { value: day(), basis: 'explicit' },
        title: `Synthetic event ${i}`,
        regions: [pick(regions)],
        evidence,
      });
    } else {
      control.push({
        id: `syn-cf-${i}`,
        source: 'synthetic',
        target: pick(regions),
        controller: 'russia',
        asOf: { value: day(), basis: 'explicit' },
        measure: { kind: 'approximately', value: Math.round(rnd() * 100), unit: 'percent' },
        status: 'assessed',
        evidence,
      });
    }
  }
  return {
    schemaVersion: 2,
    sources: [
      {
        id: 'synthetic',
        publisher: 'SYNTHETIC (benchmark)',
        title: 'Synthetic benchmark facts',
        published: '2026-01-01',
      },
    ],
    statements,
    events,
    control,
    claims: [],
    notes: ['SYNTHETIC: generated for benchmarks, not real facts.'],
  };
}

export function benchCompile(n: number, runs = 5) {
  const root = mkdtempSync(path.join(tmpdir(), 'faultline-bench-'));
  try {
    const dir = path.join(root, 'synthetic');
    // The real conflict and regions; only the synthetic facts (no stories, no real sources).
    mkdirSync(path.join(dir, 'sources'), { recursive: true });
    cpSync(path.join('data/ukraine', 'regions.geojson'), path.join(dir, 'regions.geojson'));
    // Without its places: their points cite real sources, which are left out here.
    const { places: _places, ...conflictFile } = JSON.parse(
      readFileSync(path.join('data/ukraine', 'conflict.json'), 'utf8'),
    ) as Record<string, unknown>;
    writeFileSync(path.join(dir, 'conflict.json'), JSON.stringify(conflictFile));
    const conflict = JSON.parse(JSON.stringify(loadConflictIds()));
    writeFileSync(
      path.join(dir, 'sources', 'synthetic.json'),
      JSON.stringify(syntheticSourceFile(n, conflict.people, conflict.regions)),
    );
    const times: number[] = [];
    for (let i = 0; i < runs; i++) {
      const t0 = performance.now();
      const r = loadDataset(dir);
      times.push(performance.now() - t0);
      if (!r.ok)
        throw new Error(
          r.problems
            .slice(0, 3)
            .map((p) => p.message)
            .join('; '),
        );
    }
    return summarise(times);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

function loadConflictIds() {
  const r = loadDataset('data/ukraine');
  if (!r.ok) throw new Error('data/ukraine does not load');
  return {
    people: r.dataset.conflict.people.map((p) => p.id),
    regions: r.dataset.regions.map((x) => x.id),
  };
}

async function main() {
  for (const n of [1_000, 10_000]) {
    const s = benchCompile(n);
    console.log(
      `compile ${String(n).padStart(6)} synthetic facts: median ${fmtMs(s.p50)} (min ${fmtMs(s.min)}, max ${fmtMs(s.max)}, ${s.n} runs)`,
    );
  }
}

if (process.argv[1]?.endsWith('compile.ts')) void main();
