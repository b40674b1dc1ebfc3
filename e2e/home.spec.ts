import { expect, test } from './fixtures/test';

test(
  'the explorer names the dataset and the "as of" date',
  { tag: '@static' },
  async ({ page }) => {
    await page.goto('/ukraine');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Russia–Ukraine war');
    await expect(page.locator('.as-of time')).toHaveAttribute('datetime', '2025-01-21');
  },
);

for (const width of [375, 1280]) {
  test(`at ${width} px nothing jumps when the timeline is drawn (layout shift under 0.1)`, async ({
    page,
  }) => {
    await page.setViewportSize({ width, height: 800 });
    await page.addInitScript(() => {
      const w = window as unknown as { __shift: number };
      w.__shift = 0;
      new PerformanceObserver((list) => {
        for (const e of list.getEntries() as unknown as {
          value: number;
          hadRecentInput: boolean;
        }[])
          if (!e.hadRecentInput) w.__shift += e.value;
      }).observe({ type: 'layout-shift', buffered: true });
    });
    await page.goto('/ukraine');
    await expect(page.locator('.tl')).toHaveAttribute('data-marks', /^[1-9]/);
    await expect(page.locator('.timeline-view')).toHaveAttribute('data-drawn', 'true');
    await page.waitForTimeout(500);
    const shift = await page.evaluate(() => (window as unknown as { __shift: number }).__shift);
    expect(shift).toBeLessThan(0.1);
  });
}

test('without JavaScript the page keeps no empty room for the timeline', async ({ browser }) => {
  const context = await browser.newContext({
    javaScriptEnabled: false,
    viewport: { width: 375, height: 800 },
  });
  const page = await context.newPage();
  await page.goto('/ukraine');
  const height = await page
    .locator('.timeline-view')
    .evaluate((el) => el.getBoundingClientRect().height);
  expect(height).toBeLessThan(50);
  await context.close();
});
