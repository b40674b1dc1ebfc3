// npm run bench:timeline — drives the built app in headless Chromium and prints, for N = 100,
// 1,000 and 10,000 synthetic items: time from navigation to first rendered marks, and frame
// times during a scripted zoom and pan (rAF intervals) and the renderer's own work per frame.
// Uses the build in $NEXT_DIST_DIR (default .next), or $BENCH_URL when a server already runs. Data is synthetic (lib/synthetic), never real.
import type { Page } from '@playwright/test';
import { launchChromium, startServer, summarise } from './harness';

const SIZES = (process.env.BENCH_SIZES ?? '100,1000,10000').split(',').map(Number);
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const fmt = (n: number) => n.toFixed(1).padStart(7);

/**
 * Scripted interaction in the page: 60 frames of wheel zoom in, 60 of drag pan, 60 of zoom out,
 * one synthetic event per animation frame, on the element `surface` names. The drag sends
 * pointer and mouse events, as a browser does (d3-zoom listens to one, Hammer.js to the other).
 * A gesture still running after `deadlineMs` stops there (`cut`). Kept as source text because tsx would otherwise wrap its functions in a helper that does not
 * exist in the page.
 */
export const zoomAndPanScript = (
  surface: string,
  deadlineMs = 600_000,
) => `new Promise((resolve) => {
  const surface = document.querySelector(${JSON.stringify(surface)});
  const r = surface.getBoundingClientRect();
  const cx = r.x + r.width * 0.6;
  const cy = r.y + Math.min(r.height / 2, 200);
  const bench = window.__timelineBench;
  const rendersBefore = bench ? bench.renders.length : 0;
  const frames = [];
  let frame = 0, last = 0, x = cx, t0 = 0;
  function drag(type, clientX) {
    const target = type === 'down' ? surface : window;
    const init = { clientX, clientY: cy, bubbles: true, cancelable: true, view: window, button: 0, buttons: type === 'up' ? 0 : 1 };
    target.dispatchEvent(new PointerEvent('pointer' + type, { ...init, pointerId: 1, pointerType: 'mouse', isPrimary: true }));
    target.dispatchEvent(new MouseEvent('mouse' + type, init));
  }
  function wheel(deltaY) {
    const e = new WheelEvent('wheel', { deltaY, clientX: cx, clientY: cy, bubbles: true, cancelable: true, view: window });
    // A constructed event's legacy wheelDelta does not have the sign a real wheel gives it
    // (vis-timeline reads it): set it as Chromium does for a real wheel.
    Object.defineProperty(e, 'wheelDelta', { value: -deltaY * 1.2 });
    surface.dispatchEvent(e);
  }
  function step(now) {
    if (last) frames.push(now - last);
    else t0 = now;
    last = now;
    // A library that takes seconds per frame is not waited for through all 180.
    if (now - t0 > ${deadlineMs}) {
      if (frame <= 120) drag('up', x);
      return resolve({ frames, renders: [], cut: true });
    }
    if (frame < 60) wheel(-60);
    else if (frame === 60) drag('down', x);
    else if (frame < 120) drag('move', (x -= 12));
    else if (frame === 120) drag('up', x);
    else if (frame < 180) wheel(60);
    if (++frame <= 182) requestAnimationFrame(step);
    else resolve({ frames, renders: bench ? bench.renders.slice(rendersBefore).map((e) => e.ms) : [] });
  }
  requestAnimationFrame(step);
})`;

/** Runs the scripted zoom and pan on an open benchmark page: frame intervals and render times (ms). */
export const zoomAndPan = (page: Page) =>
  page.evaluate(zoomAndPanScript('.tl-zoom-surface')) as Promise<{
    frames: number[];
    renders: number[];
  }>;

/** Opens the synthetic benchmark page with N items and waits for its first marks. */
export async function openTimelineBench(page: Page, url: string, n: number) {
  await page.goto(`${url}/bench/timeline?n=${n}`);
  // A function, not a string: the app's CSP forbids eval, which a string predicate needs.
  await page.waitForFunction(() => window.__timelineBench?.firstMarks !== undefined, null, {
    timeout: 120_000,
    polling: 100,
  });
  return (await page.evaluate('window.__timelineBench')) as NonNullable<Window['__timelineBench']>;
}

async function main() {
  const server = await startServer();
  const url = server.url;
  const browser = await launchChromium();
  console.log(
    'Timeline benchmark (synthetic data), headless Chromium 1280×800, median of',
    RUNS,
    'runs',
  );
  console.log(
    '      N | nav→marks ms | data→marks ms | marks | frame p50 | frame p95 | render p50 | render p95',
  );
  try {
    for (const n of SIZES) {
      const rows: {
        nav: number;
        data: number;
        marks: number;
        p50: number;
        p95: number;
        r50: number;
        r95: number;
      }[] = [];
      for (let run = 0; run < RUNS; run++) {
        const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
        const t = await openTimelineBench(page, url, n);
        const { frames, renders } = await zoomAndPan(page);
        rows.push({
          nav: t.firstMarks!,
          data: t.firstMarks! - t.dataReady,
          marks: t.marks ?? 0,
          p50: summarise(frames).p50,
          p95: summarise(frames).p95,
          r50: summarise(renders).p50,
          r95: summarise(renders).p95,
        });
        await page.close();
      }
      const m = (k: keyof (typeof rows)[number]) => summarise(rows.map((r) => r[k])).p50;
      console.log(
        `${String(n).padStart(7)} | ${fmt(m('nav'))}      | ${fmt(m('data'))}       | ${String(m('marks')).padStart(5)} | ${fmt(m('p50'))}   | ${fmt(m('p95'))}   | ${fmt(m('r50'))}    | ${fmt(m('r95'))}`,
      );
    }
  } finally {
    await browser.close();
    server.stop();
  }
}

if (process.argv[1]?.endsWith('timeline.ts')) {
  main().catch((e: unknown) => {
    console.error(e);
    process.exit(1);
  });
}
