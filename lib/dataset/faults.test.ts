import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, truncateSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadDataset, MAX_FILE_BYTES } from './load';
import { formatProblem } from './problems';

// Dataset files that are missing, malformed or far too big: the loader (and so the build and
// `npm run validate`) names the file and the fault, and never throws.
const FIXTURE = path.resolve('lib/dataset/fixtures/mini');
const roots: string[] = [];
afterEach(() => {
  for (const d of roots.splice(0)) rmSync(d, { recursive: true, force: true });
});

function copy(): string {
  const root = mkdtempSync(path.join(tmpdir(), 'faultline-faults-'));
  roots.push(root);
  const dir = path.join(root, 'mini');
  cpSync(FIXTURE, dir, { recursive: true });
  return dir;
}

const problemsOf = (dir: string) => {
  const r = loadDataset(dir);
  return r.ok ? [] : r.problems.map(formatProblem);
};

describe('loadDataset(dir) with broken files', () => {
  it('loadDataset(dir) refuses a 50 MB source file without reading it', () => {
    const dir = copy();
    const big = path.join(dir, 'sources/huge.json');
    writeFileSync(big, '');
    truncateSync(big, 50 * 1024 * 1024); // sparse: 50 MB on paper, nothing to read
    expect(50 * 1024 * 1024).toBeGreaterThan(MAX_FILE_BYTES);
    const t0 = performance.now();
    const problems = problemsOf(dir);
    expect(performance.now() - t0).toBeLessThan(5_000);
    expect(problems).toContain('mini/sources/huge.json $: file is 50.0 MB, over the 20 MB limit');
  });

  it('loadDataset(dir) refuses an oversized regions.geojson and conflict.json', () => {
    const dir = copy();
    truncateSync(path.join(dir, 'regions.geojson'), MAX_FILE_BYTES + 1);
    truncateSync(path.join(dir, 'conflict.json'), 50 * 1024 * 1024);
    const problems = problemsOf(dir);
    expect(problems).toContain('mini/regions.geojson $: file is 20.0 MB, over the 20 MB limit');
    expect(problems).toContain('mini/conflict.json $: file is 50.0 MB, over the 20 MB limit');
  });

  it('loadDataset(dir) reports an empty file as not valid JSON', () => {
    const dir = copy();
    writeFileSync(path.join(dir, 'sources/article.json'), '');
    expect(problemsOf(dir).join('\n')).toMatch(
      /^mini\/sources\/article\.json:1 \$: not valid JSON/m,
    );
  });

  it('loadDataset(dir) reports binary garbage and a truncated file as not valid JSON', () => {
    const dir = copy();
    writeFileSync(
      path.join(dir, 'conflict.json'),
      Buffer.from([0xff, 0xfe, 0x00, 0x7b, 0x80, 0x81]),
    );
    writeFileSync(path.join(dir, 'sources/article.json'), '{"schemaVersion": 1, "sources": [');
    const problems = problemsOf(dir).join('\n');
    expect(problems).toMatch(/mini\/conflict\.json:1 \$: not valid JSON/);
    expect(problems).toMatch(/mini\/sources\/article\.json:1 \$: not valid JSON/);
  });

  it('loadDataset(dir) reports a regions file that is JSON but not GeoJSON', () => {
    const dir = copy();
    writeFileSync(path.join(dir, 'regions.geojson'), '[1, 2, 3]');
    expect(problemsOf(dir)).toContain(
      'mini/regions.geojson $.type: not a GeoJSON FeatureCollection',
    );
  });

  it('loadDataset(dir) reports missing regions and a missing sources folder', () => {
    const dir = copy();
    unlinkSync(path.join(dir, 'regions.geojson'));
    rmSync(path.join(dir, 'sources'), { recursive: true });
    const problems = problemsOf(dir);
    expect(problems).toContain('mini/regions.geojson $: file is missing');
    expect(problems).toContain('mini/sources $: no source files (sources/*.json)');
  });

  it('loadDataset(dir) reports a folder that does not exist, file by file', () => {
    const problems = problemsOf(path.join(tmpdir(), 'faultline-no-such-dataset'));
    expect(problems).toContain('faultline-no-such-dataset/conflict.json $: file is missing');
  });
});

describe('npm run validate with broken files', () => {
  it('prints the size limit, the JSON error and the missing file, and exits 1', () => {
    const dir = copy();
    truncateSync(path.join(dir, 'sources/article.json'), 50 * 1024 * 1024);
    writeFileSync(
      path.join(dir, 'regions.geojson'),
      '{"type": "FeatureCollection", "features": [}',
    );
    unlinkSync(path.join(dir, 'conflict.json'));
    const r = spawnSync(process.execPath, ['--import', 'tsx', 'cli/validate.ts', dir], {
      encoding: 'utf8',
    });
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('✗ mini:');
    expect(r.stderr).toContain('mini/conflict.json $: file is missing');
    expect(r.stderr).toMatch(/mini\/regions\.geojson:1 \$: not valid JSON/);
    expect(r.stderr).toContain(
      'mini/sources/article.json $: file is 50.0 MB, over the 20 MB limit',
    );
  });
});
