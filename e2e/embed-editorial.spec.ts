import { readFileSync } from 'node:fs';
import { expect, test } from './fixtures/test';

// A journalist's words on an embed: title, subtitle, note, byline, alt, annotations, and the
// legend and download switches, set in the Share dialog and carried by the URL, the page and
// every picture the embed downloads.

const words = new URLSearchParams({
  view: 'map',
  date: '2022-03-01',
  title: 'Who held Kherson',
  subtitle: 'Share of each region held by Russia',
  note: 'Figures are as reported by the sources named under each one.',
  byline: 'Chart: Jane Doe / The Daily',
  alt: 'Map of Ukraine: Russia holds most of Kherson Oblast on 1 March 2022',
});
words.append('annotate', 'UA-65:Kherson city falls on 2 March');
words.append('annotate', '2022-02-24:The full-scale invasion begins');

test('the embed shows the journalist’s title, subtitle, note, byline and annotations as text', async ({
  page,
}) => {
  await page.goto(`/embed?${words}`);
  await expect(page.locator('#embed')).toHaveAttribute('data-ready', 'true');
  await expect(page.locator('#fe-title')).toHaveText('Who held Kherson');
  await expect(page).toHaveTitle('Who held Kherson · Faultline');
  await expect(page.locator('#fe-subtitle')).toHaveText('Share of each region held by Russia');
  await expect(page.locator('#fe-note')).toHaveText(
    'Figures are as reported by the sources named under each one.',
  );
  await expect(page.locator('#fe-byline')).toHaveText('Chart: Jane Doe / The Daily');
  const notes = page.locator('#fe-annotations li');
  await expect(notes).toHaveCount(2);
  await expect(notes.nth(0)).toContainText('Kherson Oblast: Kherson city falls on 2 March');
  await expect(notes.nth(1)).toContainText('24 February 2022: The full-scale invasion begins');
  // The alt text describes the whole figure for screen readers.
  await expect(page.locator('#embed')).toHaveAccessibleDescription(/Russia holds most of Kherson/);
  // An annotation is a way in: its date moves the chart there; its region is selected.
  await notes.nth(1).getByRole('button').click();
  await expect(page.locator('#fe-date')).toHaveAttribute('datetime', '2022-02-24');
  await expect(notes.nth(1)).toHaveAttribute('data-current', 'true');
  await notes.nth(0).getByRole('button').click();
  await expect(page.locator('.cm-label[data-region="UA-65"]')).toHaveAttribute(
    'aria-pressed',
    'true',
  );
});

test('annotations are drawn where they point: a numbered region label, a numbered pin on the day', async ({
  page,
}) => {
  const both = new URLSearchParams(words);
  both.set('view', 'both');
  both.set('date', '2022-11-15');
  await page.goto(`/embed?${both}`);
  await expect(page.locator('#embed')).toHaveAttribute('data-ready', 'true');
  // Note 1 is on Kherson Oblast: its number on the label, which stays shown, and its words
  // at the end of the label's accessible name (the visible text still starts it).
  const kherson = page.locator('.cm-label[data-region="UA-65"]');
  await expect(kherson).toBeVisible();
  await expect(kherson.locator('.cm-label-callout')).toHaveText('1');
  await expect(kherson).toHaveAttribute(
    'aria-label',
    /^1 Kherson .*Note 1: Kherson city falls on 2 March$/,
  );
  await expect(page.locator('.cm-label-callout')).toHaveCount(1);
  // Note 2 is on 24 February 2022: a pin numbered 2 on that day of the timeline.
  const pins = page.locator('.tl-pin');
  await expect(pins).toHaveCount(1);
  await expect(pins.locator('text')).toHaveText('2');
  await expect(pins.locator('title')).toHaveText(
    'Note 2, 24 Feb 2022: The full-scale invasion begins',
  );
  // At that day's place on the axis: the "as of" cursor, moved to it, meets the pin.
  await page.locator('#fe-annotations li').nth(1).getByRole('button').click();
  await expect(page.locator('#fe-date')).toHaveAttribute('datetime', '2022-02-24');
  const xOf = (sel: string) =>
    page.locator(sel).evaluate((el) => {
      const r = el.getBoundingClientRect();
      return r.x + r.width / 2;
    });
  await expect
    .poll(async () => Math.abs((await xOf('.tl-pin circle')) - (await xOf('.tl-cursor line'))))
    .toBeLessThan(1.5);
});

test('legend=0 and downloads=0 hide the legend and the download buttons', async ({ page }) => {
  await page.goto('/embed?view=map&legend=0&downloads=0');
  await expect(page.locator('#embed')).toHaveAttribute('data-ready', 'true');
  await expect(page.locator('.fe-map .cm-legend')).toBeHidden();
  await expect(page.locator('#fe-actions')).toBeHidden();
  await page.goto('/embed?view=timeline&downloads=0');
  await expect(page.locator('#embed')).toHaveAttribute('data-ready', 'true');
  await expect(page.getByRole('button', { name: /Download the timeline/ })).toHaveCount(0);
});

test('hostile words stay inert text, cut to their limits', async ({ page }) => {
  const dialogs: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  const q = new URLSearchParams({
    view: 'map',
    title: '<img src=x onerror=alert(1)>',
    note: `<script>alert(2)</script>${'x'.repeat(2000)}`,
    byline: '\u202Eevil\u202C',
  });
  q.append('annotate', 'UA-65:<b onmouseover=alert(3)>bold</b>');
  await page.goto(`/embed?${q}`);
  await expect(page.locator('#embed')).toHaveAttribute('data-ready', 'true');
  await expect(page.locator('#fe-title')).toHaveText('<img src=x onerror=alert(1)>');
  await expect(page.locator('#fe-title img, #fe-note script, #fe-annotations b')).toHaveCount(0);
  expect(Array.from(await page.locator('#fe-note').innerText()).length).toBeLessThanOrEqual(400);
  await expect(page.locator('#fe-byline')).toHaveText('evil');
  expect(dialogs).toEqual([]);
});

test('the map SVG download carries title, date, legend, the journalist’s words, sources and the boundary credit', async ({
  page,
}) => {
  await page.goto(`/embed?${words}`);
  await expect(page.locator('#embed')).toHaveAttribute('data-ready', 'true');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.locator('#fe-svg').click(),
  ]);
  expect(download.suggestedFilename()).toBe('faultline-ukraine-map-2022-03-01.svg');
  const svg = readFileSync((await download.path())!, 'utf8');
  for (const text of [
    'Who held Kherson',
    'Share of each region held by Russia',
    'Control as of 1 March 2022',
    'Share of the region held by',
    '1. Kherson Oblast: Kherson city falls on 2 March',
    'Chart: Jane Doe / The Daily',
    'OpenStreetMap contributors',
    'cited sources',
  ])
    expect(svg).toContain(text);
  expect(svg).toContain('data-region="UA-65"');
  // It is a picture a browser can draw: it loads as an image at its own size.
  const size = await page.evaluate(async (text) => {
    const img = new Image();
    img.src = URL.createObjectURL(new Blob([text], { type: 'image/svg+xml' }));
    await img.decode();
    return [img.naturalWidth, img.naturalHeight];
  }, svg);
  expect(size[0]).toBe(1200);
  expect(size[1]).toBeGreaterThan(940);
  // The PNG is the same layout, twice the size.
  const [png] = await Promise.all([page.waitForEvent('download'), page.locator('#fe-png').click()]);
  const file = readFileSync((await png.path())!);
  expect([file.readUInt32BE(16), file.readUInt32BE(20)]).toEqual([2400, size[1]! * 2]);
});

test('the Share dialog’s words reach the embed code and the preview', async ({ page }) => {
  await page.goto('/ukraine?date=2022-03-01');
  test.setTimeout(60_000);
  const dialog = page.getByTestId('share-dialog');
  // The button works once the page has hydrated: press until the dialog opens.
  await expect(async () => {
    await page.getByRole('button', { name: 'Share & embed' }).click();
    await expect(dialog).toBeVisible({ timeout: 1000 });
  }).toPass({ timeout: 20_000 });
  await dialog.getByLabel('Title', { exact: true }).fill('Who held Kherson');
  await dialog.getByLabel('Byline').fill('Chart: J. Doe');
  await dialog.getByLabel('Alt text').fill('A map of control in Ukraine');
  await dialog.getByLabel('Show the legend').uncheck();
  await dialog.getByRole('button', { name: 'Add an annotation' }).click();
  await dialog.getByLabel('Annotation 1: on a date or a region').selectOption('region');
  await dialog.getByLabel('Annotation 1: region').selectOption('UA-65');
  await dialog.getByLabel('Annotation 1: text').fill('Falls on 2 March');
  const code = dialog.getByLabel('Embed code');
  await expect(code).toHaveValue(/title=Who\+held\+Kherson/);
  await expect(code).toHaveValue(/title="A map of control in Ukraine"/);
  await expect(code).toHaveValue(/legend=0/);
  await expect(code).toHaveValue(/annotate=UA-65%3AFalls\+on\+2\+March/);
  // Without scripts, the picture keeps the journalist's words as its caption.
  await expect(code).toHaveValue(
    /<figcaption>Who held Kherson<br>1\. Kherson Oblast: Falls on 2 March<br>Chart: J\. Doe<\/figcaption>/,
  );
  const preview = page.frameLocator('[data-testid="share-preview"]');
  await expect(preview.locator('#fe-title')).toHaveText('Who held Kherson');
  await expect(preview.locator('#fe-byline')).toHaveText('Chart: J. Doe');
  await expect(preview.locator('#fe-annotations li')).toContainText(
    'Kherson Oblast: Falls on 2 March',
  );
  await expect(preview.locator('.fe-map .cm-legend')).toBeHidden();
});
