import { expect, test, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

const BIDEN = 'st-2014-03-18-joe-biden';
const mark = (page: Page, id: string) => page.locator(`.tl-item[data-id="${id}"]`);
const tooltip = (page: Page) => page.locator('.tl-tooltip');
const range = (page: Page) => page.locator('.tl-range');
const listbox = (page: Page) => page.getByRole('listbox', { name: 'Timeline of statements and events' });
const activeId = (page: Page) => page.locator('.tl-listbox [role="option"]').getAttribute('data-id');

async function open(page: Page) {
  await page.goto('/');
  await expect(page.locator('.tl-item').first()).toBeVisible();
}

test('hovering a mark shows speaker, role, date with precision, the quote and the source', async ({ page }) => {
  await open(page);
  await mark(page, BIDEN).hover();
  const tip = tooltip(page);
  await expect(tip).toBeVisible();
  await expect(tip).toContainText('Joe Biden');
  await expect(tip).toContainText('Vice President of the United States · United States');
  await expect(tip).toContainText('18 Mar 2014 (exact day)');
  await expect(tip).toContainText('Quote: “nothing more than a land grab”');
  await expect(tip).toContainText('Source: BBC News, “Ukraine crisis: Putin signs Russia-Crimea treaty”, 18 Mar 2014');
  await page.mouse.move(5, 5);
  await expect(tip).toBeHidden();
});

test('Tab reaches the timeline; focus shows a tooltip; arrows, Home and End move in time order', async ({ page }) => {
  await open(page);
  await page.getByRole('button', { name: /^Fit all/ }).focus();
  await page.keyboard.press('Tab');
  await expect(listbox(page)).toBeFocused();
  await expect(tooltip(page)).toBeVisible();
  await page.keyboard.press('Home');
  expect(await activeId(page)).toBe('ev-2014-russia-annexes-crimea');
  await expect(tooltip(page)).toContainText('Russia annexes Crimea');
  await expect(tooltip(page)).toContainText('2014 (year only)');
  await expect(page.locator('.tl-listbox [role="option"]')).toHaveText('Event, 2014: Russia annexes Crimea');
  const seen: (string | null)[] = [];
  for (let i = 0; i < 5; i++) {
    await page.keyboard.press('ArrowRight');
    seen.push(await activeId(page));
  }
  expect(seen).toEqual([
    'ev-2014-02-pro-russian-forces-take-over',
    'ev-2014-03-16-crimea-holds-a-secession-vote',
    'ev-2014-03-18-putin-and-crimean-separatist-leaders',
    'st-2014-03-18-vladimir-putin',
    BIDEN,
  ]);
  await expect(tooltip(page)).toContainText('nothing more than a land grab');
  await page.keyboard.press('End');
  expect(await activeId(page)).toBe('st-2025-12-29-dmitry-peskov');
  await page.keyboard.press('ArrowLeft');
  expect(await activeId(page)).toBe('ev-2025-12-29-kremlin-says-ukraine-must-withdraw');
  // Enter selects the active item; Escape clears the selection.
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('fact-detail')).toContainText('Event');
  await expect(page.locator(`.tl-ring-selected[data-id="ev-2025-12-29-kremlin-says-ukraine-must-withdraw"]`)).toHaveCount(1);
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('fact-detail')).toHaveCount(0);
  await expect(page.locator('.tl-ring-selected')).toHaveCount(0);
});

test('clicking a mark selects it, moves the date and shows its full text and source', async ({ page }) => {
  await open(page);
  await mark(page, BIDEN).click();
  const detail = page.getByTestId('fact-detail');
  await expect(detail).toContainText('Joe Biden');
  await expect(detail).toContainText('Vice President of the United States');
  await expect(detail).toContainText('Quote');
  await expect(detail).toContainText('“nothing more than a land grab”');
  await expect(detail).toContainText('18 Mar 2014');
  await expect(detail.getByRole('link', { name: /Putin signs Russia-Crimea treaty/ })).toHaveAttribute('href', 'http://www.bbc.com/news/world-europe-26630062');
  await expect(page.locator(`.tl-ring-selected[data-id="${BIDEN}"]`)).toHaveCount(1);
  await expect(page.locator('.as-of time').first()).toHaveAttribute('datetime', '2014-03-18');
  await expect(page.locator('.tl-cursor-tag text')).toHaveText('As of 18 Mar 2014');
});

test('the zoom buttons change the visible domain and Fit all restores it', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await open(page);
  const before = await range(page).textContent();
  await page.getByRole('button', { name: 'Zoom in' }).click();
  await expect(range(page)).not.toHaveText(before ?? '');
  await page.getByRole('button', { name: /^Fit all/ }).click();
  await expect(range(page)).toHaveText(before ?? '');
});

test('wheel zoom keeps the point under the pointer fixed', async ({ page }) => {
  await open(page);
  await mark(page, BIDEN).scrollIntoViewIfNeeded();
  const box = (await mark(page, BIDEN).boundingBox())!;
  const cx = box.x + box.width / 2;
  await page.mouse.move(cx, box.y + box.height / 2);
  const before = await range(page).textContent();
  await page.mouse.wheel(0, -400);
  await expect(range(page)).not.toHaveText(before ?? '');
  await page.waitForTimeout(200);
  const after = (await mark(page, BIDEN).boundingBox())!;
  expect(Math.abs(after.x + after.width / 2 - cx)).toBeLessThan(2);
});

test('a cluster shows its count and expands into items when clicked', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await open(page);
  const cluster = page.locator('.tl-cluster').first();
  const count = Number(await cluster.getAttribute('data-count'));
  expect(count).toBeGreaterThan(1);
  await expect(cluster).toHaveText(String(count));
  const before = await range(page).textContent();
  await cluster.click();
  await expect(range(page)).not.toHaveText(before ?? '');
  // The 2014 events are now drawn one by one.
  await expect(mark(page, 'ev-2014-03-16-crimea-holds-a-secession-vote')).toBeVisible();
  await expect(mark(page, 'ev-2014-russia-annexes-crimea')).toBeVisible();
});

test('a year-precision item is drawn as a span across its whole year, not at 1 January', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await open(page);
  await page.locator('.tl-cluster').first().click();
  const year = mark(page, 'ev-2014-russia-annexes-crimea');
  await expect(year).toHaveAttribute('data-precision', 'year');
  // In the plot's own coordinates: the span's path runs from the 2014 tick to the 2015 tick.
  const [x0, x1] = ((await year.getAttribute('d')) ?? '').match(/^M([\d.-]+),[\d.-]+H([\d.-]+)/)!.slice(1).map(Number) as [number, number];
  const tickX = (label: string) =>
    page.evaluate((text) => {
      const tick = [...document.querySelectorAll('.tl-axis .tick')].find((t) => t.querySelector('text')?.textContent === text);
      return Number(/translate\(([\d.-]+)/.exec(tick?.getAttribute('transform') ?? '')?.[1]);
    }, label);
  // d3's axis shifts ticks by half a pixel for crisp lines.
  expect(Math.abs(x0 - (await tickX('2014')))).toBeLessThan(1);
  expect(Math.abs(x1 - (await tickX('2015')))).toBeLessThan(1);
  expect(x1 - x0).toBeGreaterThan(100);
  await expect(page.locator('.tl-undated')).toContainText('Date not stated (2)');
});

for (const width of [375, 320]) {
  test(`at ${width} px lanes condense to parties and nothing overflows`, async ({ page }) => {
    await page.setViewportSize({ width, height: 740 });
    await open(page);
    const labels = await page.locator('.tl-lane-label').allTextContents();
    expect(labels.map((l) => l.trim())).toEqual(expect.arrayContaining(['Events', 'Russia', 'Ukraine', 'US']));
    expect(labels.length).toBeLessThanOrEqual(8);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    const svg = (await page.locator('.tl-svg').boundingBox())!;
    expect(svg.x + svg.width).toBeLessThanOrEqual(width);
  });
}

test('the timeline has no axe violations', async ({ page }) => {
  await open(page);
  const results = await new AxeBuilder({ page }).include('.timeline-view').analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
});

// Snapshot of the seed timeline's SVG, numbers rounded; writes <name>-changed.svg on a mismatch.
test('the seed timeline matches its SVG snapshot', async ({ page }) => {
  await page.addInitScript(() => {
    const style = document.createElement('style');
    style.textContent = '.timeline-view { width: 760px !important; }';
    document.addEventListener('DOMContentLoaded', () => document.head.appendChild(style));
  });
  await open(page);
  await expect.poll(async () => (await page.locator('.tl-svg').boundingBox())?.width).toBe(760);
  await page.waitForTimeout(100);
  const svg = await page.locator('.tl-svg').evaluate((el) => el.outerHTML);
  // Instance ids (tl1, tl2 in React's dev double mount) are not part of the picture.
  const actual = svg.replace(/\btl\d+-/g, 'tl-').replace(/\d+\.\d+/g, (n) => String(Math.round(Number(n) * 10) / 10)).replace(/></g, '>\n<') + '\n';
  const file = join(__dirname, '__snapshots__', 'timeline-seed.svg');
  const changed = file.replace(/\.svg$/, '-changed.svg');
  if (!existsSync(file)) {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, actual);
    test.info().annotations.push({ type: 'snapshot', description: `wrote ${file}` });
    return;
  }
  const expected = readFileSync(file, 'utf8');
  if (actual !== expected) writeFileSync(changed, actual);
  expect(actual === expected, `SVG differs from ${file}; see ${changed}`).toBe(true);
});
