import { expect, test, type Page } from './fixtures/test';

/** Opens the explorer and waits until the map has drawn, so nothing shifts under a click. */
async function open(page: Page, query = '') {
  await page.goto(`/ukraine${query}`);
  await expect(page.locator('[data-ready="true"]')).toHaveCount(1, { timeout: 20_000 });
}

// The linked explorer's state: URL restore, back/forward, garbage URLs, play, compare, panels.

test(
  'a shared link restores the date, the selected statement and the region',
  { tag: '@static' },
  async ({ page }) => {
    await open(page, '?date=2022-09-30&item=st-2025-01-20-putin-root-causes&region=UA-23');
    const detail = page.getByTestId('fact-detail');
    await expect(detail).toContainText(
      'The most important thing here is to eliminate the root causes of the crisis',
    );
    await expect(detail).toContainText('Monday 20 Jan 2025');
    await expect(detail).toContainText('worked out from a relative date');
    await expect(detail.locator('mark')).toHaveText(
      '“The most important thing here is to eliminate the root causes of the crisis.”',
    );
    // The link names its own date, which wins over the statement's day.
    await expect(page.locator('.as-of time')).toHaveAttribute('datetime', '2022-09-30');
    await expect(page.getByTestId('region-panel')).toContainText('Zaporizhzhia Oblast');
  },
);

test('a garbage URL loads the default view', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await open(
    page,
    '?date=2025-02-30&item=%3Cscript%3E&region=XX-1&speakers=,,,&q=' +
      'x'.repeat(5000) +
      '&compare=tomorrow&%E0%A4%A=1',
  );
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Russia–Ukraine war');
  await expect(page.locator('.as-of time')).toHaveAttribute('datetime', '2025-01-21');
  await expect(page.getByTestId('fact-detail')).toHaveCount(0);
  await expect(page.getByTestId('region-panel')).toHaveCount(0);
  expect(errors).toEqual([]);
});

test('selecting from the region panel moves the date, updates the URL, and back/forward walk through selections', async ({
  page,
}) => {
  await open(page, '?region=UA-23');
  const panel = page.getByTestId('region-panel');
  await panel
    .getByRole('button', { name: /Yevgeny Balitsky: There is no way of taking Zaporozhye/ })
    .click();
  await expect(page.getByTestId('fact-detail')).toContainText('Yevgeny Balitsky');
  await expect(page.locator('.as-of time')).toHaveAttribute('datetime', '2023-01-16');
  await expect(page).toHaveURL(/item=st-2023-01-16-yevgeny-balitsky/);

  await panel
    .getByRole('button', { name: /Jens Stoltenberg: do not, and will not, recognize/ })
    .click();
  await expect(page.locator('.as-of time')).toHaveAttribute('datetime', '2022-09-30');

  await page.goBack();
  await expect(page.getByTestId('fact-detail')).toContainText('Yevgeny Balitsky');
  await expect(page.locator('.as-of time')).toHaveAttribute('datetime', '2023-01-16');
  await page.goBack();
  await expect(page.getByTestId('fact-detail')).toHaveCount(0);
  await page.goForward();
  await expect(page.getByTestId('fact-detail')).toContainText('Yevgeny Balitsky');
});

test('the date slider steps by day, by month and to the next change by keyboard', async ({
  page,
}) => {
  await open(page, '?date=2025-01-10');
  const slider = page.getByRole('slider', { name: 'As of date' });
  await slider.focus();
  await page.keyboard.press('ArrowRight');
  await expect(page.locator('.as-of time')).toHaveAttribute('datetime', '2025-01-11');
  await page.keyboard.press('Shift+ArrowRight');
  await expect(page.locator('.as-of time')).toHaveAttribute('datetime', '2025-02-11');
  await page.keyboard.press('PageUp');
  await expect(page.locator('.as-of time')).toHaveAttribute('datetime', '2025-01-21');
  await page.keyboard.press('PageUp');
  await expect(page.locator('.as-of time')).toHaveAttribute('datetime', '2025-01-20');
  await expect(slider).toHaveAttribute('aria-valuetext', '20 January 2025');
});

test('play advances the date through the changes and stops at the end', async ({ page }) => {
  await open(page, '?date=2025-12-01');
  await page.getByRole('combobox', { name: 'Speed' }).selectOption('8');
  await page.getByRole('button', { name: 'Play' }).click();
  await expect(page.locator('.as-of time')).not.toHaveAttribute('datetime', '2025-12-01');
  await expect(page.getByRole('button', { name: 'Play' })).toBeVisible({ timeout: 10_000 });
  await expect(page.locator('.as-of time')).toHaveAttribute('datetime', '2025-12-29');
});

test('compare lists the regions whose figure changed between two dates', async ({ page }) => {
  // Kherson: the 2014 baseline on 1 Feb 2022, more than 70% held by Russia on 21 Jan 2025.
  await open(page, '?date=2025-01-21');
  await page.getByLabel(/Compare 21 Jan 2025 with/).fill('2022-02-01');
  const table = page.getByTestId('compare-table');
  await expect(table).toContainText('Kherson');
  await expect(table).not.toContainText('Lviv');
  await expect(page).toHaveURL(/compare=2022-02-01/);
  // Both dates on the map side by side, then the change between them, and both dates marked on
  // the timeline.
  await expect(page.getByTestId('compare-maps').locator('svg')).toHaveCount(3);
  const change = page.getByTestId('change-map');
  // From no occupation reported to more than 70%: a rise of 70 to 100 points, large for sure.
  await expect(change.locator('[data-region="UA-65"]')).toHaveAttribute(
    'data-change',
    'rise-large',
  );
  await expect(change.locator('[data-region="UA-46"]')).toHaveAttribute('data-change', 'same');
  await expect(table.locator('tr', { hasText: 'Kherson' })).toContainText(
    'rose by 70 to 100 points',
  );
  await expect(change.locator('.change-legend li[data-change="rise-large"]')).toContainText(
    'rose by 10 points or more (',
  );
  await expect(page.locator('.tl-compare text')).toHaveText('Compared: 1 Feb 2022');
  await page.reload();
  await expect(page.getByTestId('compare-table')).toContainText('Kherson');
});

test('filters narrow the timeline count and say the map is unaffected', async ({ page }) => {
  await open(page, '');
  await page.getByText('Search and filter').click();
  await page.getByRole('searchbox', { name: /Search words/ }).fill('root causes');
  await expect(page.locator('.filters summary')).toContainText('(1 of');
  await expect(page.getByText('Filters narrow the timeline only.')).toBeVisible();
  // The timeline draws only the matching statement; the map still shades every region.
  const drawnIds = () =>
    page
      .locator('.tl')
      .evaluate((el) =>
        (el as unknown as Record<string, { drawnMarks: () => { ids: string[] }[] }>)
          ['faultlineTimeline']!.drawnMarks()
          .flatMap((m) => m.ids),
      );
  await expect.poll(drawnIds).toEqual(['st-2025-01-20-putin-root-causes']);
  await expect(page).toHaveURL(/q=root\+causes/);
});

test('selecting a statement lights up on the map the regions it mentions', async ({ page }) => {
  await open(page, '?item=st-putin-concrete-real-peace-proposal');
  const map = page.locator('[data-mentioned]');
  await expect(map).toHaveAttribute('data-mentioned', 'UA-09 UA-14 UA-23 UA-65');
  // A statement naming a group lights up its members.
  await open(page, '?item=ev-2025-11-20-a-us-28-point-peace');
  await expect(page.locator('[data-mentioned]')).toHaveAttribute('data-mentioned', 'UA-09 UA-14');
});

test('selecting a region rings on the timeline the statements that mention it', async ({
  page,
}) => {
  await open(page, '?region=UA-23');
  await expect(page.getByTestId('region-panel')).toContainText('Control over time');
  await expect(
    page.locator('.tl-ring-mention[data-id="st-2023-01-16-yevgeny-balitsky"]'),
  ).toHaveCount(1);
  await expect(page.locator('.tl-ring-mention[data-id="st-2014-03-18-joe-biden"]')).toHaveCount(0);
});

test('the region panel reads at a glance: its figure marked on the chart, whole dates, short lists', async ({
  page,
}) => {
  await open(page, '?region=UA-14&date=2025-01-21');
  const panel = page.getByTestId('region-panel');
  // The words: figure, then its date, as one sentence ("66%, as of January 2025 (…)").
  await expect(panel.locator('p').first()).toContainText(/Russia controls 66%, as of January 2025/);
  // The chart names its axis and marks the figure in force on the date, in the source's words.
  const chart = panel.locator('.history-chart svg');
  await expect(chart.locator('.history-y-title')).toHaveText("Russia's share");
  await expect(chart.locator('.history-now text')).toHaveText('66%');
  // No date in the table breaks across lines ("202 / 2").
  const cells = panel.locator('tbody td:first-child');
  expect(await cells.count()).toBeGreaterThan(5);
  const lines = await cells.evaluateAll((els) =>
    els.map((e) => {
      const range = document.createRange();
      range.selectNodeContents(e);
      return new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size;
    }),
  );
  for (const n of lines) expect(n).toBe(1);
  // Long lists show their first entries and a button for the rest, which moves focus on.
  const places = panel.getByTestId('region-places').locator('li');
  await expect(places).toHaveCount(8);
  const more = panel.getByRole('button', { name: /^Show all \d+ places$/ });
  const total = Number((await more.textContent())!.match(/\d+/)![0]);
  await more.click();
  await expect(places).toHaveCount(total);
  await expect(places.nth(8).getByRole('button').first()).toBeFocused();
  await expect(more).toHaveCount(0);
  const said = panel.getByRole('button', { name: /^Show all \d+ statements and events$/ });
  await expect(said).toBeVisible();
});

// The axis is kept with its compressed stretch (2014, 2015, 2016, 2017, 2022…, not 2014, 2016…).
test('a filter that matches nothing says so, offers to clear it, and keeps the axis', async ({
  page,
}) => {
  await open(page);
  const ticks = () =>
    page.locator('.tl-axis .tick text').evaluateAll((els) => els.map((e) => e.textContent));
  const before = await ticks();
  expect(before.length).toBeGreaterThan(2);
  await page.locator('.filters summary').click();
  await page.getByLabel('Search words, names, sources').fill('zzzzqqq');
  const empty = page.getByTestId('no-match');
  await expect(empty).toContainText('No statement or event matches');
  expect(await ticks()).toEqual(before);
  await empty.getByRole('button', { name: 'Clear filters' }).click();
  await expect(empty).toHaveCount(0);
  await expect(page.getByLabel('Search words, names, sources')).toHaveValue('');

  // Opened straight from a link, the axis spans the data, not some other century.
  await open(page, '?q=zzzzqqq');
  await expect(page.getByTestId('no-match')).toContainText('No statement or event matches');
  expect(await ticks()).toEqual(before);
});

test('a caption beside the date says what happened on or just before it, and selects it', async ({
  page,
}) => {
  await page.goto('/ukraine?date=2025-01-21');
  const caption = page.getByTestId('date-caption');
  await expect(caption).toContainText(
    /^Latest \((on this date|\d+ days? before)\): \d+ \w+ 20\d\d — /,
  );
  const id = await caption.getAttribute('data-item');
  await caption.getByRole('button').click();
  await expect(page).toHaveURL(new RegExp(`item=${id}`));
  // Moving the date moves the caption.
  await page.goto('/ukraine?date=2014-03-20');
  await expect(caption).toContainText(/2014/);
  expect(await caption.getAttribute('data-item')).not.toBe(id);
});

test('on a 375×740 phone the sticky date bar stays within 15% of the screen, with its controls', async ({
  page,
}) => {
  await page.setViewportSize({ width: 375, height: 740 });
  await page.goto('/ukraine');
  await expect(page.getByRole('button', { name: 'Play' })).toBeVisible();
  await page.evaluate(() => window.scrollBy(0, 800));
  const bar = page.locator('.explorer-bar');
  await expect.poll(async () => (await bar.boundingBox())!.y).toBe(0); // stuck to the top
  const box = (await bar.boundingBox())!;
  expect(box.height).toBeLessThanOrEqual(740 * 0.15);
  for (const target of [
    bar.getByRole('button', { name: /^Play/ }),
    bar.getByRole('button', { name: /^Share/ }),
    bar.locator('summary', { hasText: 'Export' }),
  ]) {
    const b = (await target.boundingBox())!;
    expect(b.height).toBeGreaterThanOrEqual(24); // the minimum target size
    expect(b.y + b.height).toBeLessThanOrEqual(box.height + 1);
  }
});

for (const [width, height] of [
  [1280, 800],
  [375, 740],
] as const) {
  test(`at ${width}×${height} the panel of a statement picked on the timeline opens in view`, async ({
    page,
  }) => {
    await page.setViewportSize({ width, height });
    await page.emulateMedia({ reducedMotion: 'reduce' });
    // On a phone the map starts only when it comes near the screen: wait for the timeline.
    await page.goto('/ukraine');
    await expect(page.locator('.tl')).toHaveAttribute('data-marks', /^[1-9]/);
    type Handle = {
      drawnMarks(): {
        kind: string;
        ids: string[];
        x: number;
        y: number;
        width: number;
        height: number;
      }[];
    };
    const markOf = () =>
      page
        .locator('.tl')
        .evaluate((el) =>
          (el as unknown as Record<string, Handle>)
            ['faultlineTimeline']!.drawnMarks()
            .find((m) => m.kind === 'item' && m.ids[0] === 'st-2014-03-18-joe-biden'),
        );
    await page.locator('.tl').scrollIntoViewIfNeeded();
    // Biden's lane sits below many speakers' lanes: bring his mark on screen first.
    const first = (await markOf())!;
    await page.evaluate((y) => window.scrollBy(0, y - 200), first.y);
    const m = (await markOf())!;
    await page.mouse.click(m.x + m.width / 2, m.y + m.height / 2);
    const detail = page.getByTestId('fact-detail');
    await expect(detail).toContainText('nothing more than a land grab');
    // The panel's heading is on screen, and so is the mark that was tapped.
    await expect
      .poll(async () => {
        const r = (await detail.locator('h2').boundingBox())!;
        return r.y >= 0 && r.y + r.height <= height;
      })
      .toBe(true);
    const after = (await markOf())!;
    expect(after.y).toBeGreaterThanOrEqual(0);
    const sheet = (await detail.boundingBox())!;
    // The mark is not under the panel (on a phone, the panel is a sheet over the foot).
    expect(after.y + after.height <= sheet.y || after.x + after.width <= sheet.x).toBe(true);
    // Closing the panel dismisses it.
    await detail.getByRole('button', { name: 'Close the detail panel' }).click();
    await expect(detail).toHaveCount(0);
  });
}
