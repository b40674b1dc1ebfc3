import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from './fixtures/test';

test('/about explains what Faultline is and its method, uncertainty included', async ({ page }) => {
  await page.goto('/about');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('About Faultline');
  for (const name of [
    'Method: how facts are read from articles',
    'How uncertainty is kept',
    'Sources',
    'Licences and attributions',
  ]) {
    await expect(page.getByRole('heading', { level: 2, name })).toBeVisible();
  }
  const uncertainty = page.locator('section', {
    has: page.getByRole('heading', { name: 'How uncertainty is kept' }),
  });
  await expect(uncertainty).toContainText(
    'A year is drawn across the whole year, never as 1 January',
  );
  await expect(uncertainty.getByRole('table')).toContainText('more than 70% (>70%), never “70%”');
  await expect(uncertainty).toContainText('Group figures stay group figures');
  await expect(uncertainty).toContainText('Claimed and assessed');
  await expect(uncertainty).toContainText('Held by Ukraine before 20 February 2014 (baseline)');
  await expect(uncertainty).toContainText('stale');
  // The judgements made reading the seed article are shown.
  await expect(page.locator('#method').locator('..')).toContainText(
    'is one figure for the group Donbas',
  );
});

test('/about lists every source, grouped, with publisher, linked title and date', async ({
  page,
}) => {
  await page.goto('/about');
  const sources = page.locator('section', {
    has: page.getByRole('heading', { level: 2, name: 'Sources' }),
  });
  const total = Number(
    /(\d+) sources/.exec((await sources.locator('p').first().textContent()) ?? '')?.[1],
  );
  expect(total).toBeGreaterThan(100);
  await expect(sources.locator('li')).toHaveCount(total);
  const shipped = sources.locator('section', {
    has: page.getByRole('heading', { name: /Articles whose text ships/ }),
  });
  await expect(shipped).toContainText(
    'Newsroom (Vusala Abbasova): Putin Signals Willingness for Ukraine Peace Talks as Trump Takes Office, 21 Jan 2025',
  );
  await expect(
    sources.getByRole('heading', { level: 3, name: /Cited sources published in 2014/ }),
  ).toBeVisible();
  const rferl = sources
    .getByRole('link', { name: 'Russia’s Putin, Crimean Leaders Sign Annexation Treaty' })
    .or(
      sources.getByRole('link', { name: "Russia's Putin, Crimean Leaders Sign Annexation Treaty" }),
    );
  await expect(rferl).toHaveAttribute(
    'href',
    'https://www.rferl.org/a/russia-crimea-ukraine-treaty/25301179.html',
  );
  // Every link in the list goes to the web.
  for (const href of await sources
    .locator('li a')
    .evaluateAll((as) => as.map((a) => a.getAttribute('href')))) {
    expect(href).toMatch(/^https?:\/\//);
  }
});

test("/about shows each conflict's map credits with their links, what its map draws, and the licences", async ({
  page,
}) => {
  await page.goto('/about');
  const licences = page.locator('section', {
    has: page.getByRole('heading', { level: 2, name: 'Licences and attributions' }),
  });
  const ids = readdirSync('data').filter((id) => existsSync(join('data', id, 'conflict.json')));
  expect(ids.length).toBeGreaterThan(1);
  for (const id of ids) {
    const c = JSON.parse(readFileSync(join('data', id, 'conflict.json'), 'utf8')) as {
      title: string;
      map: { credits: { text: string; href?: string }[]; about?: string };
    };
    const item = page.getByTestId('map-credits').locator('li', { hasText: `${c.title}:` });
    await expect(item).toContainText(c.map.credits.map((p) => p.text).join(''));
    for (const p of c.map.credits.filter((p) => p.href))
      await expect(item.getByRole('link', { name: p.text, exact: true })).toHaveAttribute(
        'href',
        p.href!,
      );
    expect(c.map.about, `${id} says what its map draws`).toBeTruthy();
    await expect(item).toContainText(c.map.about!);
  }
  await expect(licences.getByRole('link', { name: 'ODbL', exact: true })).toHaveAttribute(
    'href',
    'https://opendatacommons.org/licenses/odbl/1-0/',
  );
  await expect(licences).toContainText('MIT licence');
});

test(
  '/about links to the data page, and the site navigation reaches both pages',
  { tag: '@static' },
  async ({ page }) => {
    await page.goto('/about');
    await page.getByRole('main').getByRole('link', { name: 'data page' }).first().click();
    await expect(page).toHaveURL(/\/data$/);
    await page
      .getByRole('navigation', { name: 'Site' })
      .getByRole('link', { name: 'About' })
      .click();
    await expect(page).toHaveURL(/\/about$/);
  },
);

test('/about says what kind of publisher each source is, and where the dataset is thin', async ({
  page,
}) => {
  await page.goto('/about');
  const sources = page.locator('section', {
    has: page.getByRole('heading', { level: 2, name: 'Sources' }),
  });
  const lede = (await sources.locator('p').first().textContent()) ?? '';
  const total = Number(/(\d+) sources/.exec(lede)?.[1]);
  // "… of publisher it is: 20 news agencies, 51 news outlets, …": the kinds add up to the total.
  const byKind = [
    ...lede.matchAll(
      /(\d+) (news agencies|news outlets|official sources|analysts|state media|aggregators|encyclopedias|kind not recorded)/g,
    ),
  ];
  expect(byKind.length).toBeGreaterThan(1);
  expect(byKind.reduce((n, m) => n + Number(m[1]), 0)).toBe(total);
  expect(lede).not.toContain('kind not recorded');
  await expect(sources.locator('li').first()).toContainText(
    /news agency|news outlet|official source|analysts|state media|aggregator|encyclopedia/,
  );

  const coverage = page.locator('section', {
    has: page.getByRole('heading', { level: 2, name: /^Coverage/ }),
  });
  await expect(coverage.getByRole('table')).toBeVisible();
  await expect(coverage.locator('tbody tr').first()).toContainText(/^20\d\d/);
});
