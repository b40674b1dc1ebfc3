import { readFileSync } from 'node:fs';
import { expect, test, type Download, type Page } from '@playwright/test';
import { parseCsvRecords } from '../lib/export/csv';
import { fromTimelineJs } from '../lib/import/timelinejs';
import type { ConflictEvent, Statement } from '../lib/schema';

// Exports from the explorer: PNG, SVG, visible facts as CSV and JSON, TimelineJS JSON.

async function exportFile(page: Page, kind: string): Promise<{ download: Download; path: string }> {
  const menu = page.getByTestId('export-menu');
  if (!(await menu.evaluate((d) => (d as HTMLDetailsElement).open)))
    await menu.locator('summary').click();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    menu.locator(`[data-export="${kind}"]`).click(),
  ]);
  const path = await download.path();
  return { download, path };
}

async function shownCount(page: Page): Promise<number> {
  const text = await page.locator('.filters summary').innerText();
  const m = text.match(/\((\d+) of \d+ shown\)/);
  expect(m).not.toBeNull();
  return Number(m![1]);
}

test('PNG export: 2× picture with the map drawn, named after dataset, view and date', async ({
  page,
}) => {
  await page.goto('/ukraine?date=2023-06-01');
  const { download, path } = await exportFile(page, 'png');
  expect(download.suggestedFilename()).toBe('faultline-ukraine-map-2023-06-01.png');
  const png = readFileSync(path);
  expect(png.subarray(1, 4).toString()).toBe('PNG');
  // IHDR: width and height, big-endian, at bytes 16 and 20.
  // 1200 CSS px wide at 2×; as tall as its legend needs (at least 940 px).
  expect(png.readUInt32BE(16)).toBe(2400);
  expect(png.readUInt32BE(20)).toBeGreaterThanOrEqual(1880);
  // The map area is not blank: read the picture back in the browser and count its colours.
  const stats = await page.evaluate(async (b64) => {
    const img = new Image();
    img.src = `data:image/png;base64,${b64}`;
    await img.decode();
    const c = document.createElement('canvas');
    c.width = img.width;
    c.height = img.height;
    const ctx = c.getContext('2d')!;
    ctx.drawImage(img, 0, 0);
    // The map box is x 32–848, y 104–648 in CSS px: 2× in the file.
    const d = ctx.getImageData(64, 208, 1632, 1088).data;
    const colours = new Set<number>();
    let white = 0;
    for (let i = 0; i < d.length; i += 4 * 97) {
      colours.add((d[i]! << 16) | (d[i + 1]! << 8) | d[i + 2]!);
      if (d[i]! > 250 && d[i + 1]! > 250 && d[i + 2]! > 250) white++;
    }
    return { colours: colours.size, whiteShare: white / (d.length / (4 * 97)) };
  }, png.toString('base64'));
  expect(stats.colours).toBeGreaterThan(12);
  expect(stats.whiteShare).toBeLessThan(0.5);
});

test(
  'SVG export is a standalone SVG of the map with its title, date, legend, sources and credit',
  { tag: '@static' },
  async ({ page }) => {
    await page.goto('/ukraine?date=2023-06-01');
    const { download, path } = await exportFile(page, 'svg');
    expect(download.suggestedFilename()).toBe('faultline-ukraine-map-2023-06-01.svg');
    const svg = readFileSync(path, 'utf8');
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expect(svg).toContain('data-region="UA-14"');
    for (const text of [
      'Russia–Ukraine war',
      'Control as of 1 June 2023',
      'Share of the region held by',
      'No recent figure',
      'cited sources',
      '/ukraine/data',
      'OpenStreetMap contributors',
    ])
      expect(svg).toContain(text);
  },
);

test('CSV and JSON exports hold exactly the visible facts', async ({ page }) => {
  await page.goto('/ukraine?date=2023-06-01&speakers=vladimir-putin');
  // The link's filter applies once the page has read its URL: wait for the count to narrow.
  await expect(page.locator('.filters summary')).not.toContainText(/\((\d+) of \1 shown\)/);
  const shown = await shownCount(page);
  expect(shown).toBeGreaterThan(0);

  const csv = await exportFile(page, 'csv');
  expect(csv.download.suggestedFilename()).toBe('faultline-ukraine-facts-2023-06-01.csv');
  const rows = parseCsvRecords(readFileSync(csv.path, 'utf8'));
  const timelineRows = rows.filter((r) => r.table === 'statements' || r.table === 'events');
  expect(timelineRows).toHaveLength(shown);
  expect(
    rows.filter((r) => r.table === 'statements').every((r) => r.speaker_id === 'vladimir-putin'),
  ).toBe(true);
  const controlRows = rows.filter((r) => r.table === 'control');
  expect(controlRows.length).toBeGreaterThan(0);
  for (const r of rows) expect(r.source_publisher).not.toBe('');
  // Each control figure is on or before the "as of" date.
  for (const r of controlRows) expect((r.date_sort ?? '') <= '2023-06-01').toBe(true);

  const json = await exportFile(page, 'json');
  expect(json.download.suggestedFilename()).toBe('faultline-ukraine-facts-2023-06-01.json');
  const doc = JSON.parse(readFileSync(json.path, 'utf8')) as {
    asOf: string;
    statements: { id: string }[];
    events: { id: string }[];
    control: { id: string }[];
  };
  expect(doc.asOf).toBe('2023-06-01');
  expect([...doc.statements, ...doc.events].map((f) => f.id).sort()).toEqual(
    timelineRows.map((r) => r.id).sort(),
  );
  expect(doc.control.map((f) => f.id).sort()).toEqual(controlRows.map((r) => r.id).sort());
});

const TIMELINEJS = {
  document: ['title', 'events', 'eras', 'scale'],
  slide: [
    'start_date',
    'end_date',
    'text',
    'group',
    'display_date',
    'unique_id',
    'media',
    'background',
    'autolink',
  ],
  date: [
    'year',
    'month',
    'day',
    'hour',
    'minute',
    'second',
    'millisecond',
    'display_date',
    'format',
  ],
};

test('TimelineJS export uses TimelineJS field names and imports back losslessly', async ({
  page,
}) => {
  await page.goto('/ukraine');
  const shown = await shownCount(page);
  const { download, path } = await exportFile(page, 'timelinejs');
  expect(download.suggestedFilename()).toBe(
    'faultline-ukraine-timeline-2025-01-21.timelinejs.json',
  );
  const doc = JSON.parse(readFileSync(path, 'utf8')) as {
    events: Record<string, unknown>[];
    faultline: { undated: unknown[] };
  } & Record<string, unknown>;
  // Only TimelineJS's own fields, plus the one extension key TimelineJS ignores.
  for (const k of Object.keys(doc)) expect([...TIMELINEJS.document, 'faultline']).toContain(k);
  expect(doc.events.length).toBeGreaterThan(50);
  for (const slide of doc.events) {
    for (const k of Object.keys(slide)) expect([...TIMELINEJS.slide, 'faultline']).toContain(k);
    const start = slide.start_date as Record<string, unknown>;
    expect(typeof start.year).toBe('number');
    for (const k of Object.keys(start)) expect(TIMELINEJS.date).toContain(k);
    const text = slide.text as Record<string, unknown>;
    expect(Object.keys(text).sort()).toEqual(['headline', 'text']);
    expect(typeof slide.unique_id).toBe('string');
    expect(typeof slide.group).toBe('string');
  }
  expect(doc.events.length + doc.faultline.undated.length).toBe(shown);

  // Imports back to exactly the facts the app holds.
  const back = fromTimelineJs(doc, { sourceId: 'x' });
  expect(back.problems).toEqual([]);
  const data = (await (await page.request.get('/data/ukraine/dataset.json')).json()) as {
    statements: Statement[];
    events: ConflictEvent[];
  };
  const byId = <T extends { id: string }>(xs: T[]) =>
    [...xs].sort((a, b) => a.id.localeCompare(b.id));
  expect(byId(back.statements)).toEqual(byId(data.statements));
  expect(byId(back.events)).toEqual(byId(data.events));
});

test('the share dialog copies a link and embed code, and previews the embed', async ({
  page,
  context,
  baseURL,
}) => {
  // The live preview loads the whole embed (map included) in a frame: slow on a busy machine.
  test.setTimeout(60_000);
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/ukraine?date=2022-03-01');
  await page.getByRole('button', { name: 'Share & embed' }).click();
  const dialog = page.getByTestId('share-dialog');
  await expect(dialog).toBeVisible();
  await expect(dialog.getByLabel('Link to this view')).toHaveValue(`${baseURL}/?date=2022-03-01`);
  await dialog.getByRole('button', { name: 'Copy link' }).click();
  await expect(dialog.getByText('Copied').first()).toBeVisible();
  await dialog.getByLabel('Map', { exact: true }).check();
  await dialog.getByLabel('Dark').check();
  await dialog.getByLabel('Readers may change the date').uncheck();
  const code = await dialog.getByLabel('Embed code').inputValue();
  expect(code).toMatch(
    /<iframe id="faultline-[a-z0-9]+" src="[^"]*\/embed\?view=map&amp;date=2022-03-01&amp;theme=dark&amp;controls=0&amp;v=[0-9a-f]+"/,
  );
  expect(code).toContain(`<script async src="${baseURL}/embed/resize.js"></script>`);
  const preview = page.frameLocator('[data-testid="share-preview"]');
  await expect(preview.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect(preview.locator('#fe-date')).toHaveText('1 March 2022');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
});

test(
  '/ has Open Graph and Twitter card metadata with a picture of the map',
  { tag: '@static' },
  async ({ page, request }) => {
    await page.goto('/ukraine');
    const meta = (sel: string) => page.locator(sel).getAttribute('content');
    expect(await meta('meta[property="og:title"]')).toContain('Faultline');
    expect(await meta('meta[property="og:description"]')).toBeTruthy();
    expect(await meta('meta[name="twitter:card"]')).toBe('summary_large_image');
    const image = await meta('meta[property="og:image"]');
    expect(new URL(image!).pathname).toBe('/ukraine/og/map.png');
    expect(new URL((await meta('meta[name="twitter:image"]'))!).pathname).toBe(
      '/ukraine/og/map.png',
    );
    const res = await request.get('/ukraine/og/map.png');
    expect(res.ok()).toBe(true);
    const png = await res.body();
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
  },
);

test('a dated link’s preview and first map show its date, not the default one', async ({
  page,
  request,
}) => {
  test.skip(process.env.E2E_TARGET === 'static', 'a static host has one page per conflict');
  // What an unfurler reads: the HTML as served, no script run.
  const ogImage = async (search: string) => {
    const html = await (await request.get(`/ukraine${search}`)).text();
    const tag = /<meta property="og:image" content="([^"]+)"/.exec(html);
    return { html, path: tag ? new URL(tag[1]!.replaceAll('&amp;', '&')).pathname : null };
  };
  const march = await ogImage('?date=2022-03-01&region=UA-65');
  const crimea = await ogImage('?date=2014-03-20');
  for (const [shown, day] of [
    [march, '2022-03-01'],
    [crimea, '2014-03-20'],
  ] as const) {
    const picture = /^\/ukraine\/og\/(\d{4}-\d{2}-\d{2})\.png$/.exec(shown.path ?? '')?.[1];
    expect(picture, `picture for ${day}`).toBeDefined();
    expect(picture! <= day).toBe(true);
    const res = await request.get(shown.path!);
    expect(res.ok()).toBe(true);
    expect((await res.body()).subarray(1, 4).toString()).toBe('PNG');
    // The map drawn before any script is the link's date too.
    expect(shown.html).toContain(`Map of territorial control as of ${day}`);
  }
  expect(march.path).not.toBe(crimea.path);
  // A date the dataset does not cover, or no date, is the default picture.
  expect((await ogImage('?date=2099-01-01')).path).toBe('/ukraine/og/map.png');
  expect((await ogImage('?date=2022-02-30')).path).toBe('/ukraine/og/map.png');
  expect((await ogImage('')).path).toBe('/ukraine/og/map.png');
  // The reader's page is the explorer at that date, its address unchanged.
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto('/ukraine?date=2022-03-01');
  await expect(page.getByRole('slider', { name: 'As of date' })).toHaveAttribute(
    'aria-valuetext',
    '1 March 2022',
  );
  expect(new URL(page.url()).pathname).toBe('/ukraine');
  expect(errors).toEqual([]);
});
