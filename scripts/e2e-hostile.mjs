// npm run test:hostile: builds the app on the hostile test dataset (e2e/fixtures/hostile-dataset.ts,
// written to a temporary folder and read through FAULTLINE_DATA_DIR) into its own build folder,
// then runs e2e/hostile.spec.ts against it with E2E_HOSTILE=1. scripts/e2e.mjs runs this after
// the main browser tests when it runs the whole suite.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const root = mkdtempSync(path.join(tmpdir(), 'faultline-hostile-'));
const env = {
  ...process.env,
  NEXT_TELEMETRY_DISABLED: '1',
  FAULTLINE_DATA_DIR: root,
  NEXT_DIST_DIR: `${process.env.NEXT_DIST_DIR ?? '.next'}-hostile`,
  E2E_HOSTILE: '1',
  // Nothing a reader sees: the build's compressed copies would only cost time.
  SKIP_PRECOMPRESS: '1',
};
delete env.STATIC_EXPORT;
delete env.E2E_TARGET;
// `next build` with its own dist folder adds that folder's types to tsconfig.json and rewrites
// the file unformatted; put it back as it was, so a local run never leaves a change to commit.
const tsconfig = readFileSync('tsconfig.json', 'utf8');
const restore = () => {
  if (readFileSync('tsconfig.json', 'utf8') !== tsconfig) writeFileSync('tsconfig.json', tsconfig);
};
const run = (cmd, args) => {
  const r = spawnSync(cmd, args, { stdio: 'inherit', env });
  restore();
  if (r.status !== 0) {
    rmSync(root, { recursive: true, force: true });
    process.exit(r.status ?? 1);
  }
};
run('node_modules/.bin/tsx', ['e2e/fixtures/hostile-dataset.ts', root]);
if (!process.env.SKIP_BUILD) run('npm', ['run', 'build']);
run('node_modules/.bin/playwright', ['test', 'e2e/hostile.spec.ts', ...process.argv.slice(2)]);
rmSync(root, { recursive: true, force: true });
