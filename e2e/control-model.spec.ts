import { expect, test, type Page } from '@playwright/test';
import { mapHost, pixelsAt, reachMap, regionLabel, shaded } from './fixtures/map-page';

// Control model v2 as a reader sees it, on both renderers: no silent "no occupation", groups
// never overwrite a member's own figure, words get their own swatches, claims are drawn as
// claims, the legend explains every swatch drawn. Pixels are read at each region's label point.

const host = mapHost;
const label = regionLabel;

async function openMap(page: Page, query: string, renderer: 'webgl' | 'svg') {
  await page.goto(`/ukraine${query}${query.includes('?') ? '&' : '?'}renderer=${renderer}`);
  await reachMap(page);
  await expect(host(page)).toHaveAttribute('data-renderer', renderer, { timeout: 20_000 });
  await expect(host(page)).toHaveAttribute('data-ready', 'true');
}

/** "No recent figure" is a cool grey: blue at least as strong as red (the 0% step is warm). */
const grey = ([r, g, b]: [number, number, number]) => Math.abs(r - g) < 25 && b >= r - 12;

for (const renderer of ['webgl', 'svg'] as const) {
  test.describe(`control model v2 (${renderer})`, () => {
    test('2016: Donetsk and Luhansk read "no recent figure", never "no occupation reported" or 0%', async ({
      page,
    }) => {
      await openMap(page, '?date=2016-06-01', renderer);
      const px = await pixelsAt(page, ['UA-14', 'UA-09', 'UA-43']);
      for (const id of ['UA-14', 'UA-09']) {
        await expect(label(page, id)).toHaveAttribute('data-swatch', 'no-recent');
        await expect(label(page, id)).toHaveAttribute('aria-label', /No recent figure/);
        expect(grey(px[id]!), `${id} ${px[id]}`).toBe(true);
        await label(page, id).hover();
        const tip = page.locator('.cm-tooltip');
        await expect(tip).toContainText('No recent figure');
        await expect(tip).not.toContainText(/^No occupation reported/);
      }
      // Crimea, held since 2014, keeps the darkest step: a 2016 figure for the whole peninsula
      // is drawn on the group, and the member says it is part of it, never a figure of its own.
      const [r, g, b] = px['UA-43']!;
      expect(r - g > 60 && r - b > 60, `Crimea ${px['UA-43']}`).toBe(true);
      await expect(label(page, 'UA-43')).toContainText('part of Crimean peninsula');
      await expect(label(page, 'UA-43')).toHaveAttribute('data-group-member', 'true');
    });

    test('21 Jan 2025: Donetsk and Luhansk keep their own figures, never the Donbas ≈80%', async ({
      page,
    }) => {
      await openMap(page, '?date=2025-01-21', renderer);
      await expect(label(page, 'UA-14')).toContainText('66%');
      await expect(label(page, 'UA-09')).toContainText('99%');
      for (const id of ['UA-14', 'UA-09']) await expect(label(page, id)).not.toContainText('80');
      // Mykolaiv holds only the Kinburn Spit: "partly", in its own swatch, not a share step.
      await expect(label(page, 'UA-48')).toHaveAttribute('data-swatch', 'partial');
      await expect(label(page, 'UA-48')).toContainText('partly');
      const px = await pixelsAt(page, ['UA-48']);
      expect(shaded(px['UA-48']!), `Mykolaiv ${px['UA-48']}`).toBe(false);
      expect(px['UA-48']![1], `Mykolaiv ${px['UA-48']}`).toBeGreaterThan(170);
    });

    test('Nov 2025: a group figure is labelled once on the group, its members as part of it', async ({
      page,
    }) => {
      await openMap(page, '?date=2025-11-25', renderer);
      const group = host(page).locator('.cm-group-label[data-group="donbas"]');
      await expect(group).toBeVisible();
      await expect(group).toHaveText('Donbas ≈85.5%');
      // Luhansk's own "almost all" (Aug 2025) is older and less precise: part of Donbas.
      await expect(label(page, 'UA-09')).toContainText('part of Donbas');
      await expect(label(page, 'UA-09')).not.toContainText('85.5');
      // Donetsk's own 81% (31 Oct 2025) is more precise and recent: it keeps it.
      await expect(label(page, 'UA-14')).toContainText('81%');
    });

    test('a date with only claims draws an outline, not a fill; "include claims" fills them, labelled', async ({
      page,
    }) => {
      // Kherson, 1 Jun 2022: only the Russian-installed administration's figure.
      await openMap(page, '?date=2022-06-01', renderer);
      await expect(label(page, 'UA-65')).toHaveAttribute('data-swatch', 'no-recent');
      expect(shaded((await pixelsAt(page, ['UA-65']))['UA-65']!)).toBe(false);
      await label(page, 'UA-65').focus();
      await expect(page.locator('.cm-tooltip')).toContainText('(a claim, not an assessment)');
      await page.getByLabel(/Include claims/).check();
      await expect(page).toHaveURL(/claims=1/);
      await expect(label(page, 'UA-65')).toContainText('claimed');
      await expect.poll(async () => shaded((await pixelsAt(page, ['UA-65']))['UA-65']!)).toBe(true);
    });

    for (const date of ['2016-06-01', '2022-06-01', '2025-01-21', '2025-11-25']) {
      test(`the legend explains every swatch drawn on ${date}`, async ({ page }) => {
        await openMap(page, `?date=${date}`, renderer);
        const drawn = new Set(
          await host(page)
            .locator('.cm-label')
            .evaluateAll((els) => els.map((e) => e.getAttribute('data-swatch') ?? '')),
        );
        expect(drawn.size).toBeGreaterThan(1);
        for (const swatch of drawn)
          await expect(page.locator(`.cm-legend [data-legend="${swatch}"]`), swatch).toHaveCount(1);
      });
    }
  });
}

test('the legend names the shaded party, and a link can shade the other party', async ({
  page,
}) => {
  await page.goto('/ukraine?date=2025-01-21&party=ukraine&renderer=svg');
  await expect(page.locator('.cm-legend-title')).toHaveText('Share of the region held by Ukraine');
  await expect(label(page, 'UA-14')).toContainText('34%');
});

test('Play says when nothing new comes for a long time, instead of leaping silently', async ({
  page,
}) => {
  await page.goto('/ukraine?date=2017-03-01');
  await expect(page.getByTestId('scrubber-gap')).toContainText(/Nothing new in this dataset until/);
  await page.goto('/ukraine?date=2025-01-21');
  await expect(page.getByTestId('scrubber-gap')).toHaveText('');
});
