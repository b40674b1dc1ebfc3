import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const run = (...args: string[]) =>
  spawnSync(process.execPath, ['--import', 'tsx', 'cli/validate.ts', ...args], {
    encoding: 'utf8',
  });

describe('npm run validate', () => {
  it('passes the bundled datasets', () => {
    const r = run();
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^ok ukraine \(version [0-9a-f]{12}\): \d+ sources/m);
  }, 60_000);

  it('passes the hostile test dataset, so its browser tests can build on it', () => {
    const root = mkdtempSync(path.join(tmpdir(), 'faultline-hostile-'));
    try {
      const w = spawnSync(
        process.execPath,
        ['--import', 'tsx', 'e2e/fixtures/hostile-dataset.ts', root],
        { encoding: 'utf8' },
      );
      expect(w.status, w.stderr).toBe(0);
      const r = run(path.join(root, 'ukraine'));
      expect(r.stderr).toBe('');
      expect(r.status).toBe(0);
      expect(r.stdout).toMatch(/^ok ukraine /m);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  }, 60_000);

  it('prints every problem with file, line and JSON path, and exits 1', () => {
    const root = mkdtempSync(path.join(tmpdir(), 'faultline-cli-'));
    try {
      const dir = path.join(root, 'mini');
      cpSync('lib/dataset/fixtures/mini', dir, { recursive: true });
      const file = path.join(dir, 'sources/article.json');
      const data = JSON.parse(readFileSync(file, 'utf8')) as {
        statements: { speaker: string; date: { value: string } }[];
      };
      data.statements[0]!.speaker = 'nobody';
      data.statements[0]!.date.value = '2025-02-30';
      writeFileSync(file, JSON.stringify(data, null, 2));
      const r = run(dir);
      expect(r.status).toBe(1);
      expect(r.stderr).toContain('✗ mini: 2 problems');
      expect(r.stderr).toMatch(
        /mini\/sources\/article\.json:\d+ \$\.statements\[0\]\.speaker: unknown person "nobody"/,
      );
      expect(r.stderr).toMatch(
        /mini\/sources\/article\.json:\d+ \$\.statements\[0\]\.date\.value: impossible date "2025-02-30"/,
      );
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  }, 60_000);
});

describe('npm run validate on licence warnings', () => {
  it('fails a dataset that ships boundaries without a licence note, though it loads', () => {
    const root = mkdtempSync(path.join(tmpdir(), 'faultline-cli-'));
    try {
      const dir = path.join(root, 'towns');
      cpSync('lib/dataset/fixtures/towns', dir, { recursive: true });
      rmSync(path.join(dir, 'licences'), { recursive: true });
      const r = run(dir);
      expect(r.status).toBe(1);
      expect(r.stderr).toContain('✗ towns: 1 warning');
      expect(r.stderr).toContain('warning: towns/licences $: no licence note for the boundaries');
      expect(run('lib/dataset/fixtures/towns').status).toBe(0);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  }, 60_000);
});
