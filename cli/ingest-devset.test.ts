import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const cli = (args: string[]) =>
  spawnSync(process.execPath, ['--import', 'tsx', 'cli/ingest-devset.ts', ...args], {
    encoding: 'utf8',
  });
const root = mkdtempSync(path.join(tmpdir(), 'faultline-devset-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('npm run ingest:devset', { timeout: 60_000 }, () => {
  it('in a fresh clone (no texts) says how many are present and exits 0', () => {
    const dir = path.join(root, 'fresh');
    mkdirSync(dir);
    cpSync('lib/ingest/devset/manifest.json', path.join(dir, 'manifest.json'));
    cpSync('lib/ingest/devset/truth', path.join(dir, 'truth'), { recursive: true });
    const r = cli(['--dir', dir]);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^0 of \d+ texts present; run rebuild/);
    expect(r.stdout).toMatch(/skip [\w-]+: text missing/);
  });

  it('drafts and scores an article in a child process, per half', () => {
    const dir = path.join(root, 'one');
    mkdirSync(path.join(dir, 'texts'), { recursive: true });
    mkdirSync(path.join(dir, 'truth'));
    const text =
      'Fictional article for a test. Published March 4, 2031\n\n“We hold the line,” said Marta Quill on Monday.\n';
    writeFileSync(path.join(dir, 'texts', 'fictional.txt'), text);
    writeFileSync(
      path.join(dir, 'manifest.json'),
      JSON.stringify([
        {
          id: 'fictional',
          url: 'https://example.org/fictional',
          publisher: 'Example',
          conflict: 'none',
          houseStyle: 'wire',
          split: 'tune',
          sha256: createHash('sha256').update(text).digest('hex'),
          chars: text.length,
        },
      ]),
    );
    writeFileSync(
      path.join(dir, 'truth', 'fictional.truth.json'),
      JSON.stringify({
        id: 'fictional',
        published: '2031-03-04',
        statements: [
          {
            speaker: 'Marta Quill',
            speakerType: 'person',
            kind: 'quote',
            words: 'We hold the line',
            date: '2031-03-03',
            sentence: '“We hold the line,” said Marta Quill on Monday.',
          },
        ],
        figures: [],
      }),
    );
    const r = cli(['--dir', dir]);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('1 of 1 texts present');
    expect(r.stdout).toMatch(/TOTAL tune: statements P [\d.]+ R [\d.]+ \(\d of 1/);
    expect(r.stdout).toContain('crashes 0, timeouts 0');
  });
});
