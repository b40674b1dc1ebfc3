import { spawnSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { MAX_FILE_BYTES } from '../lib/dataset/read-file';
import { draftSizeProblem } from './ingest';

const cli = (script: string, args: string[], input?: string) =>
  spawnSync(process.execPath, ['--import', 'tsx', script, ...args], {
    encoding: 'utf8',
    ...(input !== undefined ? { input } : {}),
  });
const root = mkdtempSync(path.join(tmpdir(), 'faultline-ingest-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('npm run ingest', { timeout: 60_000 }, () => {
  it('without --conflict, drafts each article for the bundled conflict it names and says so', () => {
    const dir = path.join(root, 'detect');
    mkdirSync(dir, { recursive: true });
    // Made-up sentences that use names from the bundled Sudan dataset; not facts.
    writeFileSync(
      path.join(dir, 'sudan-like.txt'),
      'Fictional Test Report\n\nMarch 9, 2025\n\nThe Rapid Support Forces (RSF) shelled El Fasher overnight, the RSF said.\n',
    );
    writeFileSync(
      path.join(dir, 'elsewhere.txt'),
      'Fictional Test Report\n\nMarch 9, 2025\n\nThe Coastal Defence Army took Portvale on Friday, the ministry said.\n',
    );
    const sudan = cli('cli/ingest.ts', [path.join(dir, 'sudan-like.txt')]);
    expect(sudan.stdout).toMatch(/conflict: sudan, detected from the names .*“El Fasher”/);
    const draft = JSON.parse(readFileSync(path.join(dir, 'sudan-like.draft.json'), 'utf8'));
    expect(draft.statements[0]?.speaker).toBe('rsf-statement');
    const none = cli('cli/ingest.ts', [path.join(dir, 'elsewhere.txt')]);
    expect(none.stdout).toMatch(/conflict: none of the bundled ones \(.*ukraine.*\) is named/);
    const other = JSON.parse(readFileSync(path.join(dir, 'elsewhere.draft.json'), 'utf8'));
    expect(other.statements[0]?.speaker).toBe('ministry');
    // The capture of a town no dataset lists: a figure for a new place held by a new party.
    expect(other.control[0]).toMatchObject({
      target: 'portvale',
      controller: 'coastal-defence-army',
      measure: { kind: 'all' },
      status: 'claimed',
    });
    const added = JSON.parse(readFileSync(path.join(dir, 'elsewhere.places.json'), 'utf8'));
    expect(added.places).toEqual([{ id: 'portvale', name: 'Portvale' }]);
    expect(added.parties).toEqual([
      { id: 'coastal-defence-army', name: 'Coastal Defence Army', aliases: [] },
    ]);
    const ukraine = cli('cli/ingest.ts', [
      path.join(dir, 'sudan-like.txt'),
      '--conflict',
      'data/ukraine/conflict.json',
      '--out',
      path.join(dir, 'forced'),
    ]);
    expect(ukraine.stdout).toContain('conflict: ukraine (--conflict)');
  });

  it('drafts a file that `npm run validate` accepts once it sits in the dataset', () => {
    const data = path.join(root, 'ukraine');
    cpSync('data/ukraine', data, { recursive: true });
    const article = path.join(data, 'sources', 'seed-again.txt');
    cpSync('data/ukraine/sources/newsroom-2025-01-21.txt', article);
    const r = cli('cli/ingest.ts', [
      article,
      '--conflict',
      path.join(data, 'conflict.json'),
      '--publisher',
      'Newsroom',
      '--kind',
      'outlet',
    ]);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/✓ .*seed-again\.draft\.json/);
    expect(r.stdout).toContain('Vladimir Putin');
    const v = cli('cli/validate.ts', [data]);
    expect(v.stderr).toBe('');
    expect(v.status).toBe(0);
  });

  it('asks for the kind of publisher, which validate requires, and refuses an unknown kind', () => {
    const data = path.join(root, 'ukraine-nokind');
    cpSync('data/ukraine', data, { recursive: true });
    const article = path.join(data, 'sources', 'seed-nokind.txt');
    cpSync('data/ukraine/sources/newsroom-2025-01-21.txt', article);
    const r = cli('cli/ingest.ts', [article, '--conflict', path.join(data, 'conflict.json')]);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('kind:      NOT GIVEN (give --kind wire|outlet|');
    const v = cli('cli/validate.ts', [data]);
    expect(v.status).not.toBe(0);
    expect(v.stderr).toMatch(/seed-nokind\.draft\.json.*\$\.sources\[0\]/);
    const bad = cli('cli/ingest.ts', [article, '--kind', 'blog']);
    expect(bad.status).not.toBe(0);
    expect(bad.stderr).toContain('--kind must be one of wire, outlet,');
  });

  it('never overwrites: a second run writes a numbered sibling', () => {
    const dir = path.join(root, 'twice');
    cpSync('lib/ingest/fixtures', dir, { recursive: true });
    const file = path.join(dir, 'fictional-wire-2024-03-08.txt');
    expect(cli('cli/ingest.ts', [file]).status).toBe(0);
    const first = readFileSync(path.join(dir, 'fictional-wire-2024-03-08.draft.json'), 'utf8');
    expect(cli('cli/ingest.ts', [file]).status).toBe(0);
    expect(readFileSync(path.join(dir, 'fictional-wire-2024-03-08.draft.json'), 'utf8')).toBe(
      first,
    );
    expect(existsSync(path.join(dir, 'fictional-wire-2024-03-08.draft-2.json'))).toBe(true);
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('batches a folder with a summary table and reports bad files without stopping', () => {
    const dir = path.join(root, 'batch');
    cpSync('lib/ingest/fixtures', dir, { recursive: true });
    writeFileSync(path.join(dir, 'empty.txt'), '');
    writeFileSync(path.join(dir, 'binary.txt'), Buffer.from([0, 1, 2, 3, 0, 255]));
    writeFileSync(
      path.join(dir, 'latin1.txt'),
      Buffer.from([67, 97, 102, 0xe9, 32, 110, 101, 119, 115]),
    );
    const r = cli('cli/ingest.ts', [dir]);
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/article\s+stmts events control claims people\s+result/);
    // 7 statements: six people's and the institute's assessment (organisations speak too);
    // 7 figures: six of regions and the capture of the city of Kherson.
    expect(r.stdout).toMatch(/fictional-wire-2024-03-08\.txt\s+7\s+\d+\s+7/);
    expect(r.stdout).toContain('✗ the input is empty');
    expect(r.stdout).toContain('3 of 6 drafted');
    expect(r.stderr).toMatch(/\[#+\] 6\/6/);
  });

  it('reads standard input, honours --published, prints --json, and refuses a bad date', () => {
    const out = path.join(root, 'stdin', 'piped.json');
    const r = cli(
      'cli/ingest.ts',
      ['-', '--published', '2025-01-21', '--out', out, '--json'],
      'Russia controls most of Luhansk, officials said.',
    );
    expect(r.status).toBe(0);
    const draft = JSON.parse(r.stdout) as {
      control: { target: string; measure: { kind: string } }[];
      sources: { published: string }[];
    };
    expect(draft.sources[0]?.published).toBe('2025-01-21');
    expect(draft.control[0]).toMatchObject({ target: 'UA-09', measure: { kind: 'most' } });
    expect(existsSync(path.join(root, 'stdin', 'piped.draft.json'))).toBe(true);
    const bad = cli('cli/ingest.ts', ['-', '--published', '21/01/2025'], 'x');
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('--published must be a real day');
  });
});

describe('npm run ingest and its size limits (issue 21, defect 7)', { timeout: 120_000 }, () => {
  it('refuses standard input over 5 MB with the limit named, writing nothing', () => {
    const dir = path.join(root, 'stdin-big');
    mkdirSync(dir, { recursive: true });
    // 5,242,880 bytes of article text and then more: the old reader stopped at the limit
    // mid-word and drafted what it had, exit 0.
    const line = 'Russia controls most of Luhansk, officials said on Monday.\n';
    const input = line.repeat(Math.ceil((5 * 1024 * 1024) / line.length) + 10);
    expect(Buffer.byteLength(input)).toBeGreaterThan(5 * 1024 * 1024);
    const r = cli('cli/ingest.ts', ['-', '--published', '2025-01-21', '--out', `${dir}/`], input);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(
      '✗ -: standard input is over the 5 MB limit (5,242,880 bytes); nothing was drafted',
    );
    expect(readdirSync(dir)).toEqual([]);
  });

  it('draftSizeProblem(bytes) refuses a draft that validate would refuse for size', () => {
    expect(draftSizeProblem(MAX_FILE_BYTES)).toBeNull();
    expect(draftSizeProblem(59 * 1048576)).toBe(
      'the draft would be 59.0 MB, over the 20 MB limit of a data file that validate accepts; nothing was written (split the article)',
    );
  });
});

describe('npm run ingest:eval', { timeout: 60_000 }, () => {
  it('scores the fixtures and the seed, meeting recall ≥ 0.9 and precision ≥ 0.95', () => {
    const r = cli('cli/ingest-eval.ts', ['--min-recall', '0.9', '--min-precision', '0.95']);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/newsroom-2025-01-21\.txt\s+1\.00 1\.00 \(8\/8/);
    expect(r.stdout).toMatch(
      /statements: precision [01]\.\d\d, recall [01]\.\d\d; control figures: precision/,
    );
  });
});
