import { expect, test, type Locator, type Page } from './fixtures/test';
import { readFile } from 'node:fs/promises';

// A small RFC 4180 reader of its own, so the test does not trust the app's CSV code.
function readCsv(text: string): Record<string, string>[] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let inQuotes = false;
  const src = text.replace(/^\uFEFF/, '');
  const endField = () => {
    row.push(field);
    field = '';
  };
  for (let i = 0; i < src.length; i++) {
    const c = src[i];
    if (inQuotes) {
      if (c === '"' && src[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') inQuotes = false;
      else field += c;
    } else if (c === '"') inQuotes = true;
    else if (c === ',') endField();
    else if (c === '\n') {
      field = field.replace(/\r$/, '');
      endField();
      rows.push(row);
      row = [];
    } else field += c;
  }
  if (field || row.length) {
    endField();
    rows.push(row);
  }
  const [header = [], ...body] = rows;
  return body.map((r) => Object.fromEntries(header.map((h, k) => [h, r[k] ?? ''])));
}

const table = (page: Page, id: string) => page.locator(`#table-${id}`);
const bodyRows = (t: Locator) => t.locator('tbody tr');
/** The text of the first line of each cell of a column, top to bottom. */
const columnLines = async (t: Locator, column: number) =>
  t.locator(`tbody tr > :nth-child(${column}) > span:first-child`).allTextContents();

test(
  '/data lists every kind of fact in captioned tables with a table of contents',
  { tag: '@static' },
  async ({ page }) => {
    await page.goto('/ukraine/data');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Data: Russia–Ukraine war');
    const toc = page.getByRole('navigation', { name: 'On this page' });
    for (const name of [
      'Downloads',
      'Statements',
      'Events',
      'Control figures',
      'Territorial claims',
    ]) {
      await expect(toc.getByRole('link', { name })).toBeVisible();
    }
    for (const id of ['statements', 'events', 'control', 'claims']) {
      const t = table(page, id);
      await expect(t.locator('caption')).toContainText(/\d+/);
      const count = Number(/(\d+)/.exec((await t.locator('caption').textContent()) ?? '')?.[1]);
      await expect(bodyRows(t)).toHaveCount(count);
      await expect(t.locator('thead th[scope="col"]').first()).toBeVisible();
    }
  },
);

test('a statement row gives date with precision and basis, speaker with role and party, source and evidence sentence', async ({
  page,
}) => {
  await page.goto('/ukraine/data');
  const row = page.locator('#st-2025-01-20-putin-open-to-dialogue');
  await expect(row).toContainText('20 Jan 2025');
  await expect(row).toContainText('day precision; worked out from a relative date');
  await expect(row).toContainText('Vladimir Putin');
  await expect(row).toContainText('President of Russia · Russia');
  await expect(row).toContainText(
    '“We are open to dialogue with the new U.S. administration on the Ukrainian conflict”',
  );
  await expect(row).toContainText('via Kremlin website');
  await expect(row).toContainText('Newsroom');
  await expect(row).toContainText(
    'Putin Signals Willingness for Ukraine Peace Talks as Trump Takes Office',
  );
  await expect(row).toContainText('according to the Kremlin’s official website');
  await expect(row).toContainText('sentence of the source text');
  // Indirect speech is not put in quotation marks; a year stays a year; an unknown date says so.
  const medvedev = page.locator('#st-2024-medvedev-peacekeepers-targets');
  await expect(medvedev.locator('th > span').first()).toHaveText(/^NATO peacekeepers could become/);
  await expect(medvedev).toContainText('indirect speech');
  await expect(medvedev.locator('td').first().locator('span')).toHaveText([
    '2024',
    /^year precision; worked out from a relative date/,
  ]);
  await expect(page.locator('#st-putin-concrete-real-peace-proposal')).toContainText(
    'date not stated (before 21 Jan 2025)',
  );
});

test('control figures say the measure in words, the group, the status and claimant, and link the source', async ({
  page,
}) => {
  await page.goto('/ukraine/data');
  const donbas = page
    .locator('#table-control tbody tr', { hasText: 'group: Donetsk + Luhansk' })
    .filter({ hasText: 'Newsroom' });
  await expect(donbas).toHaveCount(1);
  await expect(donbas).toContainText('about 80% held by Russia');
  await expect(page.locator('#cf-ua-23-2025-01-21-newsroom')).toContainText(
    'more than 70% held by Russia',
  );
  await expect(page.locator('#cf-ua-48-2025-01-21-newsroom')).toContainText(
    'partly held by Russia',
  );
  const ukraineShare = page
    .locator('#table-control tbody tr', { hasText: 'stated as Ukraine’s share' })
    .first();
  await expect(ukraineShare).toContainText('held by Ukraine');
  await expect(
    page.locator('#table-control tbody tr', { hasText: 'claimed by ' }).first(),
  ).toBeVisible();
  const link = page.locator('#table-control tbody tr').nth(1).getByRole('link');
  await expect(link).toHaveAttribute('href', /^https?:\/\//);
});

test('column headers sort the table both ways and say so with aria-sort', async ({ page }) => {
  await page.goto('/ukraine/data');
  const t = table(page, 'statements');
  const dateHeader = t.locator('thead th').nth(0);
  await expect(dateHeader).toHaveAttribute('aria-sort', 'ascending');
  const speaker = t.getByRole('button', { name: /^Speaker/ });
  await speaker.click();
  const speakerHeader = t.locator('thead th').nth(1);
  await expect(speakerHeader).toHaveAttribute('aria-sort', 'ascending');
  await expect(dateHeader).not.toHaveAttribute('aria-sort', /.+/);
  const collator = new Intl.Collator('en', { numeric: true, sensitivity: 'base' });
  const up = await columnLines(t, 2);
  expect(up).toEqual([...up].sort(collator.compare));
  expect(up[0]).not.toEqual(up.at(-1));
  await speaker.click();
  await expect(speakerHeader).toHaveAttribute('aria-sort', 'descending');
  const down = await columnLines(t, 2);
  expect(down).toEqual([...up].sort(collator.compare).reverse());
  await expect(
    page.getByRole('status').filter({ hasText: 'Statements sorted by Speaker, descending.' }),
  ).toBeAttached();
  // Keyboard: the header buttons are reachable and work with Enter.
  const dateButton = t.getByRole('button', { name: /^Date/ });
  await dateButton.focus();
  await page.keyboard.press('Enter');
  await expect(dateHeader).toHaveAttribute('aria-sort', 'ascending');
});

test(
  'each CSV download parses and matches its table, row for row',
  { tag: '@static' },
  async ({ page }) => {
    await page.goto('/ukraine/data');
    for (const [label, id, column, field] of [
      ['Statements (CSV)', 'statements', 2, 'speaker'],
      ['Events (CSV)', 'events', 2, 'title'],
      ['Control figures (CSV)', 'control', 3, 'figure'],
      ['Territorial claims (CSV)', 'claims', 2, 'claimant'],
    ] as const) {
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('link', { name: label }).click(),
      ]);
      const file = await download.path();
      const records = readCsv(await readFile(file, 'utf8'));
      const t = table(page, id);
      const ids = await bodyRows(t).evaluateAll((rows) => rows.map((r) => r.id));
      expect(records.map((r) => r.id).sort(), label).toEqual([...ids].sort());
      const cells = await columnLines(t, column);
      const byId = new Map(records.map((r) => [r.id, r]));
      ids.forEach((rowId, k) =>
        expect(byId.get(rowId)?.[field], `${label} ${rowId}`).toBe(cells[k]),
      );
      expect(
        records.every((r) => r.source_publisher && r.date !== undefined),
        label,
      ).toBe(true);
    }
  },
);

test('a reader narrows every table to some kinds of source, the address keeps it, and the count is said', async ({
  page,
}) => {
  await page.goto('/ukraine/data');
  const filter = page.getByRole('group', { name: 'Show facts from' });
  await expect(filter).toBeVisible();
  const boxes = filter.getByRole('checkbox');
  const kinds = await boxes.count();
  expect(kinds).toBeGreaterThan(2);
  const control = table(page, 'control');
  const all = await bodyRows(control).count();
  // Keep news agencies only: untick every other kind.
  for (let i = 0; i < kinds; i++) {
    const box = boxes.nth(i);
    if ((await box.getAttribute('value')) !== 'wire') await box.uncheck();
  }
  await expect(page).toHaveURL(/[?&]kinds=wire(&|$)/);
  const shown = await bodyRows(control).count();
  expect(shown).toBeGreaterThan(0);
  expect(shown).toBeLessThan(all);
  await expect(control.locator('caption')).toContainText(`(showing ${shown} of ${all})`);
  for (const cell of await control.locator('tbody tr > td:nth-child(5)').allTextContents())
    expect(cell).toContain('news agency');
  await expect(
    page.getByRole('status').filter({ hasText: /Showing \d+ of \d+ facts/ }),
  ).toHaveCount(1);

  // The address brings the same view back, and "Show all kinds" undoes it.
  await page.reload();
  await expect(bodyRows(control)).toHaveCount(shown);
  await filter.getByRole('button', { name: 'Show all kinds' }).click();
  await expect(bodyRows(control)).toHaveCount(all);
  await expect(page).not.toHaveURL(/kinds=/);
});

test('/data counts the facts of each year, every year from the first to the last, and says where it is thin', async ({
  page,
}) => {
  await page.goto('/gaza/data');
  const coverage = page.locator('#coverage-years');
  const years = (await coverage.locator('tbody th[scope="row"]').allTextContents()).map(Number);
  expect(years.length).toBeGreaterThan(3);
  years.forEach((y, i) => expect(y).toBe((years[0] ?? 0) + i));
  // The statements column adds up to the statements table's dated rows.
  const perYear = (await coverage.locator('tbody tr > td:nth-child(2)').allTextContents()).map(
    Number,
  );
  const dates = await columnLines(table(page, 'statements'), 1);
  expect(perYear.reduce((a, b) => a + b, 0)).toBe(dates.filter((d) => /\d{4}/.test(d)).length);
  // An empty year is a row of zeros, and the thin list names it.
  const empty = years.filter((_, i) => perYear[i] === 0);
  if (empty.length)
    await expect(page.getByTestId('coverage-years-thin')).toContainText(String(empty[0]));
});

test('the JSON download holds the whole dataset', { tag: '@static' }, async ({ page, request }) => {
  await page.goto('/ukraine/data');
  const href = await page.getByRole('link', { name: 'Whole dataset (JSON)' }).getAttribute('href');
  const response = await request.get(href ?? '');
  expect(response.ok()).toBe(true);
  const json = (await response.json()) as {
    statements: unknown[];
    control: unknown[];
    sources: unknown[];
  };
  await expect(bodyRows(table(page, 'statements'))).toHaveCount(json.statements.length);
  await expect(bodyRows(table(page, 'control'))).toHaveCount(json.control.length);
  expect(json.sources.length).toBeGreaterThan(100);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('/data is readable: every table is there, with plain headers', async ({ page }) => {
    await page.goto('/ukraine/data');
    await expect(bodyRows(table(page, 'control')).first()).toBeVisible();
    expect(await bodyRows(table(page, 'statements')).count()).toBeGreaterThan(40);
    await expect(page.locator('thead button')).toHaveCount(0);
    await expect(table(page, 'statements').locator('thead th').first()).toHaveText('Date');
  });
});
