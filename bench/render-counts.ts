/**
 * npm run bench:renders — how many times each view re-renders per date change. Opens `/`
 * with render counting on, moves the date 20 days by keyboard, and prints renders per change
 * for each counted component. Views that do not depend on the date should show 0.
 */
import { launchChromium, startServer } from './harness';

export async function measureRenderCounts(changes = 20): Promise<Record<string, number>> {
  const server = await startServer();
  const browser = await launchChromium();
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.addInitScript(() => {
      window.__FAULTLINE_COUNT_RENDERS__ = true;
    });
    await page.goto(
      `${server.url}/ukraine?date=2022-03-01&item=st-2025-01-20-putin-root-causes&region=UA-14`,
      { waitUntil: 'load' },
    );
    await page.waitForTimeout(1000);
    await page.evaluate(() => {
      window.__faultlineRenders = {};
    });
    const slider = page.getByRole('slider', { name: 'As of date' });
    await slider.focus();
    for (let i = 0; i < changes; i++) {
      await page.keyboard.press('ArrowRight');
      await page.waitForTimeout(30);
    }
    await page.waitForTimeout(800);
    const counts = await page.evaluate(() => window.__faultlineRenders ?? {});
    return Object.fromEntries(Object.entries(counts).map(([k, v]) => [k, v / changes]));
  } finally {
    await browser.close();
    server.stop();
  }
}

async function main() {
  const perChange = await measureRenderCounts();
  console.log('renders per date change (20 changes):');
  for (const [name, n] of Object.entries(perChange).sort())
    console.log(`  ${name.padEnd(14)} ${n.toFixed(2)}`);
}

if (process.argv[1]?.endsWith('render-counts.ts')) void main();
