import { expect, test } from '@playwright/test';

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
    await card.getByRole('link', { name: /^Explore/ }).click();
    await expect(page).toHaveURL(/\/ukraine$/);
    await expect(page.locator('.tl')).toHaveAttribute('data-marks', /^[1-9]/);
    // The index itself asked for no facts or boundaries: its maps were drawn at build time.
    const index = fetched.slice(0, fetched.indexOf('/ukraine'));
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
