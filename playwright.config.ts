import { defineConfig, devices } from '@playwright/test';
import { existsSync } from 'node:fs';
import { CHROMIUM_ARGS } from './bench/harness';

// The browser: $CHROMIUM_PATH, else Debian's /usr/bin/chromium, else Playwright's own.
const executablePath =
  process.env.CHROMIUM_PATH || (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);
const port = Number(process.env.PORT ?? 3100);
// E2E_TARGET=static serves the static export (out/, or $E2E_STATIC_DIR) instead of `next start`.
const target = process.env.E2E_TARGET === 'static' ? 'static' : 'server';

export default defineConfig({
  testDir: 'e2e',
  fullyParallel: true,
  workers: process.env.CI ? 2 : undefined,
  retries: process.env.CI ? 1 : 0,
  reporter: process.env.CI ? [['list']] : [['list']],
  timeout: 30_000,
  expect: { timeout: 7_000 },
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    trace: 'retain-on-failure',
    timezoneId: 'UTC',
    locale: 'en-GB',
    launchOptions: {
      ...(executablePath ? { executablePath } : {}),
      // WebGL through SwiftShader; no calls to the outside world (STACK-NOTES).
      args: CHROMIUM_ARGS,
    },
  },
  projects: [
    {
      name: 'chromium',
      use: { ...devices['Desktop Chrome'], viewport: { width: 1280, height: 800 } },
    },
  ],
  webServer: {
    command:
      target === 'static'
        ? `node_modules/.bin/sirv ${process.env.E2E_STATIC_DIR ?? 'out'} --port ${port} --host 127.0.0.1 --quiet`
        : `node scripts/start.mjs -p ${port} -H 127.0.0.1`,
    url: `http://127.0.0.1:${port}/about`,
    reuseExistingServer: false,
    timeout: 60_000,
    env: { NEXT_TELEMETRY_DISABLED: '1' },
  },
});
