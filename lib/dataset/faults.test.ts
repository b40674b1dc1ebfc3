import { spawnSync } from 'node:child_process';
import {
  cpSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  truncateSync,
  unlinkSync,
  writeFileSync,
} from 'node:fs';
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

type Json = Record<string, unknown>;
/** Edits sources/article.json of a fresh copy as parsed JSON. */
function editSource(edit: (source: Json & { sources: Json[] }) => void): string {
  const dir = copy();
  const file = path.join(dir, 'sources/article.json');
  const data = JSON.parse(readFileSync(file, 'utf8')) as Json & { sources: Json[] };
  edit(data);
  writeFileSync(file, JSON.stringify(data, null, 2));
  return dir;
}
const itemsOf = (data: Json, key: string) => data[key] as Json[];

describe(
  'loadDataset(dir) never crashes, never hangs, and is not fooled (issue 21, defect 8)',
  { timeout: 30_000 },
  () => {
    it('loadDataset(dir) reports 200,000 nested "[" with file, line and path, not a RangeError', () => {
      const dir = copy();
      writeFileSync(path.join(dir, 'sources/article.json'), `{"sources":\n${'['.repeat(200_000)}`);
      let problems: string[] = [];
      expect(() => (problems = problemsOf(dir))).not.toThrow();
      expect(problems.join('\n')).toMatch(
        /^mini\/sources\/article\.json:2 \$\.sources(\[0\]){63}: nested more than 64 levels deep/m,
      );
    });

    it('loadDataset(dir) reports "features": [null] and malformed geometry by JSON path', () => {
      const dir = copy();
      writeFileSync(
        path.join(dir, 'regions.geojson'),
        JSON.stringify({
          type: 'FeatureCollection',
          features: [
            null,
            { type: 'Feature', id: 'XX-09', properties: null, geometry: { type: 'Polygon' } },
            {
              type: 'Feature',
              id: 'XX-10',
              geometry: { type: 'Polygon', coordinates: [[[0, 'x']]] },
            },
            { type: 'Feature', id: {}, geometry: null },
            {
              type: 'Feature',
              properties: { name_en: 5 },
              geometry: { type: 'Point', coordinates: [0, 0] },
            },
          ],
        }),
      );
      let problems: string[] = [];
      expect(() => (problems = problemsOf(dir))).not.toThrow();
      expect(problems).toEqual(
        expect.arrayContaining([
          'mini/regions.geojson:1 $.features[0]: not a GeoJSON Feature',
          'mini/regions.geojson:1 $.features[1].geometry.coordinates: coordinates must be an array',
          'mini/regions.geojson:1 $.features[2].geometry.coordinates[0][0]: a position must be [longitude, latitude]',
          'mini/regions.geojson:1 $.features[3].id: a feature id must be a string',
          'mini/regions.geojson:1 $.features[4].properties.name_en: name_en must be a string',
          'mini/regions.geojson:1 $.features[4].geometry: geometry must be a Polygon, a MultiPolygon or null',
        ]),
      );
    });

    it('loadDataset(dir) reports a folder named x.json instead of throwing EISDIR', () => {
      const dir = copy();
      mkdirSync(path.join(dir, 'sources/x.json'));
      mkdirSync(path.join(dir, 'stories/y.json'), { recursive: true });
      let problems: string[] = [];
      expect(() => (problems = problemsOf(dir))).not.toThrow();
      expect(problems).toContain('mini/sources/x.json $: is a folder, not a file');
      expect(problems).toContain('mini/stories/y.json $: is a folder, not a file');
    });

    it('loadDataset(dir) refuses a FIFO without waiting for a writer', () => {
      const dir = copy();
      const fifo = path.join(dir, 'sources/pipe.json');
      expect(spawnSync('mkfifo', [fifo]).status).toBe(0);
      // In a child process, so a hang is a failed test and not a stuck test run.
      const r = spawnSync(process.execPath, ['--import', 'tsx', 'cli/validate.ts', dir], {
        encoding: 'utf8',
        timeout: 20_000,
      });
      expect(r.signal).toBeNull();
      expect(r.status).toBe(1);
      expect(r.stderr).toContain(
        'mini/sources/pipe.json $: is not a regular file (a FIFO, socket or device); refused',
      );
    });

    it('loadDataset(dir) says "not UTF-8" with the byte offset and line', () => {
      const dir = copy();
      const file = path.join(dir, 'sources/article.json');
      const text = readFileSync(file);
      const at = text.indexOf('Test Wire');
      writeFileSync(
        file,
        Buffer.concat([text.subarray(0, at), Buffer.from([0xc3, 0x28]), text.subarray(at)]),
      );
      const line = text.subarray(0, at).toString('utf8').split('\n').length;
      expect(problemsOf(dir)).toContain(
        `mini/sources/article.json:${line} $: not valid JSON: not UTF-8 (byte 0xc3 at byte offset ${at}, line ${line}); save it as UTF-8`,
      );
    });

    it('loadDataset(dir) says "not UTF-8" for an article text too, instead of reading U+FFFD', () => {
      const dir = copy();
      const file = path.join(dir, 'sources/article.txt');
      writeFileSync(
        file,
        Buffer.concat([readFileSync(file), Buffer.from('\ncaf\xe9\n', 'latin1')]),
      );
      expect(problemsOf(dir).join('\n')).toMatch(
        /^mini\/sources\/article\.txt:7 \$: not UTF-8 \(byte 0xe9 at byte offset \d+, line 7\)/m,
      );
    });

    it('loadDataset(dir) names a byte-order mark in words', () => {
      const dir = copy();
      const file = path.join(dir, 'conflict.json');
      writeFileSync(file, Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), readFileSync(file)]));
      expect(problemsOf(dir)).toContain(
        'mini/conflict.json:1 $: not valid JSON: starts with a UTF-8 byte-order mark (BOM); save it as UTF-8 without one',
      );
    });

    it('loadDataset(dir) refuses a statement and an event dated after their source', () => {
      const dir = editSource((data) => {
        (itemsOf(data, 'statements')[0] as Json).date = { value: '2020-03-12', basis: 'explicit' };
        (itemsOf(data, 'events')[0] as Json).date = { value: '2020-04', basis: 'explicit' };
      });
      const problems = problemsOf(dir);
      expect(problems).toEqual(
        expect.arrayContaining([
          expect.stringMatching(
            /^mini\/sources\/article\.json:\d+ \$\.statements\[0\]\.date: statement dated 2020-03-12, after its source was published \(2020-03-10\)$/,
          ),
          expect.stringMatching(
            /^mini\/sources\/article\.json:\d+ \$\.events\[0\]\.date: event dated 2020-04, after its source was published \(2020-03-10\)$/,
          ),
        ]),
      );
    });

    it('loadDataset(dir) allows a statement dated the day after publication (time zones)', () => {
      const dir = editSource((data) => {
        (itemsOf(data, 'statements')[0] as Json).date = { value: '2020-03-11', basis: 'explicit' };
      });
      expect(problemsOf(dir)).toEqual([]);
    });

    it('loadDataset(dir, { today }) refuses a publication date after tomorrow, e.g. 9999-12-31', () => {
      const dir = editSource((data) => {
        (data.sources[0] as Json).published = '9999-12-31';
      });
      expect(problemsOf(dir).join('\n')).toMatch(
        /^mini\/sources\/article\.json:\d+ \$\.sources\[0\]\.published: impossible date "9999-12-31": a source cannot be published after tomorrow/m,
      );
      const today = Date.UTC(2020, 2, 9, 23, 0);
      const tomorrow = editSource((data) => {
        (itemsOf(data, 'control')[0] as Json).asOf = { value: '2020-03-09', basis: 'explicit' };
      });
      // Published 2020-03-10: fine when today is 2020-03-09 (tomorrow), refused on 2020-03-08.
      expect(loadDataset(tomorrow, { today }).ok).toBe(true);
      const early = loadDataset(tomorrow, { today: today - 86_400_000 });
      expect(early.ok ? [] : early.problems.map(formatProblem)).toEqual([
        expect.stringContaining(
          '$.sources[0].published: impossible date "2020-03-10": a source cannot be published after tomorrow (2020-03-09)',
        ),
      ]);
    });
  },
);

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
