import { expect, test } from './fixtures/test';
import { reachMap } from './fixtures/map-page';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

// The conflict index at / and the addresses from before it (lib/routes/legacy.ts).

test(
  'the index shows every conflict as a card that leads to its explorer, without loading any dataset',
  { tag: '@static' },
  async ({ page }) => {
    const fetched: string[] = [];
    page.on('request', (r) => fetched.push(new URL(r.url()).pathname));
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Conflicts');
    const card = page
      .getByRole('listitem')
      .filter({ has: page.getByRole('heading', { name: 'Russia–Ukraine war' }) });
    await expect(card).toContainText(/\d+ statements, \d+ control figures/);
    await expect(card.getByRole('list').first()).toContainText('Russia');
    await expect(card.getByRole('img', { name: /^Map of Russia–Ukraine war as of/ })).toBeVisible();
    // What the index itself asked for, before leaving it: no facts or boundaries.
    await page.waitForLoadState('networkidle');
    const index = [...fetched];
    await card.getByRole('link', { name: /^Explore/ }).click();
    await expect(page).toHaveURL(/\/ukraine$/);
    await expect(page.locator('.tl')).toHaveAttribute('data-marks', /^[1-9]/);
    // Its maps were drawn at build time.
    expect(index.filter((p) => /\/data\/|\.geojson$|dataset\.json$/.test(p))).toEqual([]);
  },
);

test(
  'an explorer link from before the index lands on the same view of the default conflict',
  { tag: '@static' },
  async ({ page }) => {
    await page.goto('/?date=2022-03-01&region=UA-14');
    await expect(page).toHaveURL(/\/ukraine\?date=2022-03-01&region=UA-14$/);
    await expect(page.locator('.as-of time')).toHaveAttribute('datetime', '2022-03-01');
  },
);

for (const [old, now] of [
  ['/data', /\/ukraine\/data$/],
  ['/present?step=2', /\/ukraine\/present\?step=2$/],
  ['/print', /\/ukraine\/print$/],
] as const) {
  test(
    `the old address ${old} moves on to the default conflict's page`,
    { tag: '@static' },
    async ({ page }) => {
      await page.goto(old);
      await expect(page).toHaveURL(now);
    },
  );
}

test(
  'the old download addresses still serve the default conflict’s files',
  { tag: '@static' },
  async ({ request }) => {
    const old = await request.get('/data/statements.csv');
    expect(old.ok()).toBe(true);
    const now = await request.get('/ukraine/data/statements.csv');
    expect(await old.text()).toBe(await now.text());
  },
);

test(
  'an address that is no conflict is a page not found',
  { tag: '@static' },
  async ({ request }) => {
    expect((await request.get('/narnia')).status()).toBe(404);
  },
);

test(
  'inside a conflict the navigation names it and leads to its own pages',
  { tag: '@static' },
  async ({ page }) => {
    await page.goto('/ukraine/data');
    const nav = page.getByRole('navigation', { name: 'Site' });
    await expect(nav.getByRole('link', { name: 'Data' })).toHaveAttribute('aria-current', 'page');
    await expect(nav.getByRole('link', { name: 'Present' })).toHaveAttribute(
      'href',
      '/ukraine/present',
    );
    await expect(page.locator('.site-conflict')).toHaveText('Russia–Ukraine war');
  },
);

test(
  'each conflict has its own embed at /<conflict>/embed, framable by any site',
  { tag: '@static' },
  async ({ page }) => {
    const res = await page.goto('/ukraine/embed?view=map&renderer=svg');
    expect(res?.ok()).toBe(true);
    if (process.env.E2E_TARGET !== 'static')
      expect(res?.headers()['content-security-policy']).toContain('frame-ancestors *');
    await expect(page.locator('#embed')).toHaveAttribute('data-dataset', 'ukraine');
    await expect(page.locator('#fe-open')).toHaveAttribute('href', /^\/ukraine/);
  },
);

// The core flows on every shipped conflict (each data/<id>/ with a conflict.json).
const CONFLICTS = readdirSync('data')
  .filter((id) => existsSync(path.join('data', id, 'conflict.json')))
  .map((id) => {
    const c = JSON.parse(readFileSync(path.join('data', id, 'conflict.json'), 'utf8')) as {
      title: string;
      places?: { point?: unknown }[];
    };
    const placeIds = new Set((c.places ?? []).map((p) => (p as { id: string }).id));
    // Whether any place has a figure of its own (control of a place, not a claim).
    const placeFigures = readdirSync(path.join('data', id, 'sources'))
      .filter((f) => f.endsWith('.json'))
      .flatMap(
        (f) =>
          (
            JSON.parse(readFileSync(path.join('data', id, 'sources', f), 'utf8')) as {
              control?: { target: string; status: string }[];
            }
          ).control ?? [],
      )
      .some((o) => placeIds.has(o.target) && o.status === 'assessed');
    return {
      id,
      title: c.title,
      places: (c.places ?? []).filter((p) => p.point).length,
      placeFigures,
      defaultDate: (c as { defaultDate?: string }).defaultDate,
    };
  });

for (const c of CONFLICTS) {
  test.describe(`conflict ${c.id}`, () => {
    test.describe('on the live (WebGL) map', () => {
      test.use({ mapRenderer: 'auto' });
      test(
        `its card on the index, its explorer with timeline and map, and its region panel`,
        { tag: '@static' },
        async ({ page }) => {
          await page.goto('/');
          await page.getByRole('link', { name: `Explore ${c.title}` }).click();
          await expect(page).toHaveURL(new RegExp(`/${c.id}$`));
          await expect(page.getByRole('heading', { level: 1 })).toHaveText(c.title);
          await expect(page.locator('.tl')).toHaveAttribute('data-marks', /^[1-9]/);
          const map = page.getByTestId('control-map');
          await reachMap(page);
          await expect(map).toHaveAttribute('data-ready', 'true', { timeout: 20_000 });
          await expect(map).toHaveAttribute('data-renderer', 'webgl');
          const first = map.locator('.cm-label:not([hidden])').first();
          await first.click();
          await expect(page.getByTestId('region-panel')).toBeVisible();
          await expect(page).toHaveURL(/region=/);
        },
      );
    });

    test(`the SVG map draws every region and ${c.places} place markers`, async ({ page }) => {
      await page.goto(`/${c.id}?renderer=svg`);
      const map = page.getByTestId('control-map');
      await map.scrollIntoViewIfNeeded();
      await expect(map).toHaveAttribute('data-renderer', 'svg', { timeout: 20_000 });
      await expect(map.locator('[data-region]').first()).toBeAttached();
      await expect(map.locator('.cm-place')).toHaveCount(c.places);
      if (c.places) {
        const marker = map.locator('.cm-place:not([hidden])').first();
        const name = (await marker.locator('.cm-place-name').textContent()) ?? '';
        await expect(marker).toHaveAttribute('aria-label', new RegExp(`^${name}: `));
        await expect(page.locator('.cm-legend-places li')).toHaveCount(6);
      }
    });

    test(`compare lists what changed since its first day, and the map exports as PNG`, async ({
      page,
    }) => {
      await page.emulateMedia({ reducedMotion: 'reduce' });
      await page.goto(`/${c.id}${c.defaultDate ? `?date=${c.defaultDate}` : ''}`);
      // Hydrated: the timeline has drawn.
      await expect(page.locator('.tl')).toHaveAttribute('data-marks', /^[1-9]/);
      const input = page.getByRole('textbox', { name: /^Compare .* with/ });
      const first = (await input.getAttribute('min'))!;
      await input.fill(first);
      await expect(page).toHaveURL(new RegExp(`compare=${first}`));
      await expect(page.getByTestId('compare-table').locator('tbody tr').first()).toBeVisible();
      // The two dates and the change between them.
      await expect(page.getByTestId('compare-maps').locator('svg')).toHaveCount(3);
      await expect(page.getByTestId('change-map').locator('[data-change]').first()).toBeAttached();
      const places = page.getByTestId('compare-places');
      if (c.placeFigures) {
        await expect(places.locator('tbody tr').first()).toBeVisible();
        // A place's row opens its panel.
        await places.locator('tbody th button').first().click();
        await expect(page.getByTestId('place-panel')).toBeVisible();
      } else await expect(places).toHaveCount(0);
      const menu = page.getByTestId('export-menu');
      await menu.locator('summary').click();
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        menu.locator('[data-export="png"]').click(),
      ]);
      expect(download.suggestedFilename()).toMatch(
        new RegExp(`^faultline-${c.id}-map-\\d{4}-\\d{2}-\\d{2}\\.png$`),
      );
      const png = readFileSync(await download.path());
      expect(png.subarray(1, 4).toString()).toBe('PNG');
    });

    test(
      `its data page, downloads, embed and presentation page load`,
      { tag: '@static' },
      async ({ page, request }) => {
        await page.goto(`/${c.id}/data`);
        await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Data: ${c.title}`);
        await expect(page.locator('table').first()).toBeVisible();
        const csv = await request.get(`/${c.id}/data/statements.csv`);
        expect(csv.ok()).toBe(true);
        expect((await csv.text()).split('\n').length).toBeGreaterThan(2);
        await page.goto(`/${c.id}/embed?view=map&renderer=svg`);
        await expect(page.locator('#embed')).toHaveAttribute('data-dataset', c.id);
        await expect(page.locator('.fe-attribution')).not.toBeEmpty();
        const present = await page.goto(`/${c.id}/present`);
        expect(present?.ok()).toBe(true);
        await expect(page.locator('main')).not.toBeEmpty();
      },
    );
  });
}

test('Sudan: a town changes hands on the map as of the date, and a claim alone is drawn as a claim', async ({
  page,
}) => {
  const marker = (id: string) => page.locator(`.cm-place[data-place="${id}"]`);
  await page.goto('/sudan?date=2025-09-15&renderer=svg');
  await page.getByTestId('control-map').scrollIntoViewIfNeeded();
  await expect(marker('el-fasher')).toHaveAttribute('data-kind', 'contested');
  await page.goto('/sudan?date=2025-11-01&renderer=svg');
  await page.getByTestId('control-map').scrollIntoViewIfNeeded();
  await expect(marker('el-fasher')).toHaveAttribute('data-kind', 'held');
  await expect(marker('el-fasher')).toHaveAttribute('aria-label', /^El Fasher: held by RSF/);
  // Wad Madani in February 2025: only the army's claim speaks for it.
  await page.goto('/sudan?date=2025-02-01&renderer=svg');
  await page.getByTestId('control-map').scrollIntoViewIfNeeded();
  await expect(marker('wad-madani')).toHaveAttribute('data-kind', 'claimed');
  await page.goto('/sudan?date=2025-02-01&renderer=svg&claims=1');
  await page.getByTestId('control-map').scrollIntoViewIfNeeded();
  await expect(marker('wad-madani')).toHaveAttribute('data-kind', 'held');
  // The server-drawn first paint (no JavaScript needed) draws the markers in SVG too.
  const html = await (await page.request.get('/sudan')).text();
  expect(html).toMatch(/<g data-place="el-fasher" data-place-kind="held"/);
});

test('Sudan: a place marker opens its panel with every figure, its evidence and its region; the link keeps it', async ({
  page,
}) => {
  await page.goto('/sudan?date=2025-11-01&renderer=svg');
  await page.getByTestId('control-map').scrollIntoViewIfNeeded();
  await page.locator('.cm-place[data-place="el-fasher"]').click();
  const panel = page.getByTestId('place-panel');
  await expect(panel.getByRole('heading', { level: 2 })).toContainText('El Fasher');
  await expect(panel).toContainText('held by RSF');
  await expect(panel.locator('.place-figures li').first()).toBeVisible();
  await expect(panel).toContainText('(claimed by');
  await expect(page).toHaveURL(/place=el-fasher/);
  await page.reload();
  await expect(page.getByTestId('place-panel')).toBeVisible();
  await panel.getByRole('button', { name: 'North Darfur' }).click();
  await expect(page.getByTestId('region-panel')).toContainText('El Fasher');
});
