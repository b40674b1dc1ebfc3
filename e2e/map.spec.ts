import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { mapHost, pixelsAt, reachMap, regionLabel, shaded } from './fixtures/map-page';

// The control map in real Chromium: pixels at region interiors, tooltips, selection, and the
// SVG renderer without WebGL. Interiors are the regions' label points (the anchors of their
// labels, which are the keyboard controls), read with the label overlay hidden.

const host = mapHost;
const label = regionLabel;

/** No two boxes share more than a pixel each way. */
function expectNoOverlap(boxes: { id: string | null; r: DOMRect }[]) {
  for (let i = 0; i < boxes.length; i++)
    for (let j = i + 1; j < boxes.length; j++) {
      const a = boxes[i]!.r;
      const b = boxes[j]!.r;
      const overlap =
        Math.min(a.right, b.right) - Math.max(a.left, b.left) > 1 &&
        Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > 1;
      expect(overlap, `${boxes[i]!.id} and ${boxes[j]!.id} overlap`).toBe(false);
    }
}

async function openMap(page: Page, query: string, renderer: 'webgl' | 'svg' = 'webgl') {
  await page.goto(`/ukraine${query}`);
  // The live map starts when the reader reaches for it (on a phone, below the timeline).
  await reachMap(page);
  await expect(host(page)).toHaveAttribute('data-renderer', renderer, { timeout: 20_000 });
  await expect(host(page)).toHaveAttribute('data-ready', 'true');
}

test.describe('control map (WebGL)', () => {
  test('on the seed date shades Crimea and Donbas, and not Kyiv Oblast', async ({ page }) => {
    await openMap(page, '?date=2025-01-21');
    const px = await pixelsAt(page, ['UA-43', 'UA-14', 'UA-09', 'UA-32', 'UA-46']);
    expect(shaded(px['UA-43']!), `Crimea ${px['UA-43']}`).toBe(true);
    expect(shaded(px['UA-14']!), `Donetsk ${px['UA-14']}`).toBe(true);
    expect(shaded(px['UA-09']!), `Luhansk ${px['UA-09']}`).toBe(true);
    expect(shaded(px['UA-32']!), `Kyiv Oblast ${px['UA-32']}`).toBe(false);
    expect(shaded(px['UA-46']!), `Lviv ${px['UA-46']}`).toBe(false);
  });

  test('before any figure, nothing is shaded and regions read the baseline', async ({ page }) => {
    // The first day the date can take.
    await openMap(page, '?date=2014-01-01');
    // Crimea too: its figures are dated only "2014", which never overrides the baseline
    // ("held by Ukraine before 20 February 2014") before that day.
    const px = await pixelsAt(page, ['UA-14', 'UA-23', 'UA-32', 'UA-65', 'UA-43']);
    for (const [id, rgb] of Object.entries(px)) expect(shaded(rgb), `${id} ${rgb}`).toBe(false);
    await label(page, 'UA-23').hover();
    await expect(page.locator('.cm-tooltip')).toContainText('No occupation reported');
  });

  test('a date change re-shades the map without reloading it', async ({ page }) => {
    await openMap(page, '?date=2014-01-01');
    expect(shaded((await pixelsAt(page, ['UA-14']))['UA-14']!)).toBe(false);
    const idle = host(page).evaluate(
      (el) =>
        new Promise<number>((resolve) =>
          el.addEventListener(
            'controlmap:idle',
            (e) => resolve((e as CustomEvent<{ ms: number }>).detail.ms),
            { once: true },
          ),
        ),
    );
    await host(page).evaluate((el) =>
      el.dispatchEvent(new CustomEvent('controlmap:set-date', { detail: '2025-01-21' })),
    );
    expect(await idle).toBeGreaterThanOrEqual(0);
    expect(shaded((await pixelsAt(page, ['UA-14']))['UA-14']!)).toBe(true);
  });

  test('Zaporizhzhia says ">70%" and its tooltip names the source', async ({ page }) => {
    await openMap(page, '?date=2025-01-21');
    await expect(label(page, 'UA-23')).toContainText('>70%');
    await label(page, 'UA-23').hover();
    const tip = page.locator('.cm-tooltip');
    await expect(tip).toBeVisible();
    await expect(tip).toContainText('Zaporizhzhia Oblast');
    await expect(tip).toContainText('Запорізька область');
    await expect(tip).toContainText('Russia controls more than 70%');
    await expect(tip).toContainText('as of 21 Jan 2025');
    await expect(tip).toContainText(
      'Source: Newsroom, “Putin Signals Willingness for Ukraine Peace Talks as Trump Takes Office”, 21 Jan 2025',
    );
    await expect(tip).toContainText('Claimed by Russia since 30 Sep 2022');
  });

  test('a group figure reads as the group’s, never as a member’s own', async ({ page }) => {
    // 25 Nov 2025: Donbas ≈85.5% is newer than Luhansk's own "almost all" of August.
    await openMap(page, '?date=2025-11-25');
    await expect(label(page, 'UA-09')).toContainText('part of Donbas');
    // Hover Luhansk itself, at its label point (its label may have given way to Donbas's).
    const [ax, ay] = (await label(page, 'UA-09').getAttribute('data-anchor'))!
      .split(',')
      .map(Number);
    const frame = (await host(page).boundingBox())!;
    await page.mouse.move(frame.x + ax!, frame.y + ay!);
    await expect(page.locator('.cm-tooltip')).toContainText(
      'Part of Donbas: Russia controls about 85.5% of Donbas (Donetsk + Luhansk)',
    );
    await expect(page.locator('.cm-tooltip')).toContainText('not for this region');
    await expect(page.locator('.cm-tooltip')).toContainText('own latest figure');
  });

  test('clicking a region on the map selects it', { tag: '@static' }, async ({ page }) => {
    await openMap(page, '?date=2025-01-21');
    await host(page).scrollIntoViewIfNeeded();
    const b = await label(page, 'UA-63').boundingBox();
    // Click the map just above Kharkiv's label, inside the region (its north).
    await page.mouse.click(b!.x + b!.width / 2, b!.y - 10);
    await expect(label(page, 'UA-63')).toHaveAttribute('aria-pressed', 'true');
    await expect(page).toHaveURL(/UA-63/);
  });

  test('keyboard: arrows move between regions, Enter selects, the tooltip follows focus', async ({
    page,
  }) => {
    await openMap(page, '?date=2025-01-21');
    await label(page, 'UA-05').focus(); // Vinnytsia, first by name
    await expect(page.locator('.cm-tooltip')).toContainText('Vinnytsia Oblast');
    // Only the 2014 baseline speaks for it: in 2025 that is no recent figure.
    await expect(page.locator('.cm-tooltip')).toContainText('No recent figure');
    // Alphabetical order: … Zakarpattia, Zaporizhzhia, Zhytomyr; End then Left twice.
    await page.keyboard.press('End');
    await page.keyboard.press('ArrowLeft');
    await expect(label(page, 'UA-23')).toBeFocused();
    await expect(page.locator('.cm-tooltip')).toContainText('more than 70%');
    await page.keyboard.press('Enter');
    await expect(label(page, 'UA-23')).toHaveAttribute('aria-pressed', 'true');
    await page.keyboard.press('Escape');
    await expect(label(page, 'UA-23')).toHaveAttribute('aria-pressed', 'false');
  });

  test('shows the boundary attribution with its links', async ({ page }) => {
    await page.goto('/ukraine');
    const credit = page.locator('.cm-attribution');
    await expect(credit).toContainText(
      'Boundaries © OpenStreetMap contributors (ODbL), via geoBoundaries',
    );
    await expect(credit.getByRole('link', { name: 'OpenStreetMap contributors' })).toHaveAttribute(
      'href',
      'https://www.openstreetmap.org/copyright',
    );
    await expect(credit.getByRole('link', { name: 'geoBoundaries' })).toHaveAttribute(
      'href',
      'https://www.geoboundaries.org',
    );
  });
});

for (const width of [1280, 375, 320]) {
  test(`at ${width} px no two region labels overlap, and the big figures keep their labels`, async ({
    page,
  }) => {
    await page.setViewportSize({ width, height: 800 });
    await openMap(page, '?date=2025-01-21');
    const boxes = await host(page)
      .locator('.cm-label:not([hidden])')
      .evaluateAll((els) =>
        els.map((e) => ({
          id: e.getAttribute('data-region'),
          r: e.getBoundingClientRect().toJSON() as DOMRect,
        })),
      );
    expectNoOverlap(boxes);
    // Figures are placed first: the regions with a stated figure are all labelled, and a
    // group figure (the Crimean peninsula's) on the group's own label, which overlaps none.
    const ids = boxes.map((b) => b.id);
    for (const id of ['UA-23', 'UA-65', 'UA-09']) expect(ids).toContain(id);
    const group = host(page).locator('.cm-group-label[data-group="crimean-peninsula"]');
    await expect(group).toBeVisible();
    const g = (await group.boundingBox())!;
    for (const b of boxes) {
      const overlap =
        Math.min(g.x + g.width, b.r.right) - Math.max(g.x, b.r.left) > 1 &&
        Math.min(g.y + g.height, b.r.bottom) - Math.max(g.y, b.r.top) > 1;
      expect(overlap, `the group label and ${b.id} overlap`).toBe(false);
    }
  });
}

for (const width of [1280, 375]) {
  test(`at ${width} px over the first paint, before the live map, no label overlaps another and no place name runs past the frame`, async ({
    page,
  }) => {
    await page.setViewportSize({ width, height: 800 });
    await page.goto('/ukraine?date=2025-01-21');
    await expect(label(page, 'UA-65')).not.toHaveAttribute('hidden', /.*/);
    await expect(host(page)).not.toHaveAttribute('data-renderer', /.*/);
    const { boxes, frame } = await host(page).evaluate((el) => ({
      frame: el.getBoundingClientRect().toJSON() as DOMRect,
      boxes: [...el.querySelectorAll('.cm-label:not([hidden]), .cm-group-label:not([hidden])')].map(
        (e) => ({
          id: e.getAttribute('data-region') ?? e.getAttribute('data-group'),
          r: e.getBoundingClientRect().toJSON() as DOMRect,
        }),
      ),
    }));
    expect(boxes.some((b) => b.id === 'crimean-peninsula')).toBe(true);
    expectNoOverlap(boxes);
    // Place names (Donetsk International Airport sits near the right edge) stay inside.
    const names = await host(page)
      .locator('.cm-place:not([hidden]) .cm-place-name')
      .evaluateAll((els) => els.map((e) => e.getBoundingClientRect().toJSON() as DOMRect));
    expect(names.length).toBeGreaterThan(0);
    for (const n of names) {
      expect(n.left).toBeGreaterThanOrEqual(frame.left - 1);
      expect(n.right).toBeLessThanOrEqual(frame.right + 1);
    }
  });
}

for (const width of [375, 1280]) {
  test(`at ${width} px the live map waits until the reader reaches for it; the first paint follows the date meanwhile`, async ({
    page,
  }) => {
    await page.setViewportSize({ width, height: width < 600 ? 740 : 800 });
    const asked: string[] = [];
    page.on('request', (r) => asked.push(new URL(r.url()).pathname));
    await page.goto('/ukraine?date=2014-03-18');
    // Region labels (the keyboard's way in) are already over the first paint.
    await expect(label(page, 'UA-43')).toBeAttached();
    await expect(label(page, 'UA-43')).not.toHaveAttribute('hidden', /.*/);
    // In view (scrolled to, on a phone), the map is still the first paint: no maplibre, no
    // boundaries fetched, until the reader reaches for it.
    await host(page).scrollIntoViewIfNeeded();
    await page.waitForTimeout(1000);
    await expect(host(page)).not.toHaveAttribute('data-renderer', /.*/);
    expect(asked.filter((p) => /maplibre|\.geojson$/.test(p))).toEqual([]);
    // The first paint was drawn for the default date (Donetsk ≈80%); it now shows 18 March
    // 2014, when Donetsk, like Kyiv Oblast, had no occupation reported.
    const fill = (id: string) =>
      page.locator(`.cm-first-paint svg [data-region="${id}"]`).first().getAttribute('fill');
    expect(await fill('UA-14')).toBe(await fill('UA-32'));
    expect(await fill('UA-43')).not.toBe(await fill('UA-32'));
    // The map's own download works before the live map: it fetches the boundaries for it.
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Download map (SVG)' }).click();
    expect((await download).suggestedFilename()).toBe('faultline-control-2014-03-18.svg');
    await expect(host(page)).not.toHaveAttribute('data-renderer', /.*/);
    await reachMap(page);
    await expect(host(page)).toHaveAttribute('data-renderer', 'webgl', { timeout: 20_000 });
    await expect(page.locator('.cm-first-paint')).toBeHidden();
  });
}

test('the keyboard reaching a region label starts the live map', async ({ page }) => {
  await page.goto('/ukraine?date=2025-01-21');
  await label(page, 'UA-65').focus();
  await expect(host(page)).toHaveAttribute('data-renderer', 'webgl', { timeout: 20_000 });
  await expect(label(page, 'UA-65')).toBeFocused();
});

test('a label crowded off the map is still a keyboard stop: focus shows it, leaving hides it again', async ({
  page,
}) => {
  await page.goto('/ukraine?date=2025-01-21');
  // Over the first paint Crimea's label gives way to the Crimean peninsula's group label.
  await expect(label(page, 'UA-65')).not.toHaveAttribute('hidden', /.*/);
  await expect(label(page, 'UA-43')).toHaveAttribute('data-crowded-out', 'true');
  await label(page, 'UA-65').focus();
  for (let i = 0; i < 27; i++) {
    if (await label(page, 'UA-43').evaluate((el) => el === document.activeElement)) break;
    await page.keyboard.press('ArrowLeft');
  }
  await expect(label(page, 'UA-43')).toBeFocused();
  await expect(label(page, 'UA-43')).toBeVisible();
  await page.keyboard.press('ArrowLeft');
  await expect(label(page, 'UA-43')).not.toBeFocused();
  await expect(label(page, 'UA-43')).toBeHidden();
});

test.describe('control map: print, export, accessibility', () => {
  test('prints the SVG rendering of the current state', async ({ page }) => {
    await openMap(page, '?date=2025-01-21');
    await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
    await page.emulateMedia({ media: 'print' });
    const printed = page.locator('.cm-print svg');
    await expect(printed).toBeVisible();
    await expect(printed.locator('[data-region]')).toHaveCount(27);
    await expect(host(page).locator('.maplibregl-canvas')).toBeHidden();
  });

  test('downloads the map as SVG', async ({ page }) => {
    await openMap(page, '?date=2025-01-21');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download map (SVG)' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('faultline-control-2025-01-21.svg');
    const path = await download.path();
    const text = await (await import('node:fs/promises')).readFile(path, 'utf8');
    expect(text.match(/data-region="/g)).toHaveLength(27);
  });

  test('has no axe violations in the map, its legend and tooltip', async ({ page }) => {
    await openMap(page, '?date=2025-01-21');
    await label(page, 'UA-23').focus();
    const results = await new AxeBuilder({ page }).include('.cm').analyze();
    expect(
      results.violations.map(
        (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
      ),
    ).toEqual([]);
  });
});

test.describe('control map without WebGL', () => {
  test.beforeEach(async ({ page }) => {
    await page.addInitScript(() => {
      const original = HTMLCanvasElement.prototype.getContext;
      // Stand-in for a browser without WebGL: every WebGL context request fails.
      HTMLCanvasElement.prototype.getContext = function (
        this: HTMLCanvasElement,
        type: string,
        ...rest: unknown[]
      ) {
        if (/webgl/i.test(type)) return null;
        return (
          original as (
            this: HTMLCanvasElement,
            t: string,
            ...r: unknown[]
          ) => RenderingContext | null
        ).call(this, type, ...rest);
      } as typeof original;
    });
  });

  test('draws the same figures as SVG', async ({ page }) => {
    await openMap(page, '?date=2025-01-21', 'svg');
    await expect(host(page).locator('svg [data-region]')).toHaveCount(27);
    const px = await pixelsAt(page, ['UA-43', 'UA-14', 'UA-32']);
    expect(shaded(px['UA-43']!), `Crimea ${px['UA-43']}`).toBe(true);
    expect(shaded(px['UA-14']!), `Donetsk ${px['UA-14']}`).toBe(true);
    expect(shaded(px['UA-32']!), `Kyiv Oblast ${px['UA-32']}`).toBe(false);
    await expect(label(page, 'UA-23')).toContainText('>70%');
    await label(page, 'UA-23').hover();
    await expect(page.locator('.cm-tooltip')).toContainText('Russia controls more than 70%');
    await expect(page.locator('.cm-tooltip')).toContainText('Source: Newsroom');
    await label(page, 'UA-23').click();
    await expect(label(page, 'UA-23')).toHaveAttribute('aria-pressed', 'true');
  });
});

test(
  'the map is in the server-rendered HTML (first paint without JavaScript)',
  { tag: '@static' },
  async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('/ukraine');
    const svg = page.locator('.cm-first-paint svg');
    await expect(svg).toBeVisible();
    await expect(svg.locator('[data-region]')).toHaveCount(27);
    await expect(svg.locator('[data-region="UA-43"]')).toHaveAttribute('fill', '#6b0000');
    await context.close();
  },
);

for (const [name, size] of [
  ['1280', { width: 1280, height: 800 }],
  ['375', { width: 375, height: 740 }],
] as const) {
  test(`screenshot at ${name} px`, async ({ page }) => {
    const dir = process.env.MAP_SHOTS_DIR;
    test.skip(!dir, 'set MAP_SHOTS_DIR to write screenshots');
    await page.setViewportSize(size);
    await openMap(page, '?date=2025-01-21');
    await host(page).scrollIntoViewIfNeeded();
    await label(page, 'UA-23').hover();
    await page.screenshot({ path: `${dir}/map-${name}.png`, fullPage: false });
    await page.locator('.cm').screenshot({ path: `${dir}/map-${name}-block.png` });
  });
}
