import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from './fixtures/test';
import { readFileSync } from 'node:fs';

// The article is pasted through the page like a person would; the file is read here only to type it.
const seed = readFileSync('data/ukraine/sources/newsroom-2025-01-21.txt', 'utf8');

async function extractSeed(page: Page) {
  await page.goto('/ingest');
  await page.getByLabel('Article text').fill(seed);
  await page.getByRole('button', { name: 'Extract facts' }).click();
  await expect(page.getByRole('status').first()).toContainText('facts drafted', {
    // The extractor loads and runs in a Web Worker: seconds on a busy machine.
    timeout: 20_000,
  });
}

test(
  'pasting an article highlights every drafted fact and lists it for review',
  { tag: '@static' },
  async ({ page }) => {
    const requests: { url: string; method: string; body: string }[] = [];
    page.on('request', (r) =>
      requests.push({ url: r.url(), method: r.method(), body: r.postData() ?? '' }),
    );
    await extractSeed(page);
    const before = requests.length;
    await expect(page.getByRole('heading', { name: 'Statements (8)' })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Control figures (7)' })).toBeVisible();
    const cards = page.getByTestId('fact-card');
    const n = await cards.count();
    expect(n).toBeGreaterThanOrEqual(15);
    // Every fact has a highlight in the text.
    const marked = await page
      .locator('mark[data-facts]')
      .evaluateAll(
        (els) => new Set(els.flatMap((e) => (e.getAttribute('data-facts') ?? '').split(' '))).size,
      );
    expect(marked).toBe(n);
    // Clicking a highlight selects its card.
    await page
      .locator('mark[data-facts]')
      .filter({ hasText: 'approximately 80 percent' })
      .first()
      .click();
    await expect(page.locator('[data-testid="fact-card"]:focus')).toContainText('Donbas');
    // Nothing is uploaded: after extraction only same-origin GETs (code chunks), no bodies.
    const after = requests
      .slice(before)
      .filter((r) => !r.url.startsWith('data:') && !r.url.startsWith('blob:'));
    expect(
      after.filter((r) => r.method !== 'GET' || r.body || !r.url.startsWith('http://127.0.0.1:')),
    ).toEqual([]);
  },
);

test('rejecting and editing facts changes the downloaded file, which stays valid', async ({
  page,
}) => {
  await extractSeed(page);
  const first = page.getByTestId('fact-card').first();
  await first.getByLabel('Words').fill('We are open to dialogue with the new U.S. administration');
  await first.getByRole('button', { name: 'Accept' }).click();
  await expect(first.getByRole('button', { name: 'Accept' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  const second = page.getByTestId('fact-card').nth(1);
  await second.getByRole('button', { name: 'Reject' }).click();
  await expect(page.getByText('The reviewed file passes validation.')).toBeVisible();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download reviewed file (.json)' }).click(),
  ]);
  const path = await download.path();
  const file = JSON.parse(readFileSync(path, 'utf8')) as {
    statements: { text: string; review: string }[];
  };
  expect(file.statements).toHaveLength(7);
  expect(file.statements[0]).toMatchObject({
    text: 'We are open to dialogue with the new U.S. administration',
    review: 'accepted',
  });
  expect(file.statements.slice(1).every((s) => s.review === 'pending')).toBe(true);
});

test('the ingest page has no axe violations before and after extraction, and fits a phone', async ({
  page,
}) => {
  // Two axe scans around a worker extraction: over 30 s on a busy machine.
  test.slow();
  await page.goto('/ingest');
  expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
  await extractSeed(page);
  expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
  await page.screenshot({ path: '/tmp/ingest-1280.png', fullPage: false });
  await page.getByRole('heading', { name: 'Article', exact: true }).scrollIntoViewIfNeeded();
  await page.evaluate(() => window.scrollBy(0, 700));
  await page.screenshot({ path: '/tmp/ingest-1280-work.png', fullPage: false });
  await page
    .locator('mark[data-facts]')
    .filter({ hasText: 'approximately 80 percent' })
    .first()
    .scrollIntoViewIfNeeded();
  await page.screenshot({ path: '/tmp/ingest-1280-marks.png', fullPage: false });
  await page.setViewportSize({ width: 375, height: 740 });
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
  await page.screenshot({ path: '/tmp/ingest-375.png', fullPage: false });
  await page.getByTestId('fact-card').first().scrollIntoViewIfNeeded();
  await page.screenshot({ path: '/tmp/ingest-375-cards.png', fullPage: false });
});

test('empty input gets a plain message, not a crash', async ({ page }) => {
  await page.goto('/ingest');
  await page.getByRole('button', { name: 'Extract facts' }).click();
  await expect(page.getByRole('status').first()).toHaveText(
    'Nothing to extract: the input is empty.',
  );
});

test('an HTML file opened from disk is reduced to its main text in the browser', async ({
  page,
}) => {
  const para =
    'Analysts said the front had barely moved in recent weeks, according to a long report on the fighting. '.repeat(
      3,
    );
  const html = `<!doctype html><html><head><meta property="og:title" content="Synthetic Test Page"><meta property="article:published_time" content="2025-01-21T09:00:00Z"><meta property="og:site_name" content="Example News"></head><body><nav>Menu Home Sections</nav><article><h1>Synthetic Test Page</h1><p>${para}</p><p>Russia controls approximately 80 percent of the Donbas region, the report said.</p><p>${para}</p></article></body></html>`;
  await page.goto('/ingest');
  await page
    .getByLabel('Or open a file (.txt, .html)')
    .setInputFiles({ name: 'page.html', mimeType: 'text/html', buffer: Buffer.from(html) });
  await expect(page.getByRole('status').first()).toContainText('fact');
  await expect(page.getByRole('heading', { name: 'Control figures (1)' })).toBeVisible();
  await expect(page.getByTestId('ingest-text')).not.toContainText('Menu Home Sections');
  await expect(page.getByTestId('fact-card').first()).toContainText('Donbas');
});

test('the extractor loads only when "Extract facts" is clicked, and a wire dateline gives the date', async ({
  page,
}) => {
  const scripts: string[] = [];
  page.on('response', (r) => {
    if (/\.m?js(\?|$)/.test(r.url())) scripts.push(r.url());
  });
  await page.goto('/ingest');
  await page.waitForLoadState('networkidle');
  const upFront = new Set(scripts);
  await page
    .getByLabel('Article text')
    .fill(
      'DONETSK, Ukraine, Aug. 28, 2014 (Test Press) — Russian-backed separatists now control roughly a third of the Donetsk and Lugansk regions, according to Western estimates.',
    );
  await page.getByRole('button', { name: 'Extract facts' }).click();
  await expect(page.getByRole('status').first()).toContainText('facts drafted');
  // The extractor came in a chunk the page had not fetched before the click.
  expect(scripts.filter((u) => !upFront.has(u)).length).toBeGreaterThan(0);
  await expect(page.getByRole('heading', { name: 'Control figures (2)' })).toBeVisible();
  await expect(page.getByText('published 2014-08-28')).toBeVisible();
});

// Review work is kept in this browser across reloads, and never thrown away without asking.

test('/ingest keeps the text and every review decision across a reload', async ({ page }) => {
  await extractSeed(page);
  const card = (i: number) => page.getByTestId('fact-card').nth(i);
  await card(0).getByLabel('Words').fill('We are open to dialogue');
  await card(0).getByRole('button', { name: 'Accept' }).click();
  await card(1).getByRole('button', { name: 'Reject' }).click();
  await page.reload();
  await expect(page.getByLabel('Article text')).toHaveValue(seed);
  await expect(card(0).getByRole('button', { name: 'Accept' })).toHaveAttribute(
    'aria-pressed',
    'true',
    { timeout: 15_000 },
  );
  await expect(card(0).getByLabel('Words')).toHaveValue('We are open to dialogue');
  await expect(card(1).getByRole('button', { name: 'Reject' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await expect(page.getByRole('status').first()).toContainText('Restored');
});

test('/ingest asks before Extract throws away review decisions', async ({ page }) => {
  await extractSeed(page);
  const accept = page.getByTestId('fact-card').first().getByRole('button', { name: 'Accept' });
  await accept.click();
  const extract = page.getByRole('button', { name: 'Extract facts' });
  await extract.click();
  const dialog = page.getByRole('dialog');
  await expect(dialog).toContainText('Discard');
  await dialog.getByRole('button', { name: 'Keep my review' }).click();
  await expect(extract).toBeFocused();
  await expect(accept).toHaveAttribute('aria-pressed', 'true');
  await extract.click();
  await page.getByRole('dialog').getByRole('button', { name: 'Discard and extract' }).click();
  await expect(accept).toHaveAttribute('aria-pressed', 'false');
});

test('/ingest says when the text is too long to keep in this browser', async ({ page }) => {
  await page.goto('/ingest');
  await page.getByLabel('Article text').fill('word '.repeat(220_000));
  await expect(page.getByTestId('ingest-kept')).toContainText('too long to keep');
});

test('/ingest extracts a long article off the main thread, with progress and Cancel', async ({
  page,
}) => {
  await page.goto('/ingest');
  // About 0.3 MB: seconds of work for the extractor. (Set as a paste would, in one input
  // event: Playwright's fill types long multi-line text slowly.)
  const long = Array.from({ length: 100 }, () => seed).join('\n\n');
  await page.getByLabel('Article text').evaluate((el: HTMLTextAreaElement, text) => {
    const set = Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value')?.set;
    set?.call(el, text);
    el.dispatchEvent(new Event('input', { bubbles: true }));
  }, long);
  await expect(page.getByLabel('Article text')).toHaveValue(long);
  await page.getByRole('button', { name: 'Extract facts' }).click();
  const progress = page.getByTestId('ingest-progress');
  await expect(progress).toContainText('Extracting facts');
  // The page still answers (a frame is drawn) while the extractor works.
  const t0 = Date.now();
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => r(null))));
  expect(Date.now() - t0).toBeLessThan(1_000);
  await progress.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByRole('status').first()).toHaveText(
    'Extraction cancelled: nothing was changed.',
  );
  await expect(progress).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Extract facts' })).toBeEnabled();
});

test('a long draft draws only the cards near the screen, and a mark far down still opens its card', async ({
  page,
}) => {
  await page.goto('/ingest');
  // Synthetic text (generated here, not an article): 600 one-quote sentences, one fact each.
  const n = 600;
  const lines = ['KYIV, March 3, 2025 (Synthetic Wire) — Synthetic text for a test.', ''];
  for (let i = 1; i <= n; i++)
    lines.push(`"We will hold position number ${i} whatever it costs," Zelensky said.`);
  await page.getByLabel('Article text').evaluate((el: HTMLTextAreaElement, text) => {
    const set = Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value')?.set;
    set?.call(el, text);
    el.dispatchEvent(new Event('input', { bubbles: true }));
  }, lines.join('\n'));
  await page.getByRole('button', { name: 'Extract facts' }).click();
  await expect(page.getByRole('heading', { name: `Statements (${n})` })).toBeVisible({
    timeout: 30_000,
  });
  const cards = page.getByTestId('fact-card');
  const drawn = await cards.count();
  expect(drawn).toBeGreaterThan(0);
  expect(drawn).toBeLessThan(60);
  // Each drawn card says where it is in the whole list.
  await expect(cards.first()).toHaveAttribute('aria-setsize', String(n));
  await expect(page.getByText('A long list: the cards near the screen are drawn')).toBeVisible();

  // The last quote's highlight, at the end of the article, opens the last card.
  await page.locator('mark[data-facts]').last().click();
  const focused = page.locator('[data-testid="fact-card"]:focus');
  await expect(focused).toHaveAttribute('aria-posinset', String(n));
  await expect(focused.getByLabel('Words')).toHaveValue(/position number 600 /);
  await expect(focused).toBeInViewport();
  await focused.getByRole('button', { name: 'Accept' }).click();
  await expect(page.getByText(`${n} drafted · 1 accepted · 0 rejected`)).toBeVisible();
  expect(await cards.count()).toBeLessThan(60);
});

test('an ACLED file chosen on /sudan/ingest becomes a draft, with every row it could not read listed', async ({
  page,
}) => {
  // Made-up rows in ACLED's column layout naming a region and a place of the Sudan dataset.
  const header =
    'event_id_cnty,event_date,year,time_precision,disorder_type,event_type,sub_event_type,actor1,assoc_actor_1,inter1,actor2,assoc_actor_2,inter2,interaction,civilian_targeting,iso,region,country,admin1,admin2,admin3,location,latitude,longitude,geo_precision,source,source_scale,notes,fatalities,tags,timestamp';
  const row = (id: string, date: string, location: string, notes: string) =>
    `${id},${date},2024,1,Political violence,Battles,Armed clash,Rapid Support Forces,,2,,,0,20,,729,Synthetic,Sudan,North Darfur,,,${location},13.6,25.3,1,Synthetic Wire,National,${notes},0,,1`;
  const csv = [
    header,
    row('T1', '2024-05-10', 'El Fasher', 'Made up <img src=x onerror="window.__pwned=1">.'),
    row('T2', '05/10/2024', 'El Fasher', 'Ambiguous date.'),
    row('T3', '2024-05-11', 'Madeupville', 'A place the dataset does not list.'),
  ].join('\n');
  await page.goto('/sudan/ingest');
  await page
    .getByLabel('Choose an event file')
    .setInputFiles({ name: 'acled.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
  const status = page.getByRole('status').filter({ hasText: 'ACLED' });
  await expect(status).toHaveText(
    'ACLED: 2 of 3 rows of acled.csv drafted; 1 problem listed below.',
  );
  const problems = page.getByRole('table', {
    name: 'What could not be read, or was read only in part',
  });
  await expect(problems.getByRole('row').nth(1)).toContainText('3event_datenot read');
  await expect(page.getByText('Madeupville (SD-DN, with its point): rows 4')).toBeVisible();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download draft (2 facts, .json)' }).click(),
  ]);
  const draft = JSON.parse(readFileSync(await download.path(), 'utf8')) as {
    events: { regions: string[]; places?: string[]; review: string; description: string }[];
  };
  expect(draft.events.map((e) => [e.regions, e.places, e.review])).toEqual([
    [['SD-DN'], ['el-fasher'], 'pending'],
    [['SD-DN'], ['madeupville'], 'pending'],
  ]);
  expect(draft.events[0]!.description).toContain('<img src=x');
  expect(await page.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();
  // A file in no format it knows, and one that is not UTF-8, get a message.
  await page
    .getByLabel('Choose an event file')
    .setInputFiles({ name: 'x.csv', mimeType: 'text/csv', buffer: Buffer.from('a,b\n1,2\n') });
  await expect(page.getByRole('status').filter({ hasText: 'x.csv' })).toContainText(
    'is not an ACLED or UCDP GED CSV',
  );
  await page.getByLabel('Choose an event file').setInputFiles({
    name: 'latin1.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from([0x61, 0xe9, 0x0a]),
  });
  await expect(page.getByRole('status').filter({ hasText: 'latin1.csv' })).toContainText(
    'is not UTF-8 text',
  );
});
