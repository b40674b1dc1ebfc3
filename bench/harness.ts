/**
 * Shared benchmark plumbing: start the production build on a free port, launch headless
 * Chromium (the system one when present), and summarise samples. Benchmarks print numbers;
 * nothing here asserts a budget.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { chromium, type Browser } from '@playwright/test';

export const CHROMIUM_ARGS = [
  '--enable-unsafe-swiftshader',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

export async function launchChromium(extraArgs: string[] = []): Promise<Browser> {
  const executablePath =
    process.env.CHROMIUM_PATH ||
    (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);
  return chromium.launch({
    ...(executablePath ? { executablePath } : {}),
    args: [...CHROMIUM_ARGS, ...extraArgs],
  });
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.listen(0, '127.0.0.1', () => {
      const addr = srv.address();
      srv.close(() =>
        typeof addr === 'object' && addr ? resolve(addr.port) : reject(new Error('no port')),
      );
    });
  });
}

export interface RunningServer {
  url: string;
  stop: () => void;
}

/**
 * Serves the existing production build (`npm run build` first) with `npm start`'s server, or uses
 * $BENCH_URL when set. Waits until the server answers.
 */
export async function startServer(): Promise<RunningServer> {
  if (process.env.BENCH_URL)
    return { url: process.env.BENCH_URL.replace(/\/$/, ''), stop: () => {} };
  const distDir = process.env.NEXT_DIST_DIR ?? '.next';
  if (!existsSync(`${distDir}/BUILD_ID`))
    throw new Error(`no production build in ${distDir}: run npm run build first`);
  const port = await freePort();
  const child: ChildProcess = spawn(
    'node',
    ['scripts/start.mjs', '-p', String(port), '-H', '127.0.0.1'],
    {
      stdio: 'ignore',
      env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' },
    },
  );
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 100; i++) {
    try {
      const r = await fetch(`${url}/about`);
      if (r.ok) return { url, stop: () => child.kill() };
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  child.kill();
  throw new Error('next start did not answer within 20 s');
}

/** Median, min, max and percentiles of a sample. */
export function summarise(samples: readonly number[]) {
  const s = [...samples].sort((a, b) => a - b);
  const q = (p: number) =>
    s.length ? (s[Math.min(s.length - 1, Math.floor(p * (s.length - 1) + 0.5))] ?? NaN) : NaN;
  return { n: s.length, min: s[0] ?? NaN, p50: q(0.5), p95: q(0.95), max: s[s.length - 1] ?? NaN };
}

export const fmtMs = (n: number) => `${n.toFixed(1)} ms`;
export const fmtKB = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

/**
 * A tiny server on 127.0.0.1 for a peer library's benchmark: `/page?n=N` is `page(n)` (cached,
 * N clamped to 1–100,000), any other path is what `file(pathname)` returns, else a 404.
 */
export async function startPeerPageServer(
  page: (n: number) => string,
  file: (pathname: string) => { body: Buffer; type: string } | null,
): Promise<{ url: string; close: () => Promise<void> }> {
  const { createServer: createHttpServer } = await import('node:http');
  const pages = new Map<number, string>();
  const server = createHttpServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    if (url.pathname === '/page') {
      const n = Math.max(1, Math.min(100_000, Number(url.searchParams.get('n')) || 100));
      if (!pages.has(n)) pages.set(n, page(n));
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(pages.get(n));
      return;
    }
    const found = file(url.pathname);
    if (found) res.writeHead(200, { 'content-type': found.type }).end(found.body);
    else res.writeHead(404).end('not found');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const addr = server.address();
  const port = typeof addr === 'object' && addr ? addr.port : 0;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise((r) => server.close(() => r())),
  };
}
