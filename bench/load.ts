/**
 * npm run bench:load — serves the site on 127.0.0.1 only and drives it with autocannon for a
 * bounded run (default 30 s, 50 connections; $BENCH_LOAD_SECONDS, $BENCH_LOAD_CONNECTIONS),
 * cycling through the pages and data files a visitor loads, with and without the
 * Accept-Encoding browsers send. Servers (LOAD_RUNS; $BENCH_LOAD_SERVER picks one): the static
 * export (out/, or $BENCH_STATIC_DIR) under sirv, `npm start` (the build's compressed copies)
 * and bare `next start` (compresses each answer). Records requests/s, latency p50/p99, errors
 * and non-2xx answers.
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

/** Who serves: the static export under sirv, `npm start` (server/index.ts), or bare `next start`. */
export type LoadServer = 'sirv' | 'npm-start' | 'next-start';

export interface LoadResult {
  server: LoadServer;
  /** The Accept-Encoding every request sent ('' for none). */
  acceptEncoding: string;
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

function spawnServer(server: LoadServer, dir: string, port: number) {
  const where = ['--port', String(port)];
  if (server === 'sirv') {
    if (!existsSync(path.join(dir, 'index.html')))
      throw new Error(`no static export in ${dir}: run STATIC_EXPORT=1 npm run build first`);
    // sirv sends the build's .br / .gz copies when the client takes them; --etag lets caches
    // revalidate.
    return spawn(
      'node_modules/.bin/sirv',
      [dir, ...where, '--host', '127.0.0.1', '--quiet', '--etag'],
      { stdio: 'ignore' },
    );
  }
  if (!existsSync(path.join(dir, 'BUILD_ID')))
    throw new Error(`no production build in ${dir}: run npm run build first`);
  const env = { ...process.env, NEXT_DIST_DIR: dir, NEXT_TELEMETRY_DISABLED: '1' };
  return server === 'npm-start'
    ? spawn('node', ['scripts/start.mjs', '-p', String(port), '-H', '127.0.0.1'], {
        stdio: 'ignore',
        env,
      })
    : spawn('node_modules/.bin/next', ['start', '-p', String(port), '-H', '127.0.0.1'], {
        stdio: 'ignore',
        env,
      });
}

export async function benchLoad(
  options: {
    server?: LoadServer;
    acceptEncoding?: string;
    dir?: string;
    port?: number;
    seconds?: number;
    connections?: number;
  } = {},
): Promise<LoadResult> {
  const serverKind = options.server ?? 'sirv';
  const acceptEncoding = options.acceptEncoding ?? '';
  const dir =
    options.dir ??
    (serverKind === 'sirv'
      ? (process.env.BENCH_STATIC_DIR ?? 'out')
      : (process.env.NEXT_DIST_DIR ?? '.next'));
  const port = options.port ?? Number(process.env.BENCH_STATIC_PORT ?? 3208);
  const seconds = options.seconds ?? Number(process.env.BENCH_LOAD_SECONDS ?? 30);
  const connections = options.connections ?? Number(process.env.BENCH_LOAD_CONNECTIONS ?? 50);
  const server = spawnServer(serverKind, dir, port);
  const url = `http://127.0.0.1:${port}`;
  const headers: Record<string, string> = acceptEncoding
    ? { 'accept-encoding': acceptEncoding }
    : {};
  try {
    await waitFor(`${url}/about`, 30_000);
    for (const p of LOAD_PATHS) {
      const r = await fetch(url + p);
      if (!r.ok) throw new Error(`${p} answers ${r.status} on ${serverKind}`);
    }
    const result = await autocannon({
      url,
      connections,
      duration: seconds,
      requests: LOAD_PATHS.map((p) => ({ method: 'GET', path: p, headers })),
    });
    return {
      server: serverKind,
      acceptEncoding,
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
    await new Promise((r) => setTimeout(r, 500));
  }
}

/** The runs `npm run bench` reports: each server as browsers ask (br, gzip), sirv also without. */
export const LOAD_RUNS: { server: LoadServer; acceptEncoding: string }[] = [
  { server: 'sirv', acceptEncoding: '' },
  { server: 'sirv', acceptEncoding: 'gzip, deflate, br' },
  { server: 'npm-start', acceptEncoding: 'gzip, deflate, br' },
  { server: 'next-start', acceptEncoding: 'gzip, deflate, br' },
];

async function main() {
  const which = process.env.BENCH_LOAD_SERVER as LoadServer | undefined;
  for (const run of LOAD_RUNS.filter((r) => !which || r.server === which)) await printRun(run);
}

async function printRun(run: (typeof LOAD_RUNS)[number]) {
  const r = await benchLoad({
    ...run,
    ...(run.server === 'sirv' && process.env.BENCH_STATIC_DIR === undefined
      ? { dir: existsSync('out/index.html') ? 'out' : '.next-export' }
      : {}),
  });
  console.log(
    `${r.server} serving ${r.dir} on 127.0.0.1, Accept-Encoding "${r.acceptEncoding}", autocannon ${r.connections} connections for ${r.seconds} s over ${r.paths.join(', ')}`,
  );
  console.log(
    `requests/s mean ${r.rps.mean.toFixed(0)} (p50 ${r.rps.p50}, min ${r.rps.min}, max ${r.rps.max}); latency p50 ${r.latency.p50} ms, p99 ${r.latency.p99} ms, max ${r.latency.max} ms`,
  );
  console.log(
    `${r.requests} requests, ${r.throughputMBs.toFixed(1)} MB/s, errors ${r.errors}, timeouts ${r.timeouts}, non-2xx ${r.non2xx}`,
  );
}

if (process.argv[1]?.endsWith('load.ts')) void main();
