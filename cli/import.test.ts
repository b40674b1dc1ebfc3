import { spawnSync } from 'node:child_process';
import {
  copyFileSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { eastlandConflict } from '../lib/ingest/test-helpers';
import { detectFormat } from '../lib/import/import';
import { parseImportArgs } from './import';

const cli = (args: string[]) =>
  spawnSync(process.execPath, ['--import', 'tsx', 'cli/import.ts', ...args], { encoding: 'utf8' });
const root = mkdtempSync(path.join(tmpdir(), 'faultline-import-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const fixture = (name: string) => path.join('lib/import/fixtures', name);

describe('npm run import', { timeout: 60_000 }, () => {
  it('drafts an ACLED file for the conflict given, proposes its new places, and never overwrites', () => {
    const dir = path.join(root, 'acled');
    const conflictFile = path.join(root, 'eastland.json');
    writeFileSync(conflictFile, JSON.stringify(eastlandConflict()));
    const csv = path.join(root, 'export.csv');
    copyFileSync(fixture('acled-eastland.csv'), csv);
    const run = cli([csv, '--conflict', conflictFile, '--out', dir]);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('acled: 4 of 7 rows imported as drafts (review: pending)');
    expect(run.stdout).toMatch(/row 5, event_date: not read: the date “03\/04\/2025” could be/);
    expect(run.stdout).toContain('+ place proposed: Greyford (EL-01, with its point), rows 3, 8');
    const draft = JSON.parse(readFileSync(path.join(dir, 'export.draft.json'), 'utf8'));
    expect(draft.events).toHaveLength(4);
    expect(draft.events.every((e: { review: string }) => e.review === 'pending')).toBe(true);
    const places = JSON.parse(readFileSync(path.join(dir, 'export.places.json'), 'utf8'));
    expect(places.places.map((p: { id: string }) => p.id)).toEqual(['greyford']);
    // Again: the first draft stays as it was, the new one gets a numbered name.
    writeFileSync(path.join(dir, 'export.draft.json'), '{"kept": true}');
    expect(cli([csv, '--conflict', conflictFile, '--out', dir]).status).toBe(0);
    expect(readFileSync(path.join(dir, 'export.draft.json'), 'utf8')).toBe('{"kept": true}');
    expect(readdirSync(dir).sort()).toEqual([
      'export.draft-2.json',
      'export.draft.json',
      'export.places-2.json',
      'export.places.json',
    ]);
  });

  it('without --conflict, picks the bundled conflict whose regions the rows name, and says so (integration)', () => {
    // A made-up row in ACLED's layout naming a region and a place of the bundled Sudan dataset.
    const header = readFileSync(fixture('acled-eastland.csv'), 'utf8').split('\n')[0];
    const csv = path.join(root, 'sudan-like.csv');
    writeFileSync(
      csv,
      `${header}\nT1,2024-05-10,2024,1,Political violence,Battles,Armed clash,Rapid Support Forces,,2,,,0,20,,0,Synthetic,Sudan,North Darfur,,,El Fasher,13.6,25.3,1,Synthetic,National,Made up.,0,,1\n`,
    );
    const run = cli([csv, '--out', path.join(root, 'sudan')]);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/conflict: sudan \(its regions are named in 1 rows/);
  });

  it('refuses a file it cannot tell, and bad options, with a message', () => {
    const odd = path.join(root, 'odd.csv');
    writeFileSync(odd, 'a,b\n1,2\n');
    const run = cli([odd]);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/not an ACLED or UCDP GED CSV/);
    expect(cli(['--format', 'xlsx', odd]).status).toBe(2);
    expect(cli([path.join(root, 'missing.csv')]).stderr).toMatch(/no such file/);
  });
});

describe('parseImportArgs and detectFormat', () => {
  it('read the options and tell ACLED, UCDP and TimelineJS apart', () => {
    expect(parseImportArgs(['f.csv', '--format', 'ucdp'])).toMatchObject({
      ok: true,
      options: { file: 'f.csv', format: 'ucdp' },
    });
    expect(parseImportArgs(['--conflict'])).toEqual({
      ok: false,
      message: '--conflict needs a value',
    });
    expect(detectFormat(readFileSync(fixture('acled-eastland.csv'), 'utf8'))).toBe('acled');
    expect(detectFormat(readFileSync(fixture('ucdp-eastland.csv'), 'utf8'))).toBe('ucdp');
    expect(detectFormat('{"events": []}')).toBe('timelinejs');
    expect(detectFormat('name,date\n')).toBeNull();
  });
});
