import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './fixtures/test';

// The chart tab (?tab=chart): control over time as small multiples, beside the timeline.

test('?tab=chart draws the whole country first, then a chart per group and region with a figure', async ({
  page,
}) => {
  await page.goto('/ukraine?tab=chart&date=2023-06-01');
  const charts = page.getByTestId('control-charts');
  await expect(charts).toBeVisible();
  await expect(page.getByRole('tab', { name: 'Chart' })).toHaveAttribute('aria-selected', 'true');
  const cards = charts.locator('.control-chart');
  await expect(cards.first()).toHaveAttribute('data-kind', 'country');
  await expect(cards.first()).toContainText('Ukraine (whole country)');
  // Every card draws its steps, and says what holds on the date chosen, in the source's words.
  expect(await cards.count()).toBeGreaterThan(10);
  await expect(cards.first().getByTestId('chart-now')).toContainText(
    '1 Jun 2023: Russia 17%, as of April 2023',
  );
  await expect(cards.first().locator('svg [stroke="#1a1d23"]').first()).toBeAttached();
  // The regions no source gives a figure for are named, not drawn as 0%.
  await expect(page.getByTestId('charts-without-figure')).toContainText('Volyn');
  await expect(charts.locator('.control-chart[data-target="UA-07"]')).toHaveCount(0);
  // A claim is an outline, never a filled share.
  await expect(charts.locator('rect.history-claimed').first()).toBeAttached();
  expect(await charts.locator('rect.history-claimed[fill="none"]').count()).toBe(
    await charts.locator('rect.history-claimed').count(),
  );
});

test('the cursor follows the date, and a region’s name selects it and opens its panel', async ({
  page,
}) => {
  await page.goto('/ukraine?tab=chart&date=2023-06-01');
  const donetsk = page.locator('.control-chart[data-target="UA-14"]');
  const cursorX = () => donetsk.locator('line.cursor').getAttribute('x1');
  const before = await cursorX();
  await page.goto('/ukraine?tab=chart&date=2025-01-21');
  await expect.poll(cursorX).not.toBe(before);
  await expect(donetsk.getByTestId('chart-now')).toContainText('21 Jan 2025');

  await donetsk.getByRole('button', { name: 'Donetsk' }).click();
  await expect(page).toHaveURL(/region=UA-14/);
  await expect(page).toHaveURL(/tab=chart/);
  await expect(page.getByTestId('region-panel')).toContainText('Donetsk Oblast');
  await expect(donetsk.getByRole('button', { name: 'Donetsk' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
});

test('the Map / Chart tabs work from the keyboard, keep the map, and Back returns to it', async ({
  page,
}) => {
  await page.goto('/ukraine');
  await expect(page.locator('[data-ready="true"]')).toHaveCount(1, { timeout: 20_000 });
  const mapTab = page.getByRole('tab', { name: 'Map' });
  await expect(mapTab).toHaveAttribute('aria-selected', 'true');
  await mapTab.focus();
  await page.keyboard.press('ArrowRight');
  const chartTab = page.getByRole('tab', { name: 'Chart' });
  await expect(chartTab).toBeFocused();
  await expect(chartTab).toHaveAttribute('aria-selected', 'true');
  await expect(page).toHaveURL(/tab=chart/);
  await expect(page.getByTestId('control-charts')).toBeVisible();
  await expect(page.locator('#view-panel-map')).toBeHidden();
  // The charts are reachable by Tab from the tab list (the country's chart has no button).
  await page.keyboard.press('Tab');
  await expect(page.locator('.control-chart button').first()).toBeFocused();

  await page.goBack();
  await expect(mapTab).toHaveAttribute('aria-selected', 'true');
  await expect(page.locator('#view-panel-map')).toBeVisible();
  await expect(page.locator('[data-ready="true"]')).toHaveCount(1);
});

test('the chart tab has no axe violations', async ({ page }) => {
  await page.goto('/ukraine?tab=chart');
  await expect(page.getByTestId('control-charts')).toBeVisible();
  const r = await new AxeBuilder({ page }).include('#view-panel-chart').analyze();
  expect(r.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`)).toEqual([]);
});
