import { expect, test, type Page } from '@playwright/test';
import { reachMap } from './fixtures/map-page';

// Faults: the GPU goes away, JavaScript is off, a data file the page fetches is missing or
// broken. The page stays readable and keeps its state; it is never blank.

const map = (page: Page) => page.getByTestId('control-map');
const label = (page: Page, id: string) => map(page).locator(`.cm-label[data-region="${id}"]`);

test('a lost WebGL context hands over to the SVG map with the same date, selection and figures', async ({
  page,
}) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto('/ukraine?date=2025-01-21');
  await reachMap(page);
  await expect(map(page)).toHaveAttribute('data-renderer', 'webgl', { timeout: 20_000 });
  await expect(map(page)).toHaveAttribute('data-ready', 'true');
  await label(page, 'UA-23').click();
  await expect(label(page, 'UA-23')).toHaveAttribute('aria-pressed', 'true');
  await expect(page).toHaveURL(/region=UA-23/);

  const lost = await page.evaluate(() => {
    const canvas = document.querySelector<HTMLCanvasElement>('[data-testid="control-map"] canvas');
    const gl = canvas?.getContext('webgl2') ?? canvas?.getContext('webgl');
    const ext = gl?.getExtension('WEBGL_lose_context');
    ext?.loseContext();
    return !!ext;
  });
  expect(lost).toBe(true);

  await expect(map(page)).toHaveAttribute('data-renderer', 'svg', { timeout: 10_000 });
  await expect(map(page).locator('svg [data-region]')).toHaveCount(27);
  await expect(map(page).locator('canvas')).toHaveCount(0);
  // Same state: the date, the selected region, and its figure.
  await expect(page.locator('.as-of time')).toHaveAttribute('datetime', '2025-01-21');
  await expect(label(page, 'UA-23')).toHaveAttribute('aria-pressed', 'true');
  await expect(label(page, 'UA-23')).toContainText('>70%');
  await expect(map(page).locator('svg [data-region="UA-23"]')).toHaveClass(/cm-selected/);
  expect(errors).toEqual([]);
});

test('without WebGL the SVG map opens on the linked state from the URL', async ({ page }) => {
  await page.addInitScript(() => {
    const original = HTMLCanvasElement.prototype.getContext;
    HTMLCanvasElement.prototype.getContext = function (
      this: HTMLCanvasElement,
      type: string,
      ...rest: unknown[]
    ) {
      if (/webgl/i.test(type)) return null;
      return (
        original as (this: HTMLCanvasElement, t: string, ...r: unknown[]) => RenderingContext | null
      ).call(this, type, ...rest);
    } as typeof original;
  });
  await page.goto('/ukraine?date=2014-03-20&region=UA-43');
  await expect(map(page)).toHaveAttribute('data-renderer', 'svg', { timeout: 20_000 });
  await expect(page.locator('.as-of time')).toHaveAttribute('datetime', '2014-03-20');
  await expect(label(page, 'UA-43')).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByTestId('region-panel')).toContainText('Crimea');
});

test.describe('JavaScript disabled', () => {
  test.use({ javaScriptEnabled: false });

  test(
    '/ shows the title, the date and the server-drawn map with its legend',
    { tag: '@static' },
    async ({ page }) => {
      await page.goto('/ukraine?date=2025-01-21');
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Russia–Ukraine war');
      await expect(page.getByText('As of 21 January 2025').first()).toBeVisible();
      const svg = page.locator('.cm-first-paint svg');
      await expect(svg).toBeVisible();
      await expect(svg.locator('[data-region]')).toHaveCount(27);
      await expect(page.getByText('Share of the region held by Russia')).toBeVisible();
      await expect(page.getByText(/Boundaries © OpenStreetMap contributors/)).toBeVisible();
    },
  );

  test('/data lists every statement with its source as plain HTML tables', async ({ page }) => {
    await page.goto('/ukraine/data');
    const tables = page.locator('table');
    expect(await tables.count()).toBeGreaterThanOrEqual(3);
    await expect(page.locator('table caption').first()).toBeVisible();
    const rows = await page.locator('table tbody tr').count();
    expect(rows).toBeGreaterThan(100);
    await expect(
      page
        .getByText('The most important thing here is to eliminate the root causes of the crisis')
        .first(),
    ).toBeVisible();
  });
});

for (const [name, fulfil] of [
  ['missing (404)', { status: 404, body: 'not found' }],
  [
    'malformed',
    {
      status: 200,
      contentType: 'application/json',
      body: '{"type": "FeatureCollection", "features": [',
    },
  ],
  [
    'not GeoJSON',
    { status: 200, contentType: 'application/json', body: '"<script>window.__pwned = 1</script>"' },
  ],
] as const) {
  test(`a ${name} boundary file leaves the server-drawn map and a working page, not a blank one`, async ({
    page,
  }) => {
    await page.route('**/data/ukraine/regions.geojson', (route) => route.fulfill(fulfil));
    await page.goto('/ukraine?date=2025-01-21');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Russia–Ukraine war');
    // The first-paint SVG stays in place and keeps its shading.
    const svg = page.locator('.cm-first-paint svg');
    await expect(svg).toBeVisible();
    await expect(svg.locator('[data-region]')).toHaveCount(27);
    await expect(svg.locator('[data-region="UA-43"]')).toHaveAttribute('fill', '#6b0000');
    // The rest of the explorer still works.
    await expect(page.locator('.tl-zoom-surface').first()).toBeVisible({ timeout: 15_000 });
    expect(
      await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned),
    ).toBeUndefined();
  });
}

// A map worker that never starts (blocked, or a proxy that eats it) leaves maplibre without
// tiles: the shaded SVG map takes over within seconds and says why.
for (const path of ['/ukraine?date=2025-01-21', '/embed?view=map&date=2025-01-21']) {
  test(`a blocked map worker hands ${path.split('?')[0]} over to the shaded SVG map, with the reason`, async ({
    page,
  }) => {
    await page.route('**/maplibre-gl-worker.mjs', (route) => route.abort());
    await page.goto(path);
    const host = path.startsWith('/embed') ? page.locator('#fe-map') : map(page);
    // The live map starts when the reader reaches for it.
    await reachMap(page, host);
    // Within 5 s of the map starting (plus the time to fetch and start it on a busy machine).
    await expect(host).toHaveAttribute('data-renderer', 'svg', { timeout: 12_000 });
    await expect(host.locator('svg [data-region]')).toHaveCount(27);
    await expect(host.locator('svg [data-region="UA-43"]')).toHaveAttribute('fill', '#6b0000');
    await expect(host.locator('canvas')).toHaveCount(0);
    await expect(page.getByText(/Simple map: the interactive map did not start/)).toBeVisible();
  });
}

test.describe('JavaScript disabled on the explorer', () => {
  test.use({ javaScriptEnabled: false });

  test(
    '/ says the timeline and controls need JavaScript and hides the controls that cannot work',
    { tag: '@static' },
    async ({ page }) => {
      await page.goto('/ukraine?date=2014-03-20');
      // (getByText does not look inside <noscript>.)
      const note = page.locator('.noscript-note');
      await expect(note).toBeVisible();
      await expect(note).toContainText('The timeline and controls need JavaScript');
      await expect(page.getByRole('button', { name: 'Play' })).toBeHidden();
      await expect(page.getByRole('slider')).toBeHidden();
      await expect(page.getByText('Export', { exact: true })).toBeHidden();
      await expect(page.getByRole('button', { name: 'Download map (SVG)' })).toBeHidden();
      // A static host cannot apply the link's date: the page says which date it shows
      // instead. `next start` draws the link's date.
      await expect(note).toContainText(
        process.env.E2E_TARGET === 'static'
          ? 'The map shows 21 January 2025'
          : 'The map shows 20 March 2014',
      );
    },
  );
});

// Every chunk (scripts and stylesheets), or the scripts alone with the page styled.
for (const [what, pattern] of [
  ['every chunk', '**/_next/static/chunks/**'],
  ['the scripts', '**/_next/static/chunks/**/*.js'],
] as const) {
  test(`when ${what} of the app fail to load, the explorer says so`, async ({ page }) => {
    await page.route(pattern, (route) => route.abort());
    await page.goto('/ukraine');
    const failed = page.getByText(/The explorer’s scripts did not load/);
    await expect(failed).toBeVisible({ timeout: 15_000 });
    // With its stylesheet the page shows one sentence, not both.
    if (what === 'the scripts') await expect(page.getByText(/Loading the explorer/)).toBeHidden();
  });
}

test('a slow ?date= link says it is loading and never shows another date’s map as its own', async ({
  page,
}) => {
  // The app's scripts and the boundary file arrive late, as on a slow network.
  await page.route('**/_next/static/chunks/**', async (route) => {
    await new Promise((r) => setTimeout(r, 1500));
    await route.continue();
  });
  let releaseRegions = () => {};
  const regionsHeld = new Promise<void>((r) => (releaseRegions = r));
  await page.route('**/data/ukraine/regions.geojson', async (route) => {
    await regionsHeld;
    await route.continue();
  });
  await page.goto('/ukraine?date=2014-03-20', { waitUntil: 'commit' });
  await expect(page.getByText(/Loading the explorer/)).toBeVisible();
  // Once the scripts run, the date is the link's and the first-paint map is shaded for it
  // (Zaporizhzhia: nothing reported in March 2014), even before the live map has its data.
  await expect(page.locator('.as-of time')).toHaveAttribute('datetime', '2014-03-20', {
    timeout: 15_000,
  });
  await expect(page.getByText(/Loading the explorer/)).toBeHidden();
  const fill = (id: string) =>
    page.locator(`.cm-first-paint svg [data-region="${id}"]`).getAttribute('fill');
  const lviv = await fill('UA-46');
  await expect.poll(() => fill('UA-23')).toBe(lviv);
  releaseRegions();
});
