import { spawnSync } from 'node:child_process';
import {
  cpSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
  unlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { sourceFile } from '../schema';
import { loadDataset } from './load';
import { formatProblem } from './problems';

// Defect 1 of issue 21: a data file must not make the loader read (and so publish) a file
// outside its dataset folder, by a "../" path or by a symbolic link.
const FIXTURE = path.resolve('lib/dataset/fixtures/mini');
const SECRET = 'Red holds about half of the East, the minister said on Monday. SECRET-TOKEN';
const roots: string[] = [];
afterEach(() => {
  for (const d of roots.splice(0)) rmSync(d, { recursive: true, force: true });
});

/** A copy of the fixture at <root>/data/mini, and a secret file at <root>/secret.txt. */
function setup(): { root: string; dir: string } {
  const root = mkdtempSync(path.join(tmpdir(), 'faultline-contain-'));
  roots.push(root);
  const dir = path.join(root, 'data', 'mini');
  cpSync(FIXTURE, dir, { recursive: true });
  // The secret holds the fixture's evidence sentences, so nothing else fails when it is read.
  writeFileSync(
    path.join(root, 'secret.txt'),
    `${readFileSync(path.join(dir, 'sources/article.txt'), 'utf8')}\n${SECRET}`,
  );
  return { root, dir };
}

function setText(dir: string, text: string) {
  const file = path.join(dir, 'sources/article.json');
  const data = JSON.parse(readFileSync(file, 'utf8')) as { sources: { text?: string }[] };
  data.sources[0]!.text = text;
  writeFileSync(file, JSON.stringify(data, null, 2));
}

const problemsOf = (dir: string) => {
  const r = loadDataset(dir);
  return { ok: r.ok, problems: r.ok ? [] : r.problems.map(formatProblem) };
};
const published = (dir: string) => {
  const r = loadDataset(dir);
  return r.ok ? JSON.stringify(r.dataset) : '';
};

describe('loadDataset(dir) keeps every data path inside the dataset folder', () => {
  it('refuses a source text "../../secret.txt", naming the file and JSON path', () => {
    const { dir } = setup();
    setText(dir, '../../../secret.txt');
    const r = problemsOf(dir);
    expect(r.ok).toBe(false);
    expect(r.problems.join('\n')).toMatch(
      /^mini\/sources\/article\.json:\d+ \$\.sources\[0\]\.text: /m,
    );
    expect(published(dir)).not.toContain('SECRET-TOKEN');
  });

  it('refuses "../../../../../../../../etc/passwd" and never reads it', () => {
    const { dir } = setup();
    setText(dir, '../../../../../../../../../../etc/passwd');
    const r = problemsOf(dir);
    expect(r.ok).toBe(false);
    expect(
      r.problems.some(
        (p) => p.startsWith('mini/sources/article.json') && p.includes('$.sources[0].text'),
      ),
    ).toBe(true);
    expect(r.problems.join('\n')).not.toMatch(/root:/);
  });

  it('refuses an absolute path as a source text', () => {
    const { root, dir } = setup();
    setText(dir, path.join(root, 'secret.txt'));
    const r = problemsOf(dir);
    expect(r.ok).toBe(false);
    expect(r.problems.join('\n')).toContain('$.sources[0].text');
  });

  it('refuses a text file that is a symbolic link out of the folder', () => {
    const { root, dir } = setup();
    const text = path.join(dir, 'sources/article.txt');
    unlinkSync(text);
    symlinkSync(path.join(root, 'secret.txt'), text);
    const r = problemsOf(dir);
    expect(r.ok).toBe(false);
    expect(r.problems).toContain(
      'mini/sources/article.txt $: is a link to a file outside the dataset folder; data files must live inside it',
    );
    expect(published(dir)).not.toContain('SECRET-TOKEN');
  });

  it('refuses a sources/*.json and a conflict.json that link out of the folder', () => {
    const { root, dir } = setup();
    const outside = path.join(root, 'outside');
    mkdirSync(outside);
    cpSync(path.join(dir, 'sources/article.json'), path.join(outside, 'article.json'));
    cpSync(path.join(dir, 'conflict.json'), path.join(outside, 'conflict.json'));
    unlinkSync(path.join(dir, 'sources/article.json'));
    unlinkSync(path.join(dir, 'conflict.json'));
    symlinkSync(path.join(outside, 'article.json'), path.join(dir, 'sources/article.json'));
    symlinkSync('../../outside/conflict.json', path.join(dir, 'conflict.json'));
    const r = problemsOf(dir);
    expect(r.ok).toBe(false);
    expect(r.problems.join('\n')).toMatch(
      /^mini\/sources\/article\.json \$: is a link to a file outside/m,
    );
    expect(r.problems.join('\n')).toMatch(/^mini\/conflict\.json \$: is a link to a file outside/m);
  });

  it('refuses a sources folder that is a link out of the dataset folder', () => {
    const { root, dir } = setup();
    cpSync(path.join(dir, 'sources'), path.join(root, 'elsewhere'), { recursive: true });
    rmSync(path.join(dir, 'sources'), { recursive: true });
    symlinkSync(path.join(root, 'elsewhere'), path.join(dir, 'sources'));
    const r = problemsOf(dir);
    expect(r.ok).toBe(false);
    expect(r.problems.join('\n')).toMatch(/outside the dataset folder/);
  });

  it('accepts links that stay inside the folder, and a dataset folder reached by a link', () => {
    const { root, dir } = setup();
    const text = path.join(dir, 'sources/article.txt');
    cpSync(text, path.join(dir, 'sources/real.txt'));
    unlinkSync(text);
    symlinkSync('real.txt', text);
    expect(problemsOf(dir)).toEqual({ ok: true, problems: [] });
    const link = path.join(root, 'linked-mini');
    symlinkSync(dir, link);
    expect(loadDataset(link).ok).toBe(true);
  });
});

describe('sourceFile schema: what a text reference may be', () => {
  const base = JSON.parse(readFileSync(path.join(FIXTURE, 'sources/article.json'), 'utf8')) as {
    sources: { text?: string }[];
  };
  const withText = (text: string) => ({
    ...base,
    sources: [{ ...base.sources[0], text }],
  });
  it.each(['article.txt', 'newsroom-2025-01-21.txt', 'a_b.v2.txt'])('accepts %s', (name) => {
    expect(sourceFile.safeParse(withText(name)).success).toBe(true);
  });
  it.each([
    '../article.txt',
    'sub/article.txt',
    '/etc/passwd',
    'C:\\x.txt',
    'article.json',
    'article',
    '.txt',
    '..',
    'a\u0000.txt',
    'art icle.txt',
  ])('refuses %j', (name) => {
    const r = sourceFile.safeParse(withText(name));
    expect(r.success).toBe(false);
    if (!r.success) expect(r.error.issues[0]?.path).toEqual(['sources', 0, 'text']);
  });
});

describe('npm run validate and a path out of the folder', () => {
  it('names file and JSON path, exits 1', () => {
    const { dir } = setup();
    setText(dir, '../../../../../../../../../../etc/passwd');
    const r = spawnSync(process.execPath, ['--import', 'tsx', 'cli/validate.ts', dir], {
      encoding: 'utf8',
    });
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/mini\/sources\/article\.json:\d+ \$\.sources\[0\]\.text: /);
    expect(r.stderr).not.toMatch(/root:/);
  });
});
