/**
 * npm run bench — every benchmark in one run, against the production build, in headless
 * Chromium (the system one; nothing is downloaded), and writes bench/REPORT.md: the machine, the
 * versions, and each number as median (min–max) over several runs, next to its budget.
 *
 * Uses the build in $NEXT_DIST_DIR (default .next) and the static export in $BENCH_STATIC_DIR
 * (default $NEXT_DIST_DIR-export, i.e. .next-export); builds either when it is missing (or both with --build). Knobs: BENCH_RUNS
 * (default 3), BENCH_SIZES (100,1000,10000), BENCH_PEER_SIZES (1000,10000,100000), BENCH_LH_RUNS (3), BENCH_LOAD_SECONDS (30),
 * BENCH_LOAD_CONNECTIONS (50), BENCH_OUT (bench/REPORT.md). Synthetic data only, labelled so.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser } from '@playwright/test';
import { ingestText } from '../lib/ingest/draft';
import { conflict as conflictSchema } from '../lib/schema';
import { benchCompile } from './compile';
import { launchChromium, startServer, summarise } from './harness';
import { benchLoad, LOAD_RUNS, type LoadResult } from './load';
import { reviewRun, type ReviewRun } from './ingest-review';
import {
  ourFirstRender,
  startTimelineJsServer,
  timelineJsFirstRender,
  TIMELINEJS_VERSION,
  type FirstRender,
} from './timelinejs';
import { measureWeights, weightRoute, type RouteWeight } from './weight';
import { mapIdleSamples, openMap, scriptedDays } from './map';
import { openTimelineBench, zoomAndPan } from './timeline';
import { benchPeers, GESTURE_LIMIT_MS, type PeerMeasure, type PeerRow } from './peers';
import { VIS_OPTIONS, VIS_TIMELINE_VERSION } from './vis-timeline';

const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const SIZES = (process.env.BENCH_SIZES ?? '100,1000,10000').split(',').map(Number);
const LH_RUNS = Number(process.env.BENCH_LH_RUNS ?? 3);
const PEER_SIZES = (process.env.BENCH_PEER_SIZES ?? '1000,10000,100000').split(',').map(Number);
const OUT = process.env.BENCH_OUT ?? 'bench/REPORT.md';
const DIST = process.env.NEXT_DIST_DIR ?? '.next';
// The export gets a folder of its own: written to the default (.next → out/) it would replace
// the `next start` build the other benchmarks use.
const STATIC_DIR = process.env.BENCH_STATIC_DIR ?? `${DIST}-export`;
const CHROMIUM =
  process.env.CHROMIUM_PATH || (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);

// ---------- budgets ----------
// From the issues where they set one (timeline: issue 3, map: issue 4, embeds: issue 7);
// "proposed" where none was set.
interface Budget {
  limit: number;
  /** "max": the number must be ≤ limit; "min": ≥ limit. */
  kind: 'max' | 'min';
  unit: string;
  from: string;
}
const B = {
  firstRender: { limit: 300, kind: 'max', unit: 'ms', from: 'issue 3' },
  frameP95: { limit: 20, kind: 'max', unit: 'ms', from: 'issue 3' },
  mapP50: { limit: 50, kind: 'max', unit: 'ms', from: 'proposed' },
  mapP95: { limit: 50, kind: 'max', unit: 'ms', from: 'issue 4' },
  jsHome: { limit: 250, kind: 'max', unit: 'KB', from: 'issue 20' },
  jsPage: { limit: 200, kind: 'max', unit: 'KB', from: 'proposed' },
  jsEmbedMap: { limit: 520, kind: 'max', unit: 'KB', from: 'issue 7' },
  jsEmbedTimeline: { limit: 90, kind: 'max', unit: 'KB', from: 'issue 7' },
  embedMapTotal: { limit: 300, kind: 'max', unit: 'KB', from: 'issue 20' },
  css: { limit: 30, kind: 'max', unit: 'KB', from: 'proposed' },
  lhPerf: { limit: 95, kind: 'min', unit: '', from: 'issue 20' },
  lhA11y: { limit: 100, kind: 'min', unit: '', from: 'proposed' },
  compile: { limit: 2000, kind: 'max', unit: 'ms', from: 'proposed' },
  ingest: { limit: 20, kind: 'min', unit: 'articles/s', from: 'proposed' },
  loadRps: { limit: 500, kind: 'min', unit: 'req/s', from: 'proposed' },
  loadP99: { limit: 250, kind: 'max', unit: 'ms', from: 'proposed' },
  loadErrors: { limit: 0, kind: 'max', unit: '', from: 'issue 9' },
} satisfies Record<string, Budget>;

const pass = (value: number, b: Budget) =>
  Number.isFinite(value)
    ? (b.kind === 'max' ? value <= b.limit : value >= b.limit)
      ? '✅ pass'
      : '❌ fail'
    : '– n/a';
const budgetText = (b: Budget) =>
  `${b.limit === 0 && b.kind === 'max' ? '=' : b.kind === 'max' ? '≤' : '≥'} ${b.limit}${b.unit ? ` ${b.unit}` : ''} (${b.from})`;
const f1 = (n: number) => (Number.isFinite(n) ? n.toFixed(1) : '–');
const f0 = (n: number) => (Number.isFinite(n) ? n.toFixed(0) : '–');
/** "median (min–max)" of samples, formatted. */
function mmm(samples: number[], fmt = f1) {
  const s = summarise(samples);
  return { median: s.p50, text: s.n ? `${fmt(s.p50)} (${fmt(s.min)}–${fmt(s.max)})` : '–' };
}
const row = (cells: (string | number)[]) => `| ${cells.join(' | ')} |`;

function log(msg: string) {
  console.log(`[bench ${new Date().toISOString().slice(11, 19)}] ${msg}`);
}

function versionOf(pkg: string): string {
  try {
    return (
      JSON.parse(readFileSync(path.join('node_modules', pkg, 'package.json'), 'utf8')) as {
        version: string;
      }
    ).version;
  } catch {
    return '?';
  }
}

function osName(): string {
  try {
    const m = /^PRETTY_NAME="?([^"\n]+)"?/m.exec(readFileSync('/etc/os-release', 'utf8'));
    if (m?.[1]) return `${m[1]} (${os.type()} ${os.release()})`;
  } catch {
    // not Linux
  }
  return `${os.type()} ${os.release()}`;
}

// ---------- builds ----------
function ensureBuilds(force: boolean) {
  const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1' };
  // The static export first: Next does its intermediate work in .next even when the export
  // goes to another folder, so building it second would replace the `next start` build.
  if (force || !existsSync(path.join(STATIC_DIR, 'index.html'))) {
    log(`building the static export into ${STATIC_DIR}`);
    const r = spawnSync('npm', ['run', 'build'], {
      stdio: 'inherit',
      env: { ...env, STATIC_EXPORT: '1', NEXT_DIST_DIR: STATIC_DIR },
    });
    if (r.status !== 0) throw new Error('static export build failed');
  }
  if (force || !existsSync(path.join(DIST, 'BUILD_ID'))) {
    log(`building the app into ${DIST}`);
    const r = spawnSync('npm', ['run', 'build'], {
      stdio: 'inherit',
      env: { ...env, NEXT_DIST_DIR: DIST },
    });
    if (r.status !== 0) throw new Error('npm run build failed');
  }
}

// ---------- timeline ----------
interface TimelineRow {
  n: number;
  ours: FirstRender[];
  frameP95: number[];
  frameP50: number[];
  tl: (FirstRender & { events: number; blocked: number })[];
  tlTimeouts: number;
  tlEvents: number;
  tlBlocked: number;
}

async function benchTimelines(browser: Browser, appUrl: string): Promise<TimelineRow[]> {
  const tlServer = await startTimelineJsServer();
  const rows: TimelineRow[] = [];
  try {
    for (const n of SIZES) {
      const r: TimelineRow = {
        n,
        ours: [],
        frameP95: [],
        frameP50: [],
        tl: [],
        tlTimeouts: 0,
        tlEvents: 0,
        tlBlocked: 0,
      };
      for (let i = 0; i < RUNS; i++) {
        r.ours.push(await ourFirstRender(browser, appUrl, n));
        // Frames during zoom/pan, on a fresh page.
        const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
        await openTimelineBench(page, appUrl, n);
        const { frames } = await zoomAndPan(page);
        await page.close();
        const s = summarise(frames);
        r.frameP95.push(s.p95);
        r.frameP50.push(s.p50);
      }
      log(
        `timeline N=${n}: ours data→marks ${mmm(r.ours.map((x) => x.data)).text} ms, frame p95 ${mmm(r.frameP95).text} ms`,
      );
      for (let i = 0; i < RUNS; i++) {
        const t = await timelineJsFirstRender(browser, tlServer.url, n, 120_000);
        if (!t) {
          // A run that takes over two minutes will not be quicker the second time.
          r.tlTimeouts++;
          break;
        }
        r.tl.push(t);
        r.tlEvents = t.events;
        r.tlBlocked = Math.max(r.tlBlocked, t.blocked);
      }
      log(
        `TimelineJS N=${n}: data→marks ${mmm(r.tl.map((x) => x.data)).text} ms, ${r.tlTimeouts} timed out`,
      );
      rows.push(r);
    }
  } finally {
    await tlServer.close();
  }
  return rows;
}

// ---------- map ----------
/** Per run: p50 and p95 of 100 date changes → next map idle (the method of bench:map). */
async function benchMap(browser: Browser, appUrl: string) {
  const out: { p50: number; p95: number; renderer: string }[] = [];
  for (let run = 0; run < RUNS; run++) {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    const renderer = await openMap(page, appUrl);
    const samples = await mapIdleSamples(page, scriptedDays(100));
    await page.close();
    const s = summarise(samples);
    out.push({ p50: s.p50, p95: s.p95, renderer });
    log(`map run ${run + 1}: p50 ${f1(s.p50)} ms, p95 ${f1(s.p95)} ms (${renderer})`);
  }
  return out;
}

// ---------- Lighthouse ----------
interface LhRow {
  route: string;
  status: number;
  perf: number[];
  a11y: number[];
  error?: string;
}

async function benchLighthouse(appUrl: string, routes: string[]): Promise<LhRow[]> {
  const { default: lighthouse } = await import('lighthouse');
  const chromeLauncher = await import('chrome-launcher');
  const rows: LhRow[] = [];
  for (const route of routes) {
    const status = await fetch(appUrl + route)
      .then((r) => r.status)
      .catch(() => 0);
    const r: LhRow = { route, status, perf: [], a11y: [] };
    rows.push(r);
    if (status !== 200) {
      r.error = `route answers ${status}`;
      continue;
    }
    for (let i = 0; i < LH_RUNS; i++) {
      const chrome = await chromeLauncher.launch({
        ...(CHROMIUM ? { chromePath: CHROMIUM } : {}),
        chromeFlags: [
          '--headless=new',
          '--enable-unsafe-swiftshader',
          '--disable-background-networking',
          '--disable-component-update',
          '--no-first-run',
          ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
        ],
      });
      try {
        const result = await lighthouse(appUrl + route, {
          port: chrome.port,
          output: 'json',
          logLevel: 'error',
          onlyCategories: ['performance', 'accessibility'],
        });
        const cats = result?.lhr.categories;
        r.perf.push(Math.round((cats?.performance?.score ?? NaN) * 100));
        r.a11y.push(Math.round((cats?.accessibility?.score ?? NaN) * 100));
      } catch (e) {
        r.error = e instanceof Error ? e.message.split('\n')[0] : String(e);
      } finally {
        chrome.kill();
      }
    }
    log(
      `lighthouse ${route}: performance ${r.perf.join(', ')}; accessibility ${r.a11y.join(', ')}`,
    );
  }
  return rows;
}

// ---------- ingest ----------
/** Articles per second over the ingest fixtures and the seed article, per run of ≥ 1 s. */
function benchIngest(): { rates: number[]; articles: number; bytes: number } {
  const conflict = conflictSchema.parse(
    JSON.parse(readFileSync('data/ukraine/conflict.json', 'utf8')),
  );
  const dir = 'lib/ingest/fixtures';
  const texts = [
    ...readdirSync(dir)
      .filter((n) => n.endsWith('.txt'))
      .map((n) => readFileSync(path.join(dir, n), 'utf8')),
    readFileSync('data/ukraine/sources/newsroom-2025-01-21.txt', 'utf8'),
  ];
  for (const t of texts) ingestText(t, { conflict }); // warm up
  const rates: number[] = [];
  for (let run = 0; run < Math.max(RUNS, 5); run++) {
    let done = 0;
    const t0 = performance.now();
    while (performance.now() - t0 < 1000) {
      for (const t of texts) ingestText(t, { conflict });
      done += texts.length;
    }
    rates.push(done / ((performance.now() - t0) / 1000));
  }
  return {
    rates,
    articles: texts.length,
    bytes: texts.reduce((a, t) => a + Buffer.byteLength(t), 0),
  };
}

// ---------- ingest review ----------
async function benchReview(appUrl: string): Promise<ReviewRun[]> {
  const browser = await launchChromium();
  try {
    const out: ReviewRun[] = [];
    for (const n of [1_000, 10_000]) {
      log(`ingest review: ${n} quotes`);
      const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
      out.push(await reviewRun(page, appUrl, n));
      await page.close();
    }
    return out;
  } finally {
    await browser.close();
  }
}

// ---------- report ----------
interface Results {
  started: Date;
  seconds: number;
  chromium: string;
  load: [number, number, number][];
  timelines: TimelineRow[];
  peers: PeerRow[];
  map: { p50: number; p95: number; renderer: string }[];
  weights: RouteWeight[];
  lighthouse: LhRow[];
  compile: { p50: number; min: number; max: number; n: number };
  ingest: { rates: number[]; articles: number; bytes: number };
  serve: (LoadResult | { error: string; server: string; acceptEncoding: string })[];
  review: ReviewRun[] | { error: string };
}

/** Ours, TimelineJS and vis-timeline on the same items, with each peer's ratio to ours. */
function peerSection(L: string[], rows: PeerRow[]) {
  L.push('## Timelines side by side: ours, TimelineJS and vis-timeline', '');
  L.push(
    `bench:peers. The same synthetic items (lib/synthetic, seed 42) for each library, ${RUNS} fresh page(s) per library and N, headless Chromium at 1280×800, requests off the machine blocked. "First render": data ready in the page → the frame after the first marks are drawn (ours: on the canvas; the others: their item elements in the document). "Heap": JS heap in use 1 s later, after a forced garbage collection (CDP). "Elements": elements in the document then. "Frame p95 (p50)": intervals between animation frames during the same scripted wheel zoom in, drag pan and zoom out (180 frames) on each library's own surface (TimelineJS does not zoom on the wheel: its part is the drag). TimelineJS gets our TimelineJS export of the items; vis-timeline gets one point per dated item in its lane (a group), with the options its documentation and tracker give for many items: \`${JSON.stringify(VIS_OPTIONS)}\` (its clustering, \`cluster\`, was slower still: at 10,000 items 2.2 s to first marks and 1.3 s frames, p95; at 100,000, 66 s and 41 s). "÷ ours": the peer's median divided by ours (above 1: ours is ahead).`,
    '',
  );
  L.push(
    '| N | library | first render ms | ÷ ours | frame p95 ms (p50) | heap MB | ÷ ours | elements | ÷ ours |',
    '|---|---|---|---|---|---|---|---|---|',
  );
  for (const n of [...new Set(rows.map((r) => r.n))]) {
    const at = rows.filter((r) => r.n === n);
    const med = (row: PeerRow | undefined, k: PeerMeasure) =>
      row?.runs.length ? summarise(row.runs.map((x) => x[k])).p50 : NaN;
    const ours = at.find((r) => r.peer === 'ours');
    const ratio = (row: PeerRow, k: PeerMeasure) =>
      row.peer === 'ours' || !Number.isFinite(med(row, k)) || !Number.isFinite(med(ours, k))
        ? ''
        : `${(med(row, k) / med(ours, k)).toFixed(1)}×`;
    for (const p of at) {
      const name = p.peer === 'ours' ? 'ours' : `${p.peer} ${p.version}`;
      if (!p.runs.length) {
        const fr = med(ours, 'firstRender');
        L.push(
          row([
            n.toLocaleString('en-GB'),
            name,
            `nothing drawn within ${p.limitMs / 1000} s`,
            Number.isFinite(fr) ? `> ${(p.limitMs / fr).toFixed(0)}×` : '',
            '–',
            '–',
            '',
            '–',
            '',
          ]),
        );
        continue;
      }
      const fr = mmm(p.runs.map((x) => x.firstRender));
      const fp = mmm(p.runs.map((x) => x.frameP95));
      L.push(
        row([
          n.toLocaleString('en-GB'),
          name,
          `${fr.text}${p.timedOut ? `; ${p.timedOut} run > ${p.limitMs / 1000} s` : ''}`,
          ratio(p, 'firstRender'),
          `${fp.text} (${f1(med(p, 'frameP50'))})${p.runs.some((x) => x.cutAfter !== undefined) ? `; gesture stopped at ${GESTURE_LIMIT_MS / 1000} s after ${Math.min(...p.runs.map((x) => x.cutAfter ?? 180))} of 180 frames` : ''}`,
          f1(med(p, 'heapMB')),
          ratio(p, 'heapMB'),
          String(Math.round(med(p, 'elements'))),
          ratio(p, 'elements'),
        ]),
      );
    }
  }
  L.push('');
}

function report(r: Results): string {
  const cpus = os.cpus();
  const L: string[] = [];
  const la = (x: [number, number, number]) => x.map((v) => v.toFixed(2)).join(', ');
  L.push('# Faultline benchmark report', '');
  L.push(
    `Generated by \`npm run bench\` (bench/run-all.ts) on ${r.started.toISOString().replace('T', ' ').slice(0, 16)} UTC, in ${Math.round(r.seconds)} s.`,
  );
  L.push(
    'Numbers are median (min–max) over the runs named; budgets come from the issue that set them or are marked "proposed". Nothing here is asserted by a test.',
  );
  L.push(
    `Load average (1, 5, 15 min) at start: ${la(r.load[0]!)}; at end: ${la(r.load[r.load.length - 1]!)}. A load near or above the core count means other work shared the machine and the timings are pessimistic.`,
    '',
  );
  L.push('## Machine', '');
  L.push(row(['CPU', `${cpus[0]?.model ?? '?'}`]).replace(/^/, '| what | value |\n|---|---|\n'));
  L.push(row(['cores', String(cpus.length)]));
  L.push(row(['memory', `${(os.totalmem() / 2 ** 30).toFixed(1)} GiB`]));
  L.push(row(['OS', osName()]), '');
  L.push('## Versions', '');
  L.push('| software | version |', '|---|---|');
  for (const [name, v] of [
    ['Node.js', process.version],
    ['Chromium (headless)', r.chromium],
    ['next', versionOf('next')],
    ['react', versionOf('react')],
    ['maplibre-gl', versionOf('maplibre-gl')],
    ['d3', versionOf('d3')],
    ['lighthouse', versionOf('lighthouse')],
    ['@knight-lab/timelinejs', TIMELINEJS_VERSION],
    ['vis-timeline', VIS_TIMELINE_VERSION],
    ['autocannon', versionOf('autocannon')],
    ['sirv', versionOf('sirv')],
  ])
    L.push(row([name!, v!]));
  L.push('');

  L.push('## Timeline (synthetic data), and TimelineJS side by side', '');
  L.push(
    `Headless Chromium at 1280×800, ${RUNS} run(s) per N. Items are synthetic (lib/synthetic, seed 42), never real facts. "First render" is from the data being ready in the page to the frame after the first marks are drawn (ours: on the canvas; TimelineJS: its marker elements in the document); "nav" is from navigation start. Frame times: intervals between animation frames during a scripted wheel zoom in, drag pan and zoom out (180 frames, bench:timeline's gesture). TimelineJS ${TIMELINEJS_VERSION} is loaded from node_modules and fed the same items converted by our TimelineJS export (lib/import/timelinejs.ts; undated items stay in its "faultline" extension, since TimelineJS needs a date); requests off the machine are blocked.`,
    '',
  );
  L.push(
    '| N | ours: first render ms | budget | ours: nav→marks ms | ours: frame p95 ms (p50) | budget | TimelineJS: first render ms | TimelineJS ÷ ours |',
    '|---|---|---|---|---|---|---|---|',
  );
  for (const t of r.timelines) {
    const ours = mmm(t.ours.map((x) => x.data));
    const nav = mmm(t.ours.map((x) => x.nav));
    const fp = mmm(t.frameP95);
    const fp50 = summarise(t.frameP50).p50;
    const tl = mmm(t.tl.map((x) => x.data));
    const tlText = t.tl.length
      ? `${tl.text}${t.tlTimeouts ? `; ${t.tlTimeouts} run > 120 s` : ''} (${t.tlEvents} events)`
      : `no render within 120 s`;
    const ratio = t.tl.length
      ? `${(tl.median / ours.median).toFixed(1)}×`
      : `> ${(120_000 / ours.median).toFixed(0)}×`;
    L.push(
      row([
        t.n.toLocaleString('en-GB'),
        ours.text,
        `${budgetText(B.firstRender)} ${pass(ours.median, B.firstRender)}`,
        nav.text,
        `${fp.text} (${f1(fp50)})`,
        `${budgetText(B.frameP95)} ${pass(fp.median, B.frameP95)}`,
        tlText,
        ratio,
      ]),
    );
  }
  const blocked = Math.max(0, ...r.timelines.map((t) => t.tlBlocked));
  if (blocked)
    L.push(
      '',
      `TimelineJS asked for ${blocked} resource(s) off this machine per page (fonts or analytics); they were blocked, as ours would be offline.`,
    );
  L.push('');

  peerSection(L, r.peers);

  L.push('## Map: date change → idle', '');
  const renderer = r.map[0]?.renderer ?? '?';
  L.push(
    `100 scripted date changes (2014–2025) per run, ${r.map.length} run(s), renderer: ${renderer}${renderer === 'webgl' ? ' (WebGL through SwiftShader, i.e. on the CPU)' : ''}. Time from the state change to the map's next idle.`,
    '',
  );
  L.push('| metric | value ms | budget | result |', '|---|---|---|---|');
  const m50 = mmm(r.map.map((x) => x.p50));
  const m95 = mmm(r.map.map((x) => x.p95));
  L.push(row(['p50', m50.text, budgetText(B.mapP50), pass(m50.median, B.mapP50)]));
  L.push(row(['p95', m95.text, budgetText(B.mapP95), pass(m95.median, B.mapP95)]), '');

  L.push('## Page weight per route', '');
  L.push(
    'Gzip (level 9) bytes of every JavaScript and CSS file a route loads until the network is idle (and, in the last columns, its HTML and the JSON or GeoJSON data it fetches: the conflict index fetches none), lazily loaded chunks and the map worker included (bench:weight), at 1280×800 unless a width is named. No page is touched: over the server-drawn map, maplibre and the boundaries load only when the reader reaches for the map (pointer, finger, keyboard), so "maplibre loaded" reads no. "all KB" adds it up: what the page transfers before the first interaction. One run: the bytes do not vary.',
    '',
  );
  L.push(
    '| route | status | JS KB | budget | CSS KB | budget | maplibre loaded | HTML KB | data KB | all KB | budget |',
    '|---|---|---|---|---|---|---|---|---|---|---|',
  );
  for (const w of r.weights) {
    const { path, width } = weightRoute(w.route);
    // The explorer's budget is the old home's: the index and other pages have the page budget.
    const explorer = /^\/[a-z0-9-]+$/.test(path) && !['/about', '/ingest'].includes(path);
    const jsB = explorer
      ? B.jsHome
      : w.route.includes('view=map')
        ? B.jsEmbedMap
        : w.route.includes('view=timeline')
          ? B.jsEmbedTimeline
          : B.jsPage;
    const js = w.js / 1024;
    const css = w.css / 1024;
    // Everything the page transfers (gzip) before the reader does anything.
    const total = (w.js + w.css + (w.html ?? 0) + (w.data ?? 0)) / 1024;
    const ok = w.status === 200;
    L.push(
      row([
        width === 1280 ? `\`${path}\`` : `\`${path}\` at ${width} px`,
        w.status,
        ok ? f1(js) : '–',
        ok ? `${budgetText(jsB)} ${pass(js, jsB)}` : 'route not built yet',
        ok ? f1(css) : '–',
        ok ? `${budgetText(B.css)} ${pass(css, B.css)}` : '–',
        ok ? (w.maplibre ? 'yes' : 'no') : '–',
        ok ? f1((w.html ?? 0) / 1024) : '–',
        ok ? f1((w.data ?? 0) / 1024) : '–',
        ok ? f1(total) : '–',
        ok && w.route.includes('view=map')
          ? `${budgetText(B.embedMapTotal)} ${pass(total, B.embedMapTotal)}`
          : '',
      ]),
    );
  }
  L.push('');

  L.push('## Lighthouse', '');
  L.push(
    `Lighthouse ${versionOf('lighthouse')} from npm with the system Chromium (chrome-launcher's chromePath), default (mobile, simulated throttling) settings, performance and accessibility only, ${LH_RUNS} run(s) per route against \`next start\`.`,
    '',
  );
  L.push('| route | performance | budget | accessibility | budget |', '|---|---|---|---|---|');
  for (const l of r.lighthouse) {
    if (!l.perf.length) {
      L.push(row([`\`${l.route}\``, l.error ?? 'no result', '–', '–', '–']));
      continue;
    }
    const p = mmm(l.perf, f0);
    const a = mmm(l.a11y, f0);
    L.push(
      row([
        `\`${l.route}\``,
        p.text,
        `${budgetText(B.lhPerf)} ${pass(p.median, B.lhPerf)}`,
        a.text,
        `${budgetText(B.lhA11y)} ${pass(a.median, B.lhA11y)}`,
      ]),
    );
  }
  L.push('');

  L.push('## Dataset compile and ingest', '');
  L.push('| what | value | budget | result |', '|---|---|---|---|');
  L.push(
    row([
      `validate + compile 10,000 synthetic facts (bench:compile, ${r.compile.n} runs), ms`,
      `${f1(r.compile.p50)} (${f1(r.compile.min)}–${f1(r.compile.max)})`,
      budgetText(B.compile),
      pass(r.compile.p50, B.compile),
    ]),
  );
  const ing = mmm(r.ingest.rates, f0);
  L.push(
    row([
      `ingest throughput over ${r.ingest.articles} articles (${(r.ingest.bytes / 1024).toFixed(0)} KB: the ingest fixtures and the seed article), ${r.ingest.rates.length} runs of ≥ 1 s, articles/s`,
      ing.text,
      budgetText(B.ingest),
      pass(ing.median, B.ingest),
    ]),
    '',
  );

  L.push('## /ingest review at scale (synthetic article)', '');
  if ('error' in r.review) L.push(`Not run: ${r.review.error}`, '');
  else {
    L.push(
      'bench/ingest-review.ts: /ingest with N generated one-quote sentences (never real), headless Chromium 1280×800. Extraction runs in a Web Worker; then five Accept clicks, each timed from the click to the second animation frame after the card shows its new state, with the longest main-thread task meanwhile.',
      '',
      '| quotes | facts drafted | extract → list, s | click → paint p50 (max), ms | longest task p50 (max), ms |',
      '|---|---|---|---|---|',
    );
    for (const x of r.review) {
      const c = summarise(x.clickMs);
      const t = summarise(x.longestTaskMs);
      L.push(
        row([
          x.n.toLocaleString('en-GB'),
          x.facts.toLocaleString('en-GB'),
          x.extractS.toFixed(1),
          `${f0(c.p50)} (${f0(c.max)})`,
          `${f0(t.p50)} (${f0(t.max)})`,
        ]),
      );
    }
    L.push('');
  }

  L.push('## Load: the servers under autocannon', '');
  const ok = r.serve.filter((x): x is LoadResult => !('error' in x));
  const first = ok[0];
  if (first)
    L.push(
      `autocannon ${versionOf('autocannon')}, ${first.connections} connections for ${first.seconds} s per run, cycling through ${first.paths.map((p) => `\`${p}\``).join(', ')}, every request with the Accept-Encoding shown. sirv ${versionOf('sirv')} serves the static export (\`${STATIC_DIR}\`, with the build's .br/.gz copies); \`npm start\` is server/index.ts (the build's copies, Next for the rest); bare \`next start\` compresses each answer. One run each; client and server share the machine's cores.`,
      '',
    );
  L.push(
    '| server | Accept-Encoding | requests/s mean (per-second min–max) | latency p50 ms | latency p99 ms (max) | errors + timeouts + non-2xx | MB/s | budget | result |',
    '|---|---|---|---|---|---|---|---|---|',
  );
  for (const x of r.serve) {
    if ('error' in x) {
      L.push(
        row([
          x.server,
          x.acceptEncoding || '(none)',
          `not run: ${x.error}`,
          '',
          '',
          '',
          '',
          '',
          '',
        ]),
      );
      continue;
    }
    const bad = x.errors + x.timeouts + x.non2xx;
    const verdicts = [
      pass(x.rps.mean, B.loadRps),
      pass(x.latency.p99, B.loadP99),
      pass(bad, B.loadErrors),
    ];
    L.push(
      row([
        x.server === 'sirv' ? 'sirv (static export)' : `\`${x.server.replace('-', ' ')}\``,
        x.acceptEncoding ? `\`${x.acceptEncoding}\`` : '(none)',
        `${f0(x.rps.mean)} (${x.rps.min}–${x.rps.max})`,
        x.latency.p50,
        `${x.latency.p99} (${x.latency.max})`,
        `${x.errors} + ${x.timeouts} + ${x.non2xx} of ${x.requests.toLocaleString('en-GB')}`,
        f1(x.throughputMBs),
        `req/s ${budgetText(B.loadRps)}; p99 ${budgetText(B.loadP99)}; errors ${budgetText(B.loadErrors)}`,
        verdicts.every((v) => v.includes('pass'))
          ? '✅ pass'
          : (verdicts.find((v) => !v.includes('pass')) ?? '–'),
      ]),
    );
  }
  L.push('');
  L.push('## Re-running', '');
  L.push(
    '`npm run bench` (add `-- --build` to rebuild first). Run it on a quiet machine: these numbers are only comparable between runs on the same machine with nothing else running.',
  );
  return L.join('\n') + '\n';
}

async function main() {
  const started = new Date();
  const t0 = performance.now();
  const load: [number, number, number][] = [os.loadavg() as [number, number, number]];
  ensureBuilds(process.argv.includes('--build'));

  // Node-only benchmarks first, while no browser runs.
  log('compile: 10,000 synthetic facts');
  const compile = benchCompile(10_000, 5);
  log('ingest throughput');
  const ingest = benchIngest();

  const server = await startServer();
  process.env.BENCH_URL = server.url; // measureWeights reuses this server
  let browser: Browser | null = null;
  try {
    browser = await launchChromium();
    const chromium = browser.version();
    log(`app at ${server.url}, Chromium ${chromium}`);
    const timelines = await benchTimelines(browser, server.url);
    const peers = await benchPeers(server.url, PEER_SIZES, RUNS, log);
    const map = await benchMap(browser, server.url);
    await browser.close();
    browser = null;
    log('page weight');
    const weights = await measureWeights();
    log('lighthouse');
    const lighthouse = await benchLighthouse(server.url, ['/ukraine', '/embed']);
    log('ingest review at scale');
    const review = await benchReview(server.url).catch((e: unknown) => ({
      error: e instanceof Error ? e.message : String(e),
    }));
    server.stop();
    const serve: Results['serve'] = [];
    for (const run of LOAD_RUNS) {
      log(`load: ${run.server}, Accept-Encoding "${run.acceptEncoding}"`);
      serve.push(
        await benchLoad({ ...run, dir: run.server === 'sirv' ? STATIC_DIR : DIST }).catch(
          (e: unknown) => ({ ...run, error: e instanceof Error ? e.message : String(e) }),
        ),
      );
    }
    load.push(os.loadavg() as [number, number, number]);
    const text = report({
      started,
      seconds: (performance.now() - t0) / 1000,
      chromium,
      load,
      timelines,
      peers,
      map,
      weights,
      lighthouse,
      compile,
      ingest,
      serve,
      review,
    });
    writeFileSync(OUT, text);
    // Formatted as the repository's format check wants it.
    spawnSync('node_modules/.bin/prettier', ['--write', OUT], { stdio: 'ignore' });
    log(`wrote ${OUT}`);
  } finally {
    await browser?.close();
    server.stop();
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
