import { expect, test } from '@playwright/test';

test('the home page names the dataset and the "as of" date', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Russia–Ukraine war');
  await expect(page.locator('.as-of time')).toHaveAttribute('datetime', '2025-01-21');
});
