import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync, unlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadDataset } from './load';
import { formatProblem, type Problem } from './problems';

// A small synthetic dataset (lib/dataset/fixtures/mini) that each test copies and breaks.
const FIXTURE = path.resolve('lib/dataset/fixtures/mini');
const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

type Json = Record<string, unknown>;
function broken(
  edit: (files: { conflict: Json; source: Json }) => void,
  raw?: Record<string, string>,
): Problem[] {
  const root = mkdtempSync(path.join(tmpdir(), 'faultline-'));
  dirs.push(root);
  const dir = path.join(root, 'mini');
  cpSync(FIXTURE, dir, { recursive: true });
  const conflictPath = path.join(dir, 'conflict.json');
  const sourcePath = path.join(dir, 'sources/article.json');
  const files = {
    conflict: JSON.parse(readFileSync(conflictPath, 'utf8')) as Json,
    source: JSON.parse(readFileSync(sourcePath, 'utf8')) as Json,
  };
  edit(files);
  writeFileSync(conflictPath, JSON.stringify(files.conflict, null, 2));
  writeFileSync(sourcePath, JSON.stringify(files.source, null, 2));
  for (const [name, text] of Object.entries(raw ?? {})) {
    if (text === '') unlinkSync(path.join(dir, name));
    else writeFileSync(path.join(dir, name), text);
  }
  const result = loadDataset(dir);
  return result.ok ? [] : result.problems;
}
const list = (o: Json, key: string) => o[key] as Json[];
const first = (o: Json, key: string) => list(o, key)[0] as Json;

describe('loadDataset(dir)', () => {
  it('compiles the valid fixture with no problems', () => {
    const result = loadDataset(FIXTURE);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.dataset.timeline.map((t) => t.id)).toEqual(['ev-1', 'st-1']);
    expect(result.dataset.series['XX-01']?.map((e) => e.via)).toEqual(['baseline', 'group']);
    expect(result.dataset.version).toMatch(/^[0-9a-f]{12}$/);
  });

  it('reports a schema error with file, JSON path and line', () => {
    const problems = broken(({ source }) => {
      first(source, 'control').measure = { kind: 'approximately', unit: 'percent' };
    });
    expect(problems).toHaveLength(1);
    const p = problems[0]!;
    expect(p.file).toBe('mini/sources/article.json');
    expect(p.path).toBe('$.control[0].measure.value');
    expect(p.line).toBeGreaterThan(1);
    expect(formatProblem(p)).toMatch(
      /^mini\/sources\/article\.json:\d+ \$\.control\[0\]\.measure\.value: /,
    );
  });

  it('refuses a file of schemaVersion 1, saying how to upgrade it', () => {
    const problems = broken(({ source }) => {
      source.schemaVersion = 1;
    });
    expect(problems[0]).toMatchObject({
      file: 'mini/sources/article.json',
      path: '$.schemaVersion',
    });
    expect(problems[0]?.message).toMatch(/npm run migrate/);
  });

  it('checks the parties that hold territory: known, the map party among them, complement for two', () => {
    const problems = broken(({ conflict }) => {
      conflict.controlParties = ['red', 'green', 'red'];
      conflict.complement = true;
    });
    const text = problems.map((p) => `${p.path} ${p.message}`);
    expect(text).toContain('$.controlParties[1] unknown party "green"');
    expect(text).toContain('$.controlParties[2] party "red" is listed twice');
    expect(text.some((t) => t.startsWith('$.complement complement needs exactly two'))).toBe(true);
    const notHolding = broken(({ conflict }) => {
      conflict.controlParties = ['red'];
      conflict.complement = false;
    });
    const messages = notHolding.map((p) => p.message).join('\n');
    expect(messages).toMatch(
      /the baseline's party "blue" is not one of controlParties|party "blue" holds no territory/,
    );
  });

  it('reports malformed JSON with its line', () => {
    const problems = broken(() => {}, {
      'sources/article.json': '{\n  "schemaVersion": 1,\n  "sources": [,]\n}',
    });
    expect(problems[0]).toMatchObject({ file: 'mini/sources/article.json', path: '$', line: 3 });
    expect(problems[0]?.message).toMatch(/not valid JSON/);
  });

  it('reports a missing conflict.json', () => {
    const problems = broken(() => {}, { 'conflict.json': '' });
    expect(problems.map((p) => [p.file, p.message])).toContainEqual([
      'mini/conflict.json',
      'file is missing',
    ]);
  });

  it('reports unknown person, party, region, group and source ids', () => {
    const problems = broken(({ source }) => {
      first(source, 'statements').speaker = 'nobody';
      first(source, 'statements').regions = ['XX-99'];
      first(source, 'control').controller = 'green';
      first(source, 'control').target = 'western';
      first(source, 'events').source = 'missing-source';
    });
    const messages = problems.map((p) => `${p.path}: ${p.message}`);
    expect(messages).toEqual(
      expect.arrayContaining([
        '$.statements[0].speaker: unknown person "nobody"',
        '$.statements[0].regions[0]: unknown region or group "XX-99"',
        '$.control[0].controller: unknown party "green"',
        '$.control[0].target: unknown region or group "western"',
        '$.events[0].source: unknown source "missing-source"',
      ]),
    );
  });

  it("reports unknown ids in conflict.json (group members, people's parties)", () => {
    const problems = broken(({ conflict }) => {
      (first(conflict, 'regionGroups').members as string[]).push('XX-77');
      first(conflict, 'people').party = 'purple';
    });
    expect(problems.map((p) => `${p.file} ${p.path}: ${p.message}`)).toEqual(
      expect.arrayContaining([
        'mini/conflict.json $.regionGroups[0].members[2]: unknown region "XX-77"',
        'mini/conflict.json $.people[0].party: unknown party "purple"',
      ]),
    );
  });

  it('reports duplicate ids', () => {
    const problems = broken(({ source }) => {
      first(source, 'events').id = 'st-1';
    });
    expect(problems.map((p) => p.message)).toContainEqual(
      expect.stringMatching(/duplicate fact id "st-1"/),
    );
  });

  it('reports impossible dates (2025-02-30)', () => {
    const problems = broken(({ source }) => {
      first(source, 'statements').date = { value: '2025-02-30', basis: 'explicit' };
    });
    expect(problems.map((p) => `${p.path}: ${p.message}`)).toContainEqual(
      '$.statements[0].date.value: impossible date "2025-02-30"',
    );
  });

  it('reports an evidence sentence not found verbatim in the shipped text', () => {
    const problems = broken(({ source }) => {
      first(source, 'statements').evidence = {
        type: 'sentence',
        text: '“We will leave,” Ann Example said.',
      };
    });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ path: '$.statements[0].evidence.text' });
    expect(problems[0]?.message).toMatch(/not found verbatim/);
  });

  it('reports percentages outside 0–100', () => {
    const over = broken(({ source }) => {
      first(source, 'control').measure = { kind: 'more-than', value: 120, unit: 'percent' };
    });
    expect(over.map((p) => `${p.path}: ${p.message}`)).toContainEqual(
      '$.control[0].measure.value: percentage 120 is outside 0–100',
    );
    const under = broken(({ source }) => {
      first(source, 'control').measure = { kind: 'exact', value: -5, unit: 'percent' };
    });
    expect(under.map((p) => p.path)).toContain('$.control[0].measure.value');
  });

  it('reports a control figure dated after its source was published', () => {
    const problems = broken(({ source }) => {
      first(source, 'control').asOf = { value: '2020-04', basis: 'explicit' };
    });
    expect(problems.map((p) => `${p.path}: ${p.message}`)).toContainEqual(
      '$.control[0].asOf: figure dated 2020-04, after its source was published (2020-03-10)',
    );
  });

  it('reports a text file that a source names but that does not ship', () => {
    const problems = broken(() => {}, { 'sources/article.txt': '' });
    expect(problems.map((p) => `${p.path}: ${p.message}`)).toContainEqual(
      '$.sources[0].text: text file "article.txt" not found beside this file',
    );
  });
});
