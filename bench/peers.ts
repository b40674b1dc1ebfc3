/**
 * npm run bench:peers — our timeline, TimelineJS 3 and vis-timeline side by side on the same N
 * synthetic items (lib/synthetic, seed 42; never real facts), one fresh page per run in headless
 * Chromium at 1280×800:
 * - first render: data ready in the page → the frame after the first marks are drawn;
 * - footprint 1 s after that: JS heap in use after a forced garbage collection (CDP), and the
 *   number of elements in the document;
 * - frames: p95 (and p50) of the intervals between animation frames during the same scripted
 *   wheel zoom in, drag pan and zoom out (bench/timeline.ts), on each library's own surface.
 * A library that has not drawn within the time limit is reported as such, once (a second try
 * would not be quicker). Requests off this machine are blocked.
 */
import { launchChromium, startServer, summarise } from './harness';
import { zoomAndPanScript } from './timeline';
import { startTimelineJsServer, TIMELINEJS_VERSION } from './timelinejs';
import { startVisTimelineServer, VIS_TIMELINE_VERSION } from './vis-timeline';

export type PeerName = 'ours' | 'TimelineJS' | 'vis-timeline';

interface Peer {
  name: PeerName;
  version: string;
  /** The page that draws N items. */
  url: (n: number) => string;
  /** The window global the page writes its timings to. */
  global: '__timelineBench' | '__tlBench' | '__visBench';
  /** The element the scripted zoom and pan is sent to. */
  surface: string;
}

export interface PeerRun {
  firstRender: number;
  marks: number;
  heapMB: number;
  elements: number;
  frameP50: number;
  frameP95: number;
  /** Frames measured, when the gesture was cut at the limit. */
  cutAfter?: number;
}

/** The numbers a run measures (every run has them). */
export type PeerMeasure = Exclude<keyof PeerRun, 'cutAfter'>;

export interface PeerRow {
  peer: PeerName;
  version: string;
  n: number;
  runs: PeerRun[];
  /** Runs that did not draw within the limit. */
  timedOut: number;
  limitMs: number;
}

/** The scripted gesture stops after this long (180 frames take 3 s at 60 fps). */
export const GESTURE_LIMIT_MS = 60_000;

type Timings = { dataReady: number; firstMarks?: number; marks?: number; error?: string };

/**
 * One run in a browser of its own: a page still drawing at the limit is left to the browser's
 * exit (closing a page that never yields would wait for it; TimelineJS at 100,000 items holds
 * over 10 GB by then).
 */
async function onePeerRun(peer: Peer, n: number, limitMs: number): Promise<PeerRun | null> {
  const browser = await launchChromium();
  const ctx = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const origin = new URL(peer.url(n)).origin;
  await ctx.route('**/*', (route) =>
    route.request().url().startsWith(origin) ? route.continue() : route.abort(),
  );
  const page = await ctx.newPage();
  try {
    const global = peer.global;
    try {
      // A page whose inline script draws everything does not finish loading until it drew.
      await page.goto(peer.url(n), { timeout: limitMs, waitUntil: 'commit' });
      await page.waitForFunction(
        (g) => {
          const b = (window as unknown as Record<string, Timings | undefined>)[g];
          return b?.firstMarks !== undefined || !!b?.error;
        },
        global,
        { timeout: limitMs, polling: 100 },
      );
    } catch (e) {
      if (e instanceof Error && /Timeout/i.test(e.message)) return null;
      throw e;
    }
    const t = await page.evaluate(
      (g) => (window as unknown as Record<string, Timings>)[g]!,
      global,
    );
    if (t.error || t.firstMarks === undefined) throw new Error(`${peer.name}: ${t.error}`);
    await page.waitForTimeout(1000);
    const cdp = await ctx.newCDPSession(page);
    await cdp.send('HeapProfiler.collectGarbage');
    const heap = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
    const elements = await page.evaluate(() => document.getElementsByTagName('*').length);
    const { frames, cut } = (await page.evaluate(
      zoomAndPanScript(peer.surface, GESTURE_LIMIT_MS),
    )) as { frames: number[]; cut?: boolean };
    const s = summarise(frames);
    return {
      firstRender: t.firstMarks - t.dataReady,
      marks: t.marks ?? 0,
      heapMB: heap.usedSize / 1024 / 1024,
      elements,
      frameP50: s.p50,
      frameP95: s.p95,
      ...(cut ? { cutAfter: frames.length } : {}),
    };
  } finally {
    await browser.close();
  }
}

/** Every peer at every size; `appUrl` serves our build (its /bench/timeline page). */
export async function benchPeers(
  appUrl: string,
  sizes: readonly number[],
  runs: number,
  log: (line: string) => void = console.log,
): Promise<PeerRow[]> {
  const tl = await startTimelineJsServer();
  const vis = await startVisTimelineServer();
  const peers: Peer[] = [
    {
      name: 'ours',
      version: 'this build',
      url: (n) => `${appUrl}/bench/timeline?n=${n}`,
      global: '__timelineBench',
      surface: '.tl-zoom-surface',
    },
    {
      name: 'TimelineJS',
      version: TIMELINEJS_VERSION,
      url: (n) => `${tl.url}/page?n=${n}`,
      global: '__tlBench',
      surface: '.tl-timenav',
    },
    {
      name: 'vis-timeline',
      version: VIS_TIMELINE_VERSION,
      url: (n) => `${vis.url}/page?n=${n}`,
      global: '__visBench',
      surface: '#vis .vis-panel.vis-center',
    },
  ];
  const rows: PeerRow[] = [];
  // BENCH_PEERS=ours,vis-timeline measures only those.
  const only = process.env.BENCH_PEERS?.split(',');
  try {
    for (const n of sizes) {
      for (const peer of peers) {
        if (only && !only.includes(peer.name)) continue;
        const limitMs = 120_000;
        const row: PeerRow = {
          peer: peer.name,
          version: peer.version,
          n,
          runs: [],
          timedOut: 0,
          limitMs,
        };
        for (let i = 0; i < runs; i++) {
          const r = await onePeerRun(peer, n, limitMs);
          if (!r) {
            row.timedOut++;
            break;
          }
          row.runs.push(r);
        }
        rows.push(row);
        const med = (k: PeerMeasure) => summarise(row.runs.map((r) => r[k])).p50;
        log(
          row.runs.length
            ? `${peer.name} N=${n}: first render ${med('firstRender').toFixed(0)} ms, frame p95 ${med('frameP95').toFixed(1)} ms, heap ${med('heapMB').toFixed(1)} MB, ${med('elements')} elements`
            : `${peer.name} N=${n}: nothing drawn within ${limitMs / 1000} s`,
        );
      }
    }
  } finally {
    await tl.close();
    await vis.close();
  }
  return rows;
}

async function main() {
  const sizes = (process.env.BENCH_SIZES ?? '1000,10000,100000').split(',').map(Number);
  const runs = Number(process.env.BENCH_RUNS ?? 3);
  const server = await startServer();
  try {
    console.log(
      `Timelines side by side (synthetic data), headless Chromium 1280×800, ${runs} runs`,
    );
    await benchPeers(server.url, sizes, runs);
  } finally {
    server.stop();
  }
}

if (process.argv[1]?.endsWith('peers.ts')) {
  main().catch((e: unknown) => {
    console.error(e);
    process.exit(1);
  });
}
