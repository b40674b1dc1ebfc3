// npm run test:e2e: builds the app, then runs the Playwright specs against `next start`
// and, with E2E_STATIC=1 (set by CI), the tests tagged @static again against the static export
// (every route, download, redirect and no-JavaScript page; the pages are the same prerendered
// HTML, so the rest would repeat the `next start` run). E2E_STATIC_ALL=1 runs every test there.
// Uses /usr/bin/chromium (or $CHROMIUM_PATH) when present, else installs Playwright's own.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1' };
const run = (cmd, args, extra = {}) => {
  const r = spawnSync(cmd, args, { stdio: 'inherit', env: { ...env, ...extra } });
  if (r.status !== 0) process.exit(r.status ?? 1);
};

const systemChromium =
  env.CHROMIUM_PATH || (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : '');
if (!systemChromium) {
  console.log(
    "No system Chromium found: installing Playwright's own (set CHROMIUM_PATH to use another).",
  );
  run('npx', ['playwright', 'install', 'chromium']);
}

const extraArgs = process.argv.slice(2);
if (!env.SKIP_BUILD) run('npm', ['run', 'build']);
run('node_modules/.bin/playwright', ['test', ...extraArgs]);

if (env.E2E_STATIC === '1') {
  // With output: 'export' and a distDir set, Next writes the site into that distDir (its
  // intermediate build still goes to .next, so this runs after the `next start` tests).
  const staticDir = `${env.NEXT_DIST_DIR ?? '.next'}-export`;
  // The code was type-checked by the first build: this one skips it (SKIP_TYPECHECK, ~20 s).
  if (!env.SKIP_BUILD)
    run('npm', ['run', 'build'], {
      STATIC_EXPORT: '1',
      NEXT_DIST_DIR: staticDir,
      SKIP_TYPECHECK: '1',
    });
  env.E2E_STATIC_DIR = staticDir;
  const subset = env.E2E_STATIC_ALL === '1' ? [] : ['--grep', '@static'];
  run('node_modules/.bin/playwright', ['test', ...subset, ...extraArgs], { E2E_TARGET: 'static' });
}

// Hostile data files need their own build (scripts/e2e-hostile.mjs); only for the whole suite.
// Its build skips the type check the first build made.
if (!extraArgs.length && env.SKIP_HOSTILE !== '1')
  run('node', ['scripts/e2e-hostile.mjs'], env.SKIP_BUILD ? {} : { SKIP_TYPECHECK: '1' });
