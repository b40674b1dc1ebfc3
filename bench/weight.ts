/**
 * npm run bench:weight — the gzip size of the HTML, JavaScript, CSS and data (JSON, GeoJSON)
 * each route loads (everything the page fetches until the network is idle, including lazily
 * loaded chunks and workers), measured in headless Chromium against the production build.
 * The conflict index must load no dataset's facts or boundaries: its data column stays 0.
 */
import { gzipSync } from 'node:zlib';
import { fmtKB, launchChromium, startServer } from './harness';

/** Routes measured at 1280 px wide; `@375` measures at a phone's width (the map sits below the timeline). */
export const WEIGHT_ROUTES = [
  '/',
  '/ukraine',
  '/ukraine@375',
  '/sudan',
  '/ukraine/data',
  '/about',
  '/embed?view=map',
  '/sudan/embed?view=map',
  '/embed?view=timeline',
];

/** The path and viewport width of a WEIGHT_ROUTES entry. */
export const weightRoute = (route: string) => {
  const [path = route, width] = route.split('@');
  return { path, width: Number(width) || 1280 };
};

export interface RouteWeight {
  route: string;
  status: number;
  js: number;
  css: number;
  jsFiles: number;
  cssFiles: number;
  /** The document itself. */
  html: number;
  /** JSON and GeoJSON fetched (facts, boundaries). */
  data: number;
  maplibre: boolean;
}

export async function measureWeights(routes = WEIGHT_ROUTES): Promise<RouteWeight[]> {
  const server = await startServer();
  const browser = await launchChromium();
  const out: RouteWeight[] = [];
  try {
    for (const route of routes) {
      const { path, width } = weightRoute(route);
      const page = await browser.newPage({ viewport: { width, height: 800 } });
      type Kind = 'js' | 'css' | 'html' | 'data';
      const bodies: Promise<{ url: string; type: Kind; bytes: number }>[] = [];
      page.on('response', (res) => {
        const ct = res.headers()['content-type'] ?? '';
        const url = res.url();
        const type: Kind | null =
          /javascript/.test(ct) || /\.m?js(\?|$)/.test(url)
            ? 'js'
            : /text\/css/.test(ct) || /\.css(\?|$)/.test(url)
              ? 'css'
              : res.request().resourceType() === 'document'
                ? 'html'
                : /json/.test(ct) || /\.(geo)?json(\?|$)/.test(url)
                  ? 'data'
                  : null;
        if (!type || res.status() >= 400) return;
        bodies.push(
          res
            .body()
            .then((b) => ({ url, type, bytes: gzipSync(b, { level: 9 }).length }))
            .catch(() => ({ url, type, bytes: 0 })),
        );
      });
      const res = await page.goto(server.url + path, { waitUntil: 'load' });
      // Lazily loaded chunks (maplibre, its worker) arrive after load: wait for the network to
      // settle, but not forever (a long-lived request must not hang the benchmark).
      await page.waitForLoadState('networkidle', { timeout: 15_000 }).catch(() => {});
      await page.waitForTimeout(1000);
      const files = await Promise.all(bodies);
      const unique = new Map(files.map((f) => [f.url, f]));
      const list = [...unique.values()];
      out.push({
        route,
        status: res?.status() ?? 0,
        js: list.filter((f) => f.type === 'js').reduce((a, f) => a + f.bytes, 0),
        css: list.filter((f) => f.type === 'css').reduce((a, f) => a + f.bytes, 0),
        jsFiles: list.filter((f) => f.type === 'js').length,
        cssFiles: list.filter((f) => f.type === 'css').length,
        html: list.filter((f) => f.type === 'html').reduce((a, f) => a + f.bytes, 0),
        data: list.filter((f) => f.type === 'data').reduce((a, f) => a + f.bytes, 0),
        maplibre: list.some((f) => /maplibre/i.test(f.url)),
      });
      await page.close();
    }
  } finally {
    await browser.close();
    server.stop();
  }
  return out;
}

async function main() {
  const rows = await measureWeights();
  console.log(
    'route                      status  HTML (gzip)  JS (gzip)   files  CSS (gzip)  files  data (gzip)  maplibre',
  );
  for (const r of rows) {
    console.log(
      `${r.route.padEnd(26)} ${String(r.status).padEnd(7)} ${fmtKB(r.html).padStart(11)} ${fmtKB(r.js).padStart(10)} ${String(r.jsFiles).padStart(6)} ${fmtKB(r.css).padStart(11)} ${String(r.cssFiles).padStart(6)} ${fmtKB(r.data).padStart(12)}  ${r.maplibre ? 'yes' : 'no'}`,
    );
  }
}

if (process.argv[1]?.endsWith('weight.ts')) void main();
