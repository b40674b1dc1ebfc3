// npm run bench:ingest-review — /ingest with a long synthetic article (N quotes, one fact each;
// generated here, never real): seconds from "Extract facts" to the drafted list, then for a few
// Accept clicks the time from the click to the next painted frame and the longest main-thread
// task meanwhile. Knobs: BENCH_REVIEW_SIZES (default 1000,10000), BENCH_REVIEW_CLICKS (5).
// Uses the build in $NEXT_DIST_DIR (default .next), or $BENCH_URL when a server already runs.
import type { Page } from '@playwright/test';
import { launchChromium, startServer, summarise } from './harness';

const SIZES = (process.env.BENCH_REVIEW_SIZES ?? '1000,10000').split(',').map(Number);
const CLICKS = Number(process.env.BENCH_REVIEW_CLICKS ?? 5);

/** A synthetic wire article: a dateline, then `n` one-sentence quotes by a conflict's person. */
export function syntheticArticle(n: number): string {
  const lines = ['KYIV, March 3, 2025 (Synthetic Wire) — Synthetic text for a benchmark.', ''];
  for (let i = 0; i < n; i++)
    lines.push(`"We will hold position number ${i + 1} whatever it costs," Zelensky said.`);
  return lines.join('\n');
}

export interface ReviewRun {
  n: number;
  facts: number;
  extractS: number;
  clickMs: number[];
  longestTaskMs: number[];
}

/** Click → the card shows its new state → two animation frames later (the frame is painted). */
const CLICK_TO_PAINT = `(index) => new Promise((resolve) => {
  const cards = document.querySelectorAll('[data-testid="fact-card"]');
  const card = cards[index];
  const button = card.querySelector('button[aria-pressed]');
  const tasks = [];
  const obs = new PerformanceObserver((l) => tasks.push(...l.getEntries().map((e) => e.duration)));
  try { obs.observe({ type: 'longtask' }); } catch {}
  const t0 = performance.now();
  button.click();
  const wait = () => {
    if (button.getAttribute('aria-pressed') !== 'true') return requestAnimationFrame(wait);
    requestAnimationFrame(() => requestAnimationFrame(() => {
      const ms = performance.now() - t0;
      setTimeout(() => { obs.disconnect(); resolve({ ms, longest: Math.max(0, ...tasks) }); }, 50);
    }));
  };
  requestAnimationFrame(wait);
})`;

export async function reviewRun(page: Page, url: string, n: number): Promise<ReviewRun> {
  await page.goto(`${url}/ingest`);
  const box = page.getByLabel('Article text');
  await box.evaluate((el: HTMLTextAreaElement, text) => {
    const set = Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value')?.set;
    set?.call(el, text);
    el.dispatchEvent(new Event('input', { bubbles: true }));
  }, syntheticArticle(n));
  const t0 = Date.now();
  await page.getByRole('button', { name: 'Extract facts' }).click();
  await page
    .getByRole('status')
    .filter({ hasText: 'facts drafted' })
    .first()
    .waitFor({ timeout: 600_000 });
  await page.getByTestId('fact-card').first().waitFor();
  const extractS = (Date.now() - t0) / 1000;
  const facts = Number(
    (
      (await page
        .getByText(/^\d+ drafted · /)
        .first()
        .textContent()) ?? ''
    ).match(/^(\d+)/)?.[1] ?? NaN,
  );
  const clickMs: number[] = [];
  const longestTaskMs: number[] = [];
  for (let i = 0; i < CLICKS; i++) {
    const r = (await page.evaluate(`(${CLICK_TO_PAINT})(${i})`)) as {
      ms: number;
      longest: number;
    };
    clickMs.push(r.ms);
    longestTaskMs.push(r.longest);
  }
  return { n, facts, extractS, clickMs, longestTaskMs };
}

async function main() {
  const server = await startServer();
  const browser = await launchChromium();
  try {
    console.log('/ingest review at scale (synthetic article), headless Chromium 1280×800');
    console.log(
      'quotes | facts | extract s | click→paint p50 / max ms | longest task p50 / max ms',
    );
    for (const n of SIZES) {
      const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
      const r = await reviewRun(page, server.url, n);
      await page.close();
      const c = summarise(r.clickMs);
      const t = summarise(r.longestTaskMs);
      console.log(
        `${String(n).padStart(6)} | ${String(r.facts).padStart(5)} | ${r.extractS.toFixed(1).padStart(9)} | ${c.p50.toFixed(0).padStart(9)} / ${c.max.toFixed(0).padStart(5)} | ${t.p50.toFixed(0).padStart(8)} / ${t.max.toFixed(0)}`,
      );
    }
  } finally {
    await browser.close();
    server.stop();
  }
}

if (process.argv[1]?.endsWith('ingest-review.ts')) {
  main().catch((e: unknown) => {
    console.error(e);
    process.exit(1);
  });
}
