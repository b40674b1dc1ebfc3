import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

/**
 * Pages scanned with axe. To scan another route, add it here; `ready` waits for whatever
 * the page must have drawn first, `interact` puts it in a second state worth scanning, and
 * `rescan` (a selector) limits the second scan to what the interaction changed.
 */
interface ScannedRoute {
  path: string;
  ready?: (page: Page) => Promise<void>;
  interact?: (page: Page) => Promise<void>;
  rescan?: string;
}

/** Puts a two-step draft story in this browser, reloads, and waits for `selector`. */
const withDraft = (selector: string) => async (page: Page) => {
  await page.evaluate(() =>
    localStorage.setItem(
      'faultline-story-draft',
      JSON.stringify({
        title: 'A draft',
        steps: [{ statement: 'st-2014-03-18-joe-biden', note: 'Ask why.' }, { date: '2022-09-30' }],
      }),
    ),
  );
  await page.reload();
  await expect(page.locator(selector).first()).toBeVisible();
};

const ROUTES: ScannedRoute[] = [
  { path: '/' },
  { path: '/ukraine' },
  {
    path: '/ukraine/data',
    ready: async (page) => {
      await expect(page.locator('thead button').first()).toBeVisible();
    },
    interact: async (page) => {
      await page
        .locator('#table-control')
        .getByRole('button', { name: /^Figure/ })
        .click();
    },
    rescan: '#table-control',
  },
  { path: '/about' },
  // Presentation: each theme, the presenter window and the handout.
  { path: '/ukraine/present' },
  { path: '/ukraine/present?step=9&theme=dark' },
  { path: '/ukraine/present?step=9&theme=contrast' },
  { path: '/ukraine/present/presenter?step=2' },
  { path: '/ukraine/print' },
  // A draft story (from this browser): its presentation and handout, and the page with none.
  { path: '/ukraine/present/draft', ready: withDraft('[data-testid="deck"]') },
  { path: '/ukraine/print/draft', ready: withDraft('section[data-step]') },
  {
    path: '/ukraine/present/draft?none',
    ready: async (page) => expect(page.getByTestId('draft-error')).toBeVisible(),
  },
];

const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const BLOCKING = new Set(['serious', 'critical']);

async function blockingViolations(page: Page, include?: string) {
  const builder = new AxeBuilder({ page }).withTags(WCAG);
  const results = await (include ? builder.include(include) : builder).analyze();
  return results.violations
    .filter((v) => BLOCKING.has(v.impact ?? ''))
    .map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.slice(0, 5).map((n) => n.target.join(' ')),
    }));
}

for (const route of ROUTES) {
  test(`${route.path} has no serious or critical accessibility violations`, async ({ page }) => {
    // axe checks every node (the /data tables hold thousands): slow on a shared 2-core machine.
    test.setTimeout(120_000);
    await page.goto(route.path);
    await page.waitForLoadState('networkidle');
    await route.ready?.(page);
    expect(await blockingViolations(page)).toEqual([]);
    if (route.interact) {
      await route.interact(page);
      expect(await blockingViolations(page, route.rescan)).toEqual([]);
    }
  });
}

// Label in Name (WCAG 2.5.3) is an experimental axe rule, so the tags above do not run it:
// run it by name where visible text and accessible names differ most, the map's labels.
for (const path of [
  '/ukraine',
  // An annotated region's label carries the note's number in its visible text.
  '/embed?view=map&annotate=UA-65:Retaken+in+November',
]) {
  test(`${path}: every map label's visible text is part of its accessible name`, async ({
    page,
  }) => {
    await page.goto(path);
    const labels = page.locator('.cm-label:not([hidden])');
    await expect(labels.first()).toBeVisible({ timeout: 20_000 });
    expect(await labels.count()).toBeGreaterThan(10);
    const results = await new AxeBuilder({ page })
      .include('.cm')
      .withRules(['label-content-name-mismatch'])
      .analyze();
    expect(results.violations.flatMap((v) => v.nodes.map((n) => n.target.join(' ')))).toEqual([]);
    // The rule ran on the labels (a check that looked at nothing would pass too).
    const checked = [...results.passes, ...results.incomplete].flatMap((r) => r.nodes);
    expect(checked.length).toBeGreaterThan(10);
  });
}
