import { expect, test } from './fixtures/test';
import { storyFragment } from '../lib/story/share-link';
import type { Story } from '../lib/schema';

// A story built at home, presented on the classroom PC: by a link that holds it, or by a file.

const BIDEN = 'st-2014-03-18-joe-biden';
const story = {
  schemaVersion: 1,
  id: 'crimea-and-after',
  title: 'Crimea and after',
  steps: [{ statement: BIDEN, note: 'Ask why.' }, { date: '2022-09-30' }],
} as Story;
const DRAFT_KEY = 'faultline-story-draft';

test('a story link opens the story in a browser that has never seen it, and leaves its draft alone', async ({
  page,
}) => {
  test.setTimeout(60_000);
  await page.goto('/ukraine/present/draft?none');
  await page.evaluate(
    (key) =>
      localStorage.setItem(key, JSON.stringify({ title: 'Mine', steps: [{ date: '2015-02-12' }] })),
    DRAFT_KEY,
  );
  const before = await page.evaluate(() => JSON.stringify(localStorage));
  await page.goto(`/ukraine/present/draft#${await storyFragment(story)}`);
  await expect(page.getByTestId('progress')).toHaveText('Step 1 of 2');
  await expect(page.getByTestId('slide-text')).toContainText('land grab');
  await expect(page.getByTestId('story-origin')).toContainText('This story came with the link');
  expect(await page.evaluate(() => JSON.stringify(localStorage))).toBe(before);
  // The presenter window gets the same story through its link.
  const presenter = page.getByRole('link', { name: 'Presenter view' });
  await expect(presenter).toHaveAttribute('href', /#story=/);

  // Keeping it asks before replacing a draft with steps; "Keep my draft" keeps it.
  await page.getByRole('button', { name: 'Keep it as my draft' }).click();
  await expect(page.getByRole('dialog', { name: 'Replace your draft?' })).toBeVisible();
  await page.getByRole('button', { name: 'Keep my draft' }).click();
  expect(await page.evaluate(() => JSON.stringify(localStorage))).toBe(before);
  await page.getByRole('button', { name: 'Keep it as my draft' }).click();
  await page.getByRole('button', { name: 'Replace my draft' }).click();
  await expect(page.getByTestId('story-origin')).toContainText('Kept as your draft');
  const kept = await page.evaluate((key) => localStorage.getItem(key), DRAFT_KEY);
  expect(JSON.parse(kept!)).toMatchObject({ title: 'Crimea and after', steps: story.steps });
});

test('a damaged story link says so, and offers to open a file instead', async ({ page }) => {
  const fragment = await storyFragment(story);
  await page.goto(`/ukraine/present/draft#${fragment.slice(0, -10)}`);
  await expect(page.getByTestId('draft-error')).toContainText('damaged or cut short');
  await expect(page.getByLabel('Open a story file')).toBeVisible();
});

test('a story file opens by the file picker, checked, with errors that name the file', async ({
  page,
}) => {
  await page.goto('/ukraine/present/draft?none');
  const input = page.getByLabel('Open a story file');
  await input.setInputFiles({
    name: 'broken.json',
    mimeType: 'application/json',
    buffer: Buffer.from('{"title": "half'),
  });
  await expect(page.getByTestId('story-open-error')).toContainText('broken.json is not valid JSON');
  await input.setInputFiles({
    name: 'not-a-story.json',
    mimeType: 'application/json',
    buffer: Buffer.from('{"title": "x", "steps": []}'),
  });
  await expect(page.getByTestId('story-open-error')).toContainText(
    'not-a-story.json: It is not a Faultline story',
  );
  await input.setInputFiles({
    name: 'crimea.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(story)),
  });
  await expect(page.getByTestId('progress')).toHaveText('Step 1 of 2');
  await expect(page.getByTestId('story-origin')).toContainText('from the file you opened');
});

test('"Share this story" in the builder gives a link that presents it elsewhere', async ({
  page,
  browser,
  baseURL,
}) => {
  test.setTimeout(60_000);
  await page.goto(`/ukraine?item=${BIDEN}`);
  await page.evaluate(
    ([key, value]) => localStorage.setItem(key!, value!),
    [DRAFT_KEY, JSON.stringify({ title: story.title, steps: story.steps })],
  );
  await page.reload();
  const builder = page.getByTestId('story-builder');
  await expect(async () => {
    if (!(await builder.evaluate((d) => (d as HTMLDetailsElement).open)))
      await builder.locator(':scope > summary').click();
    await expect(builder.getByRole('button', { name: 'Share this story' })).toBeVisible({
      timeout: 1000,
    });
  }).toPass({ timeout: 20_000 });
  await builder.getByRole('button', { name: 'Share this story' }).click();
  const link = await builder.getByTestId('story-link').inputValue();
  expect(link).toMatch(new RegExp(`^${baseURL}/ukraine/present/draft#story=[A-Za-z0-9_-]+$`));
  const other = await browser.newContext();
  const elsewhere = await other.newPage();
  await elsewhere.goto(link);
  await expect(elsewhere.getByTestId('progress')).toHaveText('Step 1 of 2');
  await other.close();
  // A change to the story takes the old link away: it would share the story as it was.
  await builder.getByLabel('Story title').fill(`${story.title}, revised`);
  await expect(builder.getByTestId('story-link')).toHaveCount(0);
  await builder.getByRole('button', { name: 'Share this story' }).click();
  const again = await builder.getByTestId('story-link').inputValue();
  expect(again).not.toBe(link);
});
