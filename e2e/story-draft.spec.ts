import { expect, test, type Page } from './fixtures/test';

// The story builder's draft, kept in this browser, survives what a browser does to it: a
// corrupt stored value, a second tab, a full storage, a button that replaces it.

const KEY = 'faultline-story-draft';
const builder = (page: Page) => page.getByTestId('story-builder');
const stepCount = (page: Page) =>
  builder(page).getByRole('list', { name: 'Steps of the story' }).locator('li');

async function openBuilder(page: Page, query = '') {
  await page.goto(`/ukraine${query}`);
  // Hydrated first (the timeline has drawn): a click on the summary before that is undone.
  await expect(page.locator('.tl')).toHaveAttribute('data-marks', /^[1-9]/);
  await builder(page).locator(':scope > summary').click();
  await expect(builder(page).getByRole('button', { name: /^Add the map on/ })).toBeVisible();
}

test('a corrupt stored draft is set aside, the reader is told, and the explorer still loads', async ({
  page,
}) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  const bad = '{"title":"x","steps":[null]}';
  await page.goto('/about');
  await page.evaluate(([k, v]) => localStorage.setItem(k!, v!), [KEY, bad]);
  for (let i = 0; i < 2; i++) {
    await page.goto('/ukraine');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Russia–Ukraine war');
    await expect(page.locator('.tl-zoom-surface').first()).toBeVisible({ timeout: 15_000 });
  }
  // Told once, in words, and the draft is kept under another key rather than deleted.
  await page.goto('/about');
  await page.evaluate(([k, v]) => localStorage.setItem(k!, v!), [KEY, bad]);
  await page.goto('/ukraine');
  const notice = page.getByTestId('draft-notice');
  await expect(notice).toContainText('could not be read');
  await expect(notice).toContainText('set aside');
  const kept = await page.evaluate((k) => {
    const out: Record<string, string> = {};
    for (let i = 0; i < localStorage.length; i++) {
      const key = localStorage.key(i)!;
      if (key.startsWith(`${k}-unreadable`)) out[key] = localStorage.getItem(key)!;
    }
    return Object.values(out);
  }, KEY);
  expect(kept).toContain(bad);
  await builder(page).locator(':scope > summary').click();
  await expect(builder(page).locator(':scope > summary')).toContainText('(0 steps)');
  expect(errors).toEqual([]);
});

test('two tabs stay in step: each shows the steps the other added', async ({ context }) => {
  const a = await context.newPage();
  const b = await context.newPage();
  await openBuilder(a, '?date=2022-09-30');
  await openBuilder(b, '?date=2014-03-18');
  await builder(a)
    .getByRole('button', { name: /^Add the map on/ })
    .click();
  await expect(builder(b).locator(':scope > summary')).toContainText('(1 step)');
  await builder(b)
    .getByRole('button', { name: /^Add the map on/ })
    .click();
  await expect(stepCount(b)).toHaveCount(2);
  await expect(stepCount(a)).toHaveCount(2);
  const stored = await a.evaluate((k) => JSON.parse(localStorage.getItem(k) ?? '{}'), KEY);
  expect(stored.steps).toEqual([{ date: '2022-09-30' }, { date: '2014-03-18' }]);
});

test('"Start from the default story" and "Clear" ask first and can be undone', async ({ page }) => {
  await openBuilder(page, '?date=2022-09-30');
  await builder(page).getByLabel('Story title').fill('Mine');
  await builder(page)
    .getByRole('button', { name: /^Add the map on/ })
    .click();
  await expect(stepCount(page)).toHaveCount(1);

  const start = builder(page).getByRole('button', { name: 'Start from the default story' });
  await start.click();
  const dialog = page.getByRole('dialog');
  await expect(dialog).toContainText('Replace your story');
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toHaveCount(0);
  await expect(start).toBeFocused();
  await expect(stepCount(page)).toHaveCount(1);

  await start.click();
  await page.getByRole('dialog').getByRole('button', { name: 'Replace' }).click();
  await expect(stepCount(page)).not.toHaveCount(1);
  const undo = builder(page).getByRole('button', { name: 'Undo' });
  await expect(undo).toBeFocused();
  await undo.click();
  await expect(stepCount(page)).toHaveCount(1);
  await expect(builder(page).getByLabel('Story title')).toHaveValue('Mine');

  await builder(page).getByRole('button', { name: 'Clear' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Clear' }).click();
  await expect(stepCount(page)).toHaveCount(0);
  await builder(page).getByRole('button', { name: 'Undo' }).click();
  await expect(stepCount(page)).toHaveCount(1);
  // The undone story is what is stored.
  await page.reload();
  await builder(page).locator(':scope > summary').click();
  await expect(stepCount(page)).toHaveCount(1);
});

test('with storage full the builder says the step was not saved', async ({ page }) => {
  await page.addInitScript((k) => {
    const original = Storage.prototype.setItem;
    Storage.prototype.setItem = function (this: Storage, key: string, value: string) {
      if (key === k) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return original.call(this, key, value);
    };
  }, KEY);
  await openBuilder(page, '?date=2022-09-30');
  await builder(page)
    .getByRole('button', { name: /^Add the map on/ })
    .click();
  await expect(builder(page).getByRole('status')).toContainText('could not be saved');
});

test('a step’s title, map date and outlined regions are edited in the builder and presented', async ({
  page,
}) => {
  await openBuilder(page, '?date=2022-09-30');
  await builder(page)
    .getByRole('button', { name: /^Add the map on/ })
    .click();
  await expect(stepCount(page)).toHaveCount(1);
  await builder(page).getByLabel('Description').fill('Annexation claims, autumn 2022.');
  const editor = builder(page).getByTestId('step-editor-1');
  await editor.locator('summary').click();
  await editor.getByLabel('Title').fill('Four oblasts claimed');
  await editor.getByLabel('Map as of').fill('2022-10-05');
  // A date step outlines nothing by default; the teacher picks two regions.
  await editor.getByRole('checkbox', { name: 'None, as on any date step' }).uncheck();
  const regions = editor.getByRole('list', { name: 'Regions outlined on step 1' });
  await regions.getByRole('checkbox', { name: 'Kherson Oblast' }).check();
  await regions.getByRole('checkbox', { name: 'Zaporizhzhia Oblast' }).check();
  await expect(editor.locator('summary')).toContainText('(3 changed)');
  // A day the dataset does not cover is refused in words, and the last good day is kept.
  await editor.getByLabel('Map as of').fill('1999-01-01');
  await expect(builder(page).getByRole('status').first()).toContainText(
    'Step 1: the map can show a day from',
  );
  const stored = await page.evaluate((k) => JSON.parse(localStorage.getItem(k) ?? 'null'), KEY);
  expect(stored).toEqual({
    title: '',
    description: 'Annexation claims, autumn 2022.',
    steps: [
      {
        date: '2022-09-30',
        title: 'Four oblasts claimed',
        map: { asOf: '2022-10-05', highlight: ['UA-65', 'UA-23'] },
      },
    ],
  });
  // Presented: the heading in the teacher's words, the map of that day, the two outlined.
  await page.goto('/ukraine/present/draft');
  await expect(page.getByTestId('slide-text')).toHaveText('Four oblasts claimed');
  const svg = page.getByTestId('story-map').locator('svg');
  await expect(svg).toHaveAttribute('data-day', '2022-10-05');
  await expect(svg).toHaveAttribute('data-highlight', 'UA-65 UA-23');
  await page.goto('/ukraine/print/draft');
  await expect(page.locator('section[data-cover]')).toContainText(
    'Annexation claims, autumn 2022.',
  );
});
