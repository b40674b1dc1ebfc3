// npm run bench:map — drives the control map of the built app in headless Chromium
// (WebGL through SwiftShader): over 100 scripted date changes, the time from the state change
// to the map's next `idle` (p50/p95), and the gzip bytes of the JavaScript and CSS the map
// adds to the page. Uses the build in $NEXT_DIST_DIR (default .next), or $BENCH_URL.
import { gzipSync } from 'node:zlib';
import type { Page } from '@playwright/test';
import { fmtKB, fmtMs, launchChromium, startServer, summarise } from './harness';

const CHANGES = Number(process.env.BENCH_CHANGES ?? 100);

/** 100 days spread over the data (2014 to 2025), visited in order then back and forth. */
export function scriptedDays(n: number): string[] {
  const start = Date.UTC(2014, 0, 1);
  const end = Date.UTC(2025, 11, 30);
  // i·37 mod n visits every step once, jumping around; step 0 (1 Jan 2014) moves off the load date.
  return Array.from({ length: n }, (_, i) => {
    const t =
      start + Math.round(((end - start) * ((i * 37) % n)) / (n - 1) / 86_400_000) * 86_400_000;
    return new Date(t).toISOString().slice(0, 10);
  });
}

/** Opens `/` and waits for the map; returns which renderer drew it. */
export async function openMap(page: Page, url: string): Promise<string> {
  await page.goto(`${url}/ukraine?date=2025-01-21`, { waitUntil: 'load' });
  // Over its first paint the live map waits for the reader to reach it: the pointer does.
  await page.hover('[data-testid="control-map"]');
  await page.waitForSelector('[data-testid="control-map"][data-ready="true"]', { timeout: 60_000 });
  return (await page.getAttribute('[data-testid="control-map"]', 'data-renderer')) ?? '?';
}

/** For each day: the time from setting the date to the map's next idle (ms). */
export function mapIdleSamples(page: Page, days: string[]): Promise<number[]> {
  return page.evaluate(async (days) => {
    const host = document.querySelector<HTMLElement>('[data-testid="control-map"]')!;
    const out: number[] = [];
    for (const day of days) {
      const idle = new Promise<number>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no idle after ${day}`)), 10_000);
        host.addEventListener(
          'controlmap:idle',
          () => {
            clearTimeout(timer);
            resolve(performance.now());
          },
          { once: true },
        );
      });
      const t0 = performance.now();
      host.dispatchEvent(new CustomEvent('controlmap:set-date', { detail: day }));
      out.push((await idle) - t0);
      // Let the browser breathe between changes, as a person scrubbing would.
      await new Promise((r) => setTimeout(r, 30));
    }
    return out;
  }, days);
}

interface Asset {
  url: string;
  type: 'js' | 'css';
  gzip: number;
  text: string;
}

async function main() {
  const server = await startServer();
  const browser = await launchChromium();
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    const assets: Promise<Asset | null>[] = [];
    page.on('response', (res) => {
      const url = res.url();
      const ct = res.headers()['content-type'] ?? '';
      const type =
        /javascript/.test(ct) || /\.m?js(\?|$)/.test(url)
          ? 'js'
          : /text\/css/.test(ct) || /\.css(\?|$)/.test(url)
            ? 'css'
            : null;
      if (!type || res.status() >= 400) return;
      assets.push(
        res
          .body()
          .then(
            (b) =>
              ({
                url,
                type,
                gzip: gzipSync(b, { level: 9 }).length,
                text: b.toString('utf8'),
              }) as Asset,
          )
          .catch(() => null),
      );
    });
    const renderer = await openMap(page, server.url);
    const samples = await mapIdleSamples(page, scriptedDays(CHANGES));
    const s = summarise(samples);

    const files = (await Promise.all(assets)).filter((a): a is Asset => a !== null);
    const unique = [...new Map(files.map((f) => [f.url, f])).values()];
    // Files that exist for the map: maplibre (lazy chunk and worker), the chunk(s) holding the
    // map's own code, and the stylesheet holding its CSS.
    const isMap = (f: Asset) =>
      /maplibre/i.test(f.url) ||
      (f.type === 'js' && /controlmap:idle|cm-tooltip|maplibregl|setWorkerUrl/.test(f.text)) ||
      (f.type === 'css' && /\.cm-frame/.test(f.text));
    const mapFiles = unique.filter(isMap);
    const sum = (list: Asset[], type: Asset['type']) =>
      list.filter((f) => f.type === type).reduce((a, f) => a + f.gzip, 0);
    const geo = await Promise.all(
      ['regions', 'neighbours'].map(async (n) => {
        const r = await fetch(`${server.url}/data/ukraine/${n}.geojson`);
        return gzipSync(Buffer.from(await r.arrayBuffer()), { level: 9 }).length;
      }),
    );

    console.log(`Control map benchmark, headless Chromium 1280×800, renderer: ${renderer}`);
    console.log(
      `date change → next idle over ${s.n} changes: p50 ${fmtMs(s.p50)}, p95 ${fmtMs(s.p95)} (min ${fmtMs(s.min)}, max ${fmtMs(s.max)})`,
    );
    console.log(
      `map JS (gzip): ${fmtKB(sum(mapFiles, 'js'))} in ${mapFiles.filter((f) => f.type === 'js').length} files; map CSS (gzip): ${fmtKB(sum(mapFiles, 'css'))}`,
    );
    for (const f of mapFiles)
      console.log(`  ${f.type} ${fmtKB(f.gzip).padStart(9)}  ${new URL(f.url).pathname}`);
    console.log(
      `page total (gzip): JS ${fmtKB(sum(unique, 'js'))}, CSS ${fmtKB(sum(unique, 'css'))}`,
    );
    console.log(
      `boundary data (gzip, fetched by the map): regions ${fmtKB(geo[0] ?? 0)}, neighbours ${fmtKB(geo[1] ?? 0)}`,
    );
  } finally {
    await browser.close();
    server.stop();
  }
}

if (process.argv[1]?.endsWith('map.ts')) {
  main().catch((err: unknown) => {
    console.error(err);
    process.exit(1);
  });
}
