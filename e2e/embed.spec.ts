import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect, test, type Page } from './fixtures/test';

// /embed: framed by another site, options from the query string, pinned data versions.
// The "other site" is an article page the test serves itself, from its own little server on
// another port (another origin). It is a real local server: Chromium's local network access
// checks stop a page with no address (e.g. one fulfilled by page.route) framing 127.0.0.1.
let article: Server;
let articleOrigin = '';
const articles = new Map<string, string>();

test.beforeAll(async () => {
  article = createServer((req, res) => {
    const body = articles.get(req.url ?? '');
    res.writeHead(body ? 200 : 404, { 'Content-Type': 'text/html; charset=utf-8' });
    res.end(body ?? 'not found');
  });
  await new Promise<void>((resolve) => article.listen(0, '127.0.0.1', resolve));
  articleOrigin = `http://127.0.0.1:${(article.address() as AddressInfo).port}`;
});
test.afterAll(() => new Promise<void>((resolve) => article.close(() => resolve())));

interface Dataset {
  version: string;
  statements: { id: string; date: { value?: string }; text: string; regions: string[] }[];
}

async function dataset(page: Page): Promise<Dataset> {
  const res = await page.request.get('/data/ukraine/dataset.json');
  expect(res.ok()).toBe(true);
  return (await res.json()) as Dataset;
}

/** Serves an article page on the other origin that frames `src` with the embed code's resize script. */
async function hostPage(page: Page, baseURL: string, src: string, startHeight = 150) {
  const path = `/article-${articles.size}.html`;
  articles.set(
    path,
    `<!doctype html><html><body style="margin:0"><h1>An article</h1>
<iframe id="chart" src="${baseURL}${src}" title="Chart" style="border:0;width:100%;height:${startHeight}px" data-faultline-embed></iframe>
<p>After the chart.</p>
<script async src="${baseURL}/embed/resize.js"></script></body></html>`,
  );
  await page.goto(articleOrigin + path);
}

const iframeHeight = (page: Page) =>
  page.locator('#chart').evaluate((f) => f.getBoundingClientRect().height);

test('a page on another origin frames /embed, and the iframe follows the height of its content', async ({
  page,
  baseURL,
}) => {
  await page.setViewportSize({ width: 800, height: 700 });
  await hostPage(page, baseURL!, '/embed?view=timeline');
  const frame = page.frameLocator('#chart');
  await expect(frame.locator('#embed')).toHaveAttribute('data-ready', 'true');
  const contentHeight = () =>
    frame.locator('html').evaluate((el) => Math.ceil(el.getBoundingClientRect().height));
  await expect.poll(() => iframeHeight(page)).toBeGreaterThan(300);
  expect(Math.abs((await iframeHeight(page)) - (await contentHeight()))).toBeLessThanOrEqual(1);

  // Change the view: select the first item with the keyboard; its detail makes the page taller.
  const before = await iframeHeight(page);
  await frame.locator('.tl-listbox').focus();
  await frame.locator('.tl-listbox').press('Home');
  await frame.locator('.tl-listbox').press('Enter');
  await expect(frame.locator('.tl-detail-source')).toBeVisible();
  await expect.poll(() => iframeHeight(page)).not.toBe(before);
  await expect
    .poll(async () => Math.abs((await iframeHeight(page)) - (await contentHeight())))
    .toBeLessThanOrEqual(1);
});

test('the Share dialog measures the embed at the article column width: pasted, it does not jump, and without JavaScript it is the picture of its date', async ({
  page,
  browser,
}) => {
  // The dialog's preview loads the whole embed in a frame, then the article loads it again.
  test.setTimeout(90_000);
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto('/ukraine?date=2022-03-05');
  await expect(async () => {
    await page.getByRole('button', { name: 'Share & embed' }).click();
    await expect(page.getByTestId('share-dialog')).toBeVisible({ timeout: 1000 });
  }).toPass();
  const dialog = page.getByTestId('share-dialog');
  await dialog.getByLabel('Map', { exact: true }).check();
  await dialog.getByLabel('Article column').fill('640');
  await expect(dialog.getByTestId('start-height')).toHaveText(/^Starts \d+ px tall/, {
    timeout: 30_000,
  });
  const measured = Number(
    /Starts (\d+) px/.exec((await dialog.getByTestId('start-height').textContent())!)![1],
  );
  const code = await dialog.getByLabel('Embed code').inputValue();
  expect(code).toContain(`height:${measured}px`);
  const id = /<iframe id="([^"]+)"/.exec(code)![1]!;

  const path = `/article-${articles.size}.html`;
  articles.set(
    path,
    `<!doctype html><html><body style="margin:0"><div style="width:640px">${code}</div><p>After the chart.</p></body></html>`,
  );
  const reader = await page.context().newPage();
  await reader.setViewportSize({ width: 900, height: 900 });
  await reader.goto(articleOrigin + path);
  const chart = reader.locator(`#${id}`);
  const height = () => chart.evaluate((f) => Math.round(f.getBoundingClientRect().height));
  await expect(reader.frameLocator(`#${id}`).locator('#embed')).toHaveAttribute(
    'data-ready',
    'true',
  );
  await reader.waitForTimeout(1500);
  // Settled where it started: the embed's own height differs by at most a few pixels.
  expect(Math.abs((await height()) - measured)).toBeLessThanOrEqual(4);
  await reader.close();

  // A reader without JavaScript gets the built picture of the map on that date, linked.
  const noJs = await browser.newContext({ javaScriptEnabled: false });
  const still = await noJs.newPage();
  await still.goto(articleOrigin + path);
  await expect(still.locator(`#${id}`)).toBeHidden();
  const img = still.locator('noscript img');
  await expect(img).toBeVisible();
  expect(new URL((await img.getAttribute('src'))!).pathname).toBe('/ukraine/og/2022-03-01.png');
  await expect
    .poll(() => img.evaluate((i: HTMLImageElement) => i.complete && i.naturalWidth))
    .toBe(1200);
  await expect(img).toHaveAttribute('alt', /as of 5 March 2022/);
  await noJs.close();
});

test('in the dark theme the base map darkens and the data colours stay', async ({ page }) => {
  const ground = () =>
    page.evaluate(() => {
      const sea = document.querySelector('#fe-map .cm-sea, #fe-first-paint .cm-sea');
      const land = document.querySelector('#fe-map .cm-neighbours, #fe-first-paint .cm-neighbours');
      const zap = document.querySelector(
        '#fe-map [data-region="UA-23"], #fe-first-paint [data-region="UA-23"]',
      );
      return [sea, land, zap].map((el) => (el ? getComputedStyle(el).fill : null));
    });
  await page.goto('/embed?view=map&date=2025-01-21');
  await expect(page.locator('#embed')).toHaveAttribute('data-ready', 'true');
  const light = await ground();
  expect(light.slice(0, 2)).toEqual(['rgb(214, 230, 242)', 'rgb(236, 236, 236)']);
  await page.goto('/embed?view=map&date=2025-01-21&theme=dark');
  await expect(page.locator('#embed')).toHaveAttribute('data-ready', 'true');
  const dark = await ground();
  expect(dark.slice(0, 2)).toEqual(['rgb(28, 41, 53)', 'rgb(43, 48, 57)']);
  // The region's own fill (its share of control) is the same on either ground.
  expect(dark[2]).toBe(light[2]);
});

test('on a phone the key is no taller than the map, in few words, and explains itself on request', async ({
  page,
}) => {
  await page.setViewportSize({ width: 375, height: 800 });
  await page.goto('/embed?view=map&date=2022-09-30');
  await expect(page.locator('#embed')).toHaveAttribute('data-ready', 'true');
  const height = (sel: string) =>
    page.locator(sel).evaluate((el) => el.getBoundingClientRect().height);
  expect(await height('#fe-legend')).toBeLessThanOrEqual(await height('#fe-map-wrap .cm-frame'));
  const stale = page.locator('#fe-legend li[data-legend="stale"]');
  await expect(stale.locator('.cm-legend-short')).toBeVisible();
  await expect(stale.locator('.cm-legend-short')).toHaveText('lines: over 12 months old');
  // The full words stay for a screen reader, and show on "What the symbols mean".
  await expect(stale).toContainText('Lines across: the figure is more than 12 months old');
  await expect(stale.locator('.cm-legend-long')).not.toBeInViewport();
  const more = page.getByRole('button', { name: 'What the symbols mean' });
  await more.click();
  await expect(more).toHaveAttribute('aria-expanded', 'true');
  await expect(stale.locator('.cm-legend-long')).toBeInViewport();
  await expect(stale.locator('.cm-legend-short')).toBeHidden();
  // A wide frame shows the full words and no button.
  await page.setViewportSize({ width: 760, height: 800 });
  await expect(more).toBeHidden();
  await expect(stale.locator('.cm-legend-short')).toBeHidden();
});

test('resize.js applies only height messages that come from the iframe itself', async ({
  page,
  baseURL,
}) => {
  await hostPage(page, baseURL!, '/embed?view=map&renderer=svg', 222);
  await expect(page.frameLocator('#chart').locator('#embed')).toHaveAttribute('data-ready', 'true');
  await expect.poll(() => iframeHeight(page)).toBeGreaterThan(300);
  const real = await iframeHeight(page);
  // The article page posting to itself is not the iframe: its message is ignored, and so is
  // a message of another shape.
  await page.evaluate(() => {
    window.postMessage({ type: 'faultline:embed-height', height: 999, src: 'x' }, '*');
    window.postMessage({ type: 'other', height: 5 }, '*');
  });
  await page.waitForTimeout(300);
  expect(await iframeHeight(page)).toBe(real);
});

test('/embed may be framed by any site; / only by itself', async ({ request }) => {
  test.skip(
    process.env.E2E_TARGET === 'static',
    'headers come from the static host (public/_headers)',
  );
  const embed = (await request.get('/embed')).headers();
  expect(embed['content-security-policy']).toContain('frame-ancestors *');
  expect(embed['x-frame-options']).toBeUndefined();
  expect(embed['content-type']).toContain('text/html');
  const home = (await request.get('/')).headers();
  expect(home['x-frame-options']).toBe('SAMEORIGIN');
});

test(
  'view=map shows the map only; view=timeline shows the timeline and never loads maplibre',
  { tag: '@static' },
  async ({ page }) => {
    await page.goto('/embed?view=map&renderer=svg');
    await expect(page.locator('#embed')).toHaveAttribute('data-ready', 'true');
    await expect(page.locator('.fe-map')).toBeVisible();
    await expect(page.locator('.fe-timeline')).toBeHidden();
    await expect(page.locator('.cm-label[data-region="UA-14"]')).toBeVisible();

    const scripts: string[] = [];
    page.on('request', (r) => scripts.push(r.url()));
    await page.goto('/embed?view=timeline');
    await expect(page.locator('#embed')).toHaveAttribute('data-ready', 'true');
    await expect(page.locator('.fe-map')).toBeHidden();
    await expect(page.locator('.fe-timeline .tl-svg')).toBeVisible();
    expect(scripts.filter((u) => /maplibre/i.test(u))).toEqual([]);
    // No React or Next runtime either.
    expect(scripts.filter((u) => /_next\//.test(u))).toEqual([]);
  },
);

test(
  'date, region, statement, theme and controls options take effect',
  { tag: '@static' },
  async ({ page }) => {
    const data = await dataset(page);
    const st = data.statements.find(
      (s) => s.date.value?.length === 10 && s.regions.includes('UA-43'),
    )!;
    await page.goto(
      `/embed?view=both&renderer=svg&date=2022-03-01&region=UA-14&theme=dark&controls=0`,
    );
    await expect(page.locator('#embed')).toHaveAttribute('data-ready', 'true');
    await expect(page.locator('#fe-date')).toHaveText('1 March 2022');
    await expect(page.locator('#fe-date')).toHaveAttribute('datetime', '2022-03-01');
    await expect(page.locator('.cm-label[data-region="UA-14"]')).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    const bg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(bg).toBe('rgb(20, 23, 28)');
    await expect(page.locator('#fe-controls')).toBeHidden();
    await expect(page.locator('#fe-open')).toHaveAttribute(
      'href',
      '/ukraine?date=2022-03-01&region=UA-14',
    );

    await page.goto(`/embed?statement=${st.id}&renderer=svg`);
    await expect(page.locator('#embed')).toHaveAttribute('data-ready', 'true');
    // The statement is shown in full with its source, and the date moves to it.
    await expect(page.locator('.tl-detail-text')).toContainText(st.text.slice(0, 30));
    await expect(page.locator('.tl-detail-source')).toContainText('Source:');
    await expect(page.locator('#fe-date')).toHaveAttribute('datetime', st.date.value!);
    await expect(page.locator('#fe-controls')).toBeVisible();
    await expect(page.locator('#fe-open')).toHaveAttribute('href', new RegExp(`item=${st.id}`));

    // Readers may change the date: the map and the "as of" line follow.
    await page.locator('#fe-date-input').fill('2015-06-01');
    await page.locator('#fe-date-input').dispatchEvent('change');
    await expect(page.locator('#fe-date')).toHaveText('1 June 2015');
  },
);

test('garbage and unknown options are ignored', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(
    '/embed?view=globe&date=2022-02-30&region=%3Cscript%3E&statement=nobody&theme=neon&controls=maybe&v=..%2F..&zoom=9&renderer=svg',
  );
  await expect(page.locator('#embed')).toHaveAttribute('data-ready', 'true');
  await expect(page.locator('.fe-map')).toBeVisible();
  await expect(page.locator('.fe-timeline')).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
  await expect(page.locator('#fe-controls')).toBeVisible();
  await expect(page.locator('#fe-date')).toHaveAttribute('datetime', '2025-01-21');
  await expect(page.locator('.cm-label[aria-pressed="true"]')).toHaveCount(0);
  expect(errors).toEqual([]);
});

test(
  'v= loads the pinned release; a missing one falls back to the latest and says so',
  { tag: '@static' },
  async ({ page }) => {
    const data = await dataset(page);
    const fetched: string[] = [];
    page.on('request', (r) => fetched.push(new URL(r.url()).pathname));
    await page.goto(`/embed?view=timeline&v=${data.version}`);
    await expect(page.locator('#embed')).toHaveAttribute('data-ready', 'true');
    expect(fetched).toContain(`/data/ukraine/v/${data.version}.json`);
    await expect(page.locator('#fe-notice')).toBeHidden();

    await page.goto('/embed?view=timeline&v=000000000000');
    await expect(page.locator('#embed')).toHaveAttribute('data-ready', 'true');
    await expect(page.locator('#fe-notice')).toBeVisible();
    await expect(page.locator('#fe-notice')).toContainText('pinned to data version 000000000000');
    await expect(page.locator('#fe-notice')).toContainText(`latest data (version ${data.version})`);
  },
);

test(
  'without JavaScript the embed shows the map as static SVG with its legend and attribution',
  { tag: '@static' },
  async ({ browser, baseURL }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${baseURL}/embed`);
    await expect(page.locator('#fe-first-paint svg [data-region="UA-43"]')).toHaveCount(1);
    await expect(page.locator('.cm-legend')).toContainText('Share of the region held by Russia');
    await expect(page.locator('.fe-attribution')).toContainText('OpenStreetMap contributors');
    await expect(page.locator('.fe-noscript').first()).toBeVisible();
    await context.close();
  },
);

test('the map embed downloads its map as PNG and SVG, named after dataset, view and date', async ({
  page,
}) => {
  await page.goto('/embed?view=map&date=2022-03-01&renderer=svg');
  await expect(page.locator('#embed')).toHaveAttribute('data-ready', 'true');
  const [png] = await Promise.all([page.waitForEvent('download'), page.locator('#fe-png').click()]);
  expect(png.suggestedFilename()).toBe('faultline-ukraine-map-2022-03-01.png');
  const [svg] = await Promise.all([page.waitForEvent('download'), page.locator('#fe-svg').click()]);
  expect(svg.suggestedFilename()).toBe('faultline-ukraine-map-2022-03-01.svg');
});

test('the timeline embed downloads the timeline as shown as SVG, with its sources', async ({
  page,
}) => {
  await page.goto('/embed?view=timeline&date=2022-03-01');
  await expect(page.locator('#embed')).toHaveAttribute('data-ready', 'true');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: /Download the timeline as shown/ }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('faultline-ukraine-timeline-2022-03-01.svg');
  const svg = readFileSync((await download.path())!, 'utf8');
  expect(svg).toMatch(/^<svg [^>]*xmlns="http:\/\/www.w3.org\/2000\/svg"/);
  expect(svg).toContain('statements and events');
  expect(svg).toContain('data-id="st-2014-03-18-joe-biden"');
  expect(svg).toContain('/data</text>');
});

test('the embed has no serious accessibility violations, light or dark', async ({ page }) => {
  // Two full axe scans of a page with hundreds of SVG nodes: 24 s seen on a busy 2-core machine.
  test.setTimeout(90_000);
  const { default: AxeBuilder } = await import('@axe-core/playwright');
  for (const q of ['?renderer=svg', '?renderer=svg&theme=dark&statement=st-2014-03-18-joe-biden']) {
    await page.goto(`/embed${q}`);
    await expect(page.locator('#embed')).toHaveAttribute('data-ready', 'true');
    const result = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
      .analyze();
    const blocking = result.violations.filter(
      (v) => v.impact === 'serious' || v.impact === 'critical',
    );
    expect(
      blocking.map(
        (v) =>
          `${v.id}: ${v.nodes
            .slice(0, 3)
            .map((n) => n.target.join(' '))
            .join(', ')}`,
      ),
    ).toEqual([]);
  }
});

test.describe('with the default renderer', () => {
  test.use({ mapRenderer: 'auto' });
  test('an embed in an article loads the live map only when the reader reaches for it', async ({
    page,
    baseURL,
  }) => {
    await page.setViewportSize({ width: 800, height: 700 });
    const path = `/article-${articles.size}.html`;
    articles.set(
      path,
      `<!doctype html><html><body style="margin:0"><h1>A long article</h1><div style="height:4000px">Text.</div>
  <iframe id="chart" src="${baseURL}/embed?view=map" title="Chart" style="border:0;width:100%;height:600px"></iframe></body></html>`,
    );
    const workers: string[] = [];
    page.on('request', (r) => r.url().includes('maplibre-gl-worker') && workers.push(r.url()));
    await page.goto(articleOrigin + path);
    const frame = page.frameLocator('#chart');
    // The embed itself is ready (data, first paint, labels) without the live map.
    await expect(frame.locator('.cm-label[data-region="UA-43"]')).not.toHaveAttribute(
      'hidden',
      /.*/,
    );
    await page.waitForTimeout(1000);
    await expect(frame.locator('#fe-map')).not.toHaveAttribute('data-renderer', /.*/);
    expect(workers).toEqual([]);
    // Scrolled into view it is still the picture, shaded, with its labels: read, not used.
    await page.locator('#chart').scrollIntoViewIfNeeded();
    await expect(frame.locator('#embed')).toHaveAttribute('data-ready', 'true');
    await page.waitForTimeout(1000);
    await expect(frame.locator('#fe-map')).not.toHaveAttribute('data-renderer', /.*/);
    expect(workers).toEqual([]);
    // The pointer on the map starts it.
    await frame.locator('#fe-map').hover();
    await expect(frame.locator('#fe-map')).toHaveAttribute('data-renderer', 'webgl', {
      timeout: 20_000,
    });
    expect(workers.length).toBeGreaterThan(0);
  });

  test('its downloads work before the live map started, without starting it', async ({ page }) => {
    const workers: string[] = [];
    page.on('request', (r) => r.url().includes('maplibre-gl-worker') && workers.push(r.url()));
    await page.goto('/embed?view=map&date=2022-03-01');
    await expect(page.locator('#embed')).toHaveAttribute('data-ready', 'true');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.locator('#fe-svg').click(),
    ]);
    expect(download.suggestedFilename()).toBe('faultline-ukraine-map-2022-03-01.svg');
    const svg = readFileSync((await download.path())!, 'utf8');
    expect(svg).toContain('data-region="UA-65"');
    await expect(page.locator('#fe-map')).not.toHaveAttribute('data-renderer', /.*/);
    expect(workers).toEqual([]);
  });
});

test('a timeline embed without JavaScript shows the timeline’s built picture, and its code carries it', async ({
  page,
  browser,
  request,
}) => {
  for (const id of ['ukraine', 'sudan', 'gaza']) {
    const res = await request.get(`/${id}/og/timeline.png`);
    expect(res.status(), id).toBe(200);
    expect(res.headers()['content-type'], id).toBe('image/png');
  }
  const noJs = await browser.newContext({ javaScriptEnabled: false });
  const still = await noJs.newPage();
  await still.goto('/embed?view=timeline');
  const img = still.locator('img.fe-noscript-picture');
  await expect(img).toBeVisible();
  await expect(img).toHaveAttribute('alt', /statements and events per year/);
  await expect
    .poll(() => img.evaluate((i: HTMLImageElement) => i.complete && i.naturalWidth))
    .toBe(1200);
  await noJs.close();

  await page.goto('/ukraine');
  await expect(async () => {
    await page.getByRole('button', { name: 'Share & embed' }).click();
    await expect(page.getByTestId('share-dialog')).toBeVisible({ timeout: 1000 });
  }).toPass();
  const dialog = page.getByTestId('share-dialog');
  await dialog.getByLabel('Timeline', { exact: true }).check();
  await expect(dialog.getByLabel('Embed code')).toHaveValue(
    /<noscript>.*<img src="[^"]*\/ukraine\/og\/timeline\.png" alt="[^"]*statements and events per year/s,
  );
});

test('in a 320 px frame the key lists only what the map draws and stays shorter than the map', async ({
  page,
}) => {
  await page.setViewportSize({ width: 320, height: 700 });
  await page.goto('/embed?view=map&date=2025-01-21');
  await expect(page.locator('#embed')).toHaveAttribute('data-ready', 'true');
  const legend = page.locator('#fe-legend');
  const box = async (sel: string) => (await page.locator(sel).boundingBox())!.height;
  // The key without its button, against the map's frame.
  const keyHeight = await legend.evaluate((el) => {
    const more = el.querySelector('.cm-legend-more')!.getBoundingClientRect();
    return more.top - el.getBoundingClientRect().top;
  });
  expect(keyHeight).toBeLessThan(await box('#fe-map-wrap .cm-frame'));
  // (the share scale is a scale: all its steps stay)
  const hidden = legend.locator(':is(.cm-legend-words, .cm-legend-marks) li[data-drawn="false"]');
  expect(await hidden.count()).toBeGreaterThan(0);
  await expect(hidden.first()).toBeHidden();
  // Drawn entries stay; "What the symbols mean" shows every entry, in full words.
  await expect(legend.locator('.cm-legend-words li[data-drawn="true"]').first()).toBeVisible();
  await page.getByRole('button', { name: 'What the symbols mean' }).click();
  await expect(hidden.first()).toBeVisible();
  // Another date draws other things, and the key follows it.
  const drawnNow = () =>
    legend
      .locator('li[data-drawn="true"]')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-legend')).join(' '));
  const at2025 = await drawnNow();
  await page.goto('/embed?view=map&date=2014-03-20');
  await expect(page.locator('#embed')).toHaveAttribute('data-ready', 'true');
  expect(await drawnNow()).not.toBe(at2025);
});

test('an embed code’s picture of a day that is no longer a picture day still shows, the picture of that day', async ({
  request,
}) => {
  test.skip(process.env.E2E_TARGET === 'static', 'a static host has only the built pictures');
  // 19 Mar 2014 lies between two picture days (the map did not change on it).
  const res = await request.get('/ukraine/og/2014-03-19.png', { maxRedirects: 0 });
  expect(res.status()).toBe(307);
  const to = res.headers()['location']!;
  expect(to).toMatch(/^\/ukraine\/og\/2014-0[23]-\d\d\.png$/);
  expect(to < '/ukraine/og/2014-03-19.png').toBe(true);
  const picture = await request.get(to);
  expect(picture.status()).toBe(200);
  expect(picture.headers()['content-type']).toBe('image/png');
  // Cross-origin pages may show it, as the drawn pictures.
  expect(res.headers()['cross-origin-resource-policy']).toBe('cross-origin');
});
