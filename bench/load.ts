/**
 * npm run bench:load — serves the static export (out/, or $BENCH_STATIC_DIR) with sirv, a real
 * static file server, on 127.0.0.1 only, and drives it with autocannon for a bounded run
 * (default 30 s, 50 connections; $BENCH_LOAD_SECONDS, $BENCH_LOAD_CONNECTIONS), cycling through
 * the pages and data files a visitor loads. Records requests/s, latency p50/p99, errors and
 * non-2xx answers.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import autocannon from 'autocannon';

export const LOAD_PATHS = [
  '/',
  '/ukraine',
  '/ukraine/data',
  '/about',
  '/data/ukraine/regions.geojson',
  '/data/faultline-ukraine.json',
];

export interface LoadResult {
  dir: string;
  seconds: number;
  connections: number;
  paths: string[];
  requests: number;
  rps: { mean: number; p50: number; min: number; max: number };
  latency: { p50: number; p99: number; max: number };
  throughputMBs: number;
  errors: number;
  timeouts: number;
  non2xx: number;
}

async function waitFor(url: string, ms: number) {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 150));
  }
  throw new Error(`${url} did not answer within ${ms} ms`);
}

export async function benchLoad(
  options: { dir?: string; port?: number; seconds?: number; connections?: number } = {},
): Promise<LoadResult> {
  const dir = options.dir ?? process.env.BENCH_STATIC_DIR ?? 'out';
  const port = options.port ?? Number(process.env.BENCH_STATIC_PORT ?? 3208);
  const seconds = options.seconds ?? Number(process.env.BENCH_LOAD_SECONDS ?? 30);
  const connections = options.connections ?? Number(process.env.BENCH_LOAD_CONNECTIONS ?? 50);
  if (!existsSync(path.join(dir, 'index.html')))
    throw new Error(`no static export in ${dir}: run STATIC_EXPORT=1 npm run build first`);
  // sirv: compressed (gzip/brotli) files are not precompressed here; --etag lets caches revalidate.
  const server = spawn(
    'node_modules/.bin/sirv',
    [dir, '--port', String(port), '--host', '127.0.0.1', '--quiet', '--etag'],
    { stdio: 'ignore' },
  );
  const url = `http://127.0.0.1:${port}`;
  try {
    await waitFor(`${url}/about`, 15_000);
    for (const p of LOAD_PATHS) {
      const r = await fetch(url + p);
      if (!r.ok) throw new Error(`${p} answers ${r.status} on the static server`);
    }
    const result = await autocannon({
      url,
      connections,
      duration: seconds,
      requests: LOAD_PATHS.map((p) => ({ method: 'GET', path: p })),
    });
    return {
      dir,
      seconds,
      connections,
      paths: LOAD_PATHS,
      requests: result.requests.total,
      rps: {
        mean: result.requests.average,
        p50: result.requests.p50,
        min: result.requests.min,
        max: result.requests.max,
      },
      latency: { p50: result.latency.p50, p99: result.latency.p99, max: result.latency.max },
      throughputMBs: result.throughput.average / 1048576,
      errors: result.errors,
      timeouts: result.timeouts,
      non2xx: result.non2xx,
    };
  } finally {
    server.kill();
  }
}

async function main() {
  const r = await benchLoad();
  console.log(
    `sirv serving ${r.dir} on 127.0.0.1, autocannon ${r.connections} connections for ${r.seconds} s over ${r.paths.join(', ')}`,
  );
  console.log(
    `requests/s mean ${r.rps.mean.toFixed(0)} (p50 ${r.rps.p50}, min ${r.rps.min}, max ${r.rps.max}); latency p50 ${r.latency.p50} ms, p99 ${r.latency.p99} ms, max ${r.latency.max} ms`,
  );
  console.log(
    `${r.requests} requests, ${r.throughputMBs.toFixed(1)} MB/s, errors ${r.errors}, timeouts ${r.timeouts}, non-2xx ${r.non2xx}`,
  );
}

if (process.argv[1]?.endsWith('load.ts')) void main();
