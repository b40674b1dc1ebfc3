/**
 * npm run bench:timelinejs — TimelineJS3 (npm @knight-lab/timelinejs, loaded from
 * node_modules and served by this script on 127.0.0.1) fed the same N synthetic items our
 * timeline benchmark draws (lib/synthetic, seed 42), converted by our TimelineJS export
 * (lib/import/timelinejs.ts); first render
 * timed the same way as ours: from the data being ready in the page to the frame after the first
 * marks are in the document. Every request off this machine is blocked and counted.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser } from '@playwright/test';
import { syntheticTimeline } from '../lib/synthetic/timeline';
import { toTimelineJs } from '../lib/export/timelinejs';
import { launchChromium, startPeerPageServer, summarise } from './harness';

const TL_DIST = path.resolve('node_modules/@knight-lab/timelinejs/dist');
export const TIMELINEJS_VERSION = (
  JSON.parse(readFileSync(path.join(TL_DIST, '../package.json'), 'utf8')) as { version: string }
).version;

export interface FirstRender {
  /** Navigation start → first marks painted (ms). */
  nav: number;
  /** Data ready in the page → first marks painted (ms). */
  data: number;
  /** Marks (TimelineJS: .tl-timemarker elements) in the document then. */
  marks: number;
}

const MIME: Record<string, string> = {
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

function page(n: number): string {
  const data = syntheticTimeline(n, { seed: 42 });
  // Our TimelineJS export (lib/import), as a visitor would download it.
  const tl = toTimelineJs({
    title: 'Synthetic benchmark timeline (not real data)',
    dataset: { id: 'synthetic', version: 'seed-42' },
    ...data.facts,
  });
  // `<` escaped so the JSON cannot end the script element.
  const json = JSON.stringify(tl).replace(/</g, '\\u003c');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>TimelineJS benchmark (synthetic)</title>
<link rel="stylesheet" href="/tl/css/timeline.css"><script src="/tl/js/timeline.js"></script>
<style>html,body{margin:0;height:100%}#tl{width:100%;height:600px}</style></head><body>
<div id="tl"></div>
<script type="application/json" id="tl-data">${json}</script>
<script>
  const data = JSON.parse(document.getElementById('tl-data').textContent);
  const bench = (window.__tlBench = { n: data.events.length, dataReady: performance.now() });
  const done = () => requestAnimationFrame(() => { bench.firstMarks = performance.now(); bench.marks = document.querySelectorAll('.tl-timemarker').length; });
  const seen = () => document.querySelector('#tl .tl-timemarker');
  const obs = new MutationObserver(() => { if (seen()) { obs.disconnect(); done(); } });
  obs.observe(document.getElementById('tl'), { childList: true, subtree: true });
  try {
    window.__tl = new TL.Timeline('tl', data, { script_path: location.origin + '/tl/js/', language: 'en', start_at_slide: 0, hash_bookmark: false });
  } catch (e) { bench.error = String(e); }
  if (seen()) { obs.disconnect(); done(); }
</script></body></html>`;
}

/** A tiny static server: /tl/* from TimelineJS's dist folder, /page?n=N the benchmark page. */
export const startTimelineJsServer = () =>
  startPeerPageServer(page, (pathname) => {
    if (!pathname.startsWith('/tl/')) return null;
    const file = path.resolve(TL_DIST, '.' + decodeURIComponent(pathname.slice(3)));
    if (!file.startsWith(TL_DIST + path.sep)) return null;
    try {
      return {
        body: readFileSync(file),
        type: MIME[path.extname(file)] ?? 'application/octet-stream',
      };
    } catch {
      return null;
    }
  });

/** One TimelineJS first render of N items; null when it did not render within `timeoutMs`. */
export async function timelineJsFirstRender(
  browser: Browser,
  baseUrl: string,
  n: number,
  timeoutMs = 120_000,
): Promise<(FirstRender & { events: number; blocked: number }) | null> {
  const ctx = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  let blocked = 0;
  await ctx.route('**/*', (route) => {
    if (route.request().url().startsWith(baseUrl)) return route.continue();
    blocked++;
    return route.abort();
  });
  const p = await ctx.newPage();
  try {
    await p.goto(`${baseUrl}/page?n=${n}`, { timeout: timeoutMs });
    await p.waitForFunction(
      () =>
        (window as unknown as { __tlBench?: { firstMarks?: number; error?: string } }).__tlBench
          ?.firstMarks !== undefined ||
        !!(window as unknown as { __tlBench?: { error?: string } }).__tlBench?.error,
      null,
      { timeout: timeoutMs, polling: 100 },
    );
    const b = await p.evaluate(
      () =>
        (
          window as unknown as {
            __tlBench: {
              n: number;
              dataReady: number;
              firstMarks?: number;
              marks?: number;
              error?: string;
            };
          }
        ).__tlBench,
    );
    if (b.error || b.firstMarks === undefined) throw new Error(`TimelineJS failed: ${b.error}`);
    return {
      nav: b.firstMarks,
      data: b.firstMarks - b.dataReady,
      marks: b.marks ?? 0,
      events: b.n,
      blocked,
    };
  } catch (e) {
    if (e instanceof Error && /Timeout/i.test(e.message)) return null;
    throw e;
  } finally {
    await ctx.close();
  }
}

/** Our timeline's first render of N items at /bench/timeline, measured the same way. */
export async function ourFirstRender(
  browser: Browser,
  appUrl: string,
  n: number,
): Promise<FirstRender> {
  const p = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  try {
    await p.goto(`${appUrl}/bench/timeline?n=${n}`);
    await p.waitForFunction(() => window.__timelineBench?.firstMarks !== undefined, null, {
      timeout: 120_000,
      polling: 100,
    });
    const b = await p.evaluate(() => window.__timelineBench!);
    return { nav: b.firstMarks!, data: b.firstMarks! - b.dataReady, marks: b.marks ?? 0 };
  } finally {
    await p.close();
  }
}

async function main() {
  const sizes = (process.env.BENCH_SIZES ?? '100,1000,10000').split(',').map(Number);
  const runs = Number(process.env.BENCH_RUNS ?? 3);
  const server = await startTimelineJsServer();
  const browser = await launchChromium();
  try {
    console.log(
      `TimelineJS ${TIMELINEJS_VERSION}, headless Chromium 1280×800, ${runs} runs (data ready → first marks painted)`,
    );
    for (const n of sizes) {
      const rs = [];
      for (let i = 0; i < runs; i++) rs.push(await timelineJsFirstRender(browser, server.url, n));
      const ok = rs.filter((r): r is NonNullable<typeof r> => r !== null);
      const s = summarise(ok.map((r) => r.data));
      console.log(
        `N=${n}: ${ok[0]?.events ?? '?'} events, median ${s.p50.toFixed(1)} ms (min ${s.min.toFixed(1)}, max ${s.max.toFixed(1)}), ${rs.length - ok.length} timed out, ${ok[0]?.blocked ?? 0} outside requests blocked`,
      );
    }
  } finally {
    await browser.close();
    await server.close();
  }
}

if (process.argv[1]?.endsWith('timelinejs.ts')) void main();
