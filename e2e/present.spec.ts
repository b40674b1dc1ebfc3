import { readFileSync, writeFileSync } from 'node:fs';
import { expect, test, type Page } from './fixtures/test';

// The expectations come from the story file and the facts it names (the data, not the app).
interface Step {
  statement?: string;
  event?: string;
}
const story = JSON.parse(readFileSync('data/ukraine/stories/default.json', 'utf8')) as {
  steps: Step[];
};
const source = JSON.parse(readFileSync('data/ukraine/sources/curated-2014-2025.json', 'utf8')) as {
  statements: { id: string; text: string; date: { value: string }; regions: string[] }[];
  events: { id: string; title: string; date: { value: string }; regions: string[] }[];
};
const seed = JSON.parse(
  readFileSync('data/ukraine/sources/newsroom-2025-01-21.json', 'utf8'),
) as typeof source;
const conflict = JSON.parse(readFileSync('data/ukraine/conflict.json', 'utf8')) as {
  regionGroups: { id: string; members: string[] }[];
};
const groups = new Map(conflict.regionGroups.map((g) => [g.id, g.members]));
const facts = new Map<string, { text: string; value: string; regions: string[] }>();
for (const f of [source, seed]) {
  for (const s of f.statements)
    facts.set(s.id, { text: s.text, value: s.date.value, regions: s.regions });
  for (const e of f.events)
    facts.set(e.id, { text: e.title, value: e.date.value, regions: e.regions });
}
const expected = story.steps.map((step) => {
  const id = step.statement ?? step.event ?? '';
  const fact = facts.get(id)!;
  const day =
    fact.value.length === 4
      ? `${fact.value}-01-01`
      : fact.value.length === 7
        ? `${fact.value}-01`
        : fact.value;
  const highlight = [
    ...new Set(fact.regions.flatMap((r) => groups.get(r) ?? (r.startsWith('UA-') ? [r] : []))),
  ];
  return { id, text: fact.text, day, highlight };
});
const N = expected.length;

async function expectStep(page: Page, i: number) {
  const want = expected[i]!;
  await expect(page.getByTestId('progress')).toHaveText(`Step ${i + 1} of ${N}`);
  await expect(page.locator('article[data-slide-id]')).toHaveAttribute('data-slide-id', want.id);
  await expect(page.getByTestId('slide-text')).toContainText(want.text);
  await expect(page.getByTestId('slide-date')).toHaveAttribute('datetime', want.day);
  const svg = page.getByTestId('story-map').locator('svg');
  await expect(svg).toHaveAttribute('data-day', want.day);
  await expect(svg).toHaveAttribute('data-highlight', want.highlight.join(' '));
  // The outlines drawn are exactly the step's regions.
  const drawn = await svg
    .locator('.story-highlight [data-highlight]')
    .evaluateAll((els) =>
      els.map(
        (e) => `${e.getAttribute('data-highlight')}:${(e.getAttribute('d') ?? '').length > 20}`,
      ),
    );
  expect(drawn).toEqual(want.highlight.map((id) => `${id}:true`));
  // Each step has its own address (the first page load may still be the bare /present).
  if (i > 0 || page.url().includes('step='))
    await expect(page).toHaveURL(new RegExp(`[?&]step=${i + 1}(&|$)`));
}

test.describe('/ukraine/present', () => {
  test.use({ viewport: { width: 1920, height: 1080 } });

  test('walks the story by keyboard from first to last step and back; the presenter window follows', async ({
    page,
    context,
  }) => {
    test.setTimeout(120_000);
    await page.goto('/ukraine/present');
    await expectStep(page, 0);
    const presenter = await context.newPage();
    await presenter.goto('/ukraine/present/presenter');
    await expect(presenter.getByTestId('presenter-progress')).toHaveText(`Step 1 of ${N}`);

    const forward = ['ArrowRight', 'Space', 'PageDown'];
    for (let i = 1; i < N; i++) {
      await page.keyboard.press(forward[i % forward.length]!);
      await expectStep(page, i);
      await expect(presenter.getByTestId('presenter-current')).toHaveAttribute(
        'data-slide-id',
        expected[i]!.id,
      );
    }
    // Past the end stays on the last step.
    await page.keyboard.press('ArrowRight');
    await expectStep(page, N - 1);
    await expect(presenter.getByTestId('presenter-next')).toHaveText('End of the story.');

    const back = ['ArrowLeft', 'PageUp'];
    for (let i = N - 2; i >= 0; i--) {
      await page.keyboard.press(back[i % back.length]!);
      await expectStep(page, i);
    }
    await expect(presenter.getByTestId('presenter-progress')).toHaveText(`Step 1 of ${N}`);
    await page.keyboard.press('End');
    await expectStep(page, N - 1);
    await page.keyboard.press('Home');
    await expectStep(page, 0);

    // The presenter drives the audience window too, and shows the teacher's note and the next step.
    await presenter.keyboard.press('ArrowRight');
    await expectStep(page, 1);
    await expect(presenter.getByTestId('presenter-note')).not.toHaveText('No note for this step.');
    await expect(presenter.getByTestId('presenter-next')).toContainText(expected[2]!.text);
    // …with the map the next step will show: its day, its regions outlined.
    const nextMap = presenter.getByTestId('presenter-next').getByTestId('story-map').locator('svg');
    await expect(nextMap).toHaveAttribute('data-day', expected[2]!.day);
    await expect(nextMap).toHaveAttribute('data-highlight', expected[2]!.highlight.join(' '));
    await expect(presenter.getByTestId('presenter-clock')).toHaveText(/^\d\d:\d\d:\d\d$/);
  });

  test('opens the step a deep link names, in large type', { tag: '@static' }, async ({ page }) => {
    await page.goto('/ukraine/present?step=9');
    await expectStep(page, 8);
    const size = await page
      .getByTestId('slide-text')
      .evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
    expect(size).toBeGreaterThanOrEqual(32);
    const detail = page.locator('article p').filter({ hasText: /\S/ });
    for (const px of await detail.evaluateAll((els) =>
      els.map((e) => parseFloat(getComputedStyle(e).fontSize)),
    )) {
      expect(px).toBeGreaterThanOrEqual(32);
    }
    // The outline is really painted: rasterise the map and count the highlight's blue.
    const blue = await page
      .getByTestId('story-map')
      .locator('svg')
      .evaluate(async (svg) => {
        const img = new Image();
        img.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(new XMLSerializer().serializeToString(svg))}`;
        await img.decode();
        const canvas = document.createElement('canvas');
        canvas.width = 720;
        canvas.height = 480;
        const ctx = canvas.getContext('2d')!;
        ctx.drawImage(img, 0, 0, 720, 480);
        const px = ctx.getImageData(0, 0, 720, 480).data;
        let n = 0;
        for (let i = 0; i < px.length; i += 4)
          if (px[i]! < 70 && px[i + 1]! < 100 && px[i + 2]! > 220) n++;
        return n;
      });
    expect(blue).toBeGreaterThan(500);
    await page.goto('/ukraine/present?step=999');
    await expectStep(page, N - 1);
  });

  test('after the theme menu or Full screen, the clicker still drives the slides; B and . blank the screen', async ({
    page,
  }) => {
    await page.goto('/ukraine/present');
    await expectStep(page, 0);
    await page.getByLabel('Theme').selectOption('dark');
    await expect(page.getByTestId('deck')).toBeFocused();
    await page.keyboard.press('PageDown');
    await expectStep(page, 1);
    await expect(page.getByTestId('deck')).toHaveAttribute('data-theme', 'dark');
    // Full screen (refused in a headless browser, which is fine here) leaves focus on the deck:
    // Space moves on rather than pressing the button again.
    await page.getByRole('button', { name: 'Full screen' }).click();
    await page.keyboard.press('Space');
    await expectStep(page, 2);
    // Even with the menu focused, PageDown is the clicker's.
    await page.getByLabel('Theme').focus();
    await page.keyboard.press('PageDown');
    await expectStep(page, 3);
    await expect(page.getByTestId('deck')).toHaveAttribute('data-theme', 'dark');

    await page.keyboard.press('b');
    const blank = page.getByTestId('blank-screen');
    await expect(blank).toBeVisible();
    expect(await blank.evaluate((el) => getComputedStyle(el).backgroundColor)).toBe('rgb(0, 0, 0)');
    // The first slide key brings the slide back without moving on.
    await page.keyboard.press('PageDown');
    await expect(blank).toBeHidden();
    await expectStep(page, 3);
    await page.keyboard.press('.');
    await expect(blank).toBeVisible();
    await page.keyboard.press('.');
    await expect(blank).toBeHidden();
    await page.getByRole('button', { name: 'Blank screen' }).click();
    await expect(blank).toBeVisible();
  });

  test('themes switch, and motion stops when the reader asks for less', async ({ page }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.goto('/ukraine/present');
    const deck = page.getByTestId('deck');
    await page.getByLabel('Theme').selectOption('contrast');
    await expect(deck).toHaveAttribute('data-theme', 'contrast');
    // Polled: the theme's colours may take a (reduced-motion, near-zero) transition to apply.
    await expect
      .poll(() => deck.evaluate((el) => getComputedStyle(el).backgroundColor))
      .toBe('rgb(0, 0, 0)');
    await page.getByLabel('Theme').selectOption('dark');
    await expect(deck).toHaveAttribute('data-theme', 'dark');
    await expect
      .poll(() => page.locator('article').evaluate((el) => getComputedStyle(el).animationName))
      .toBe('none');
    // The choice is remembered.
    await page.reload();
    await expect(deck).toHaveAttribute('data-theme', 'dark');
  });
});

for (const [width, height] of [
  [1280, 720],
  [1366, 768],
] as const) {
  test(`at ${width}×${height} every step's text is at least 24 px, nothing is under the controls, and the key shows what the map draws`, async ({
    page,
  }) => {
    test.slow();
    await page.setViewportSize({ width, height });
    await page.goto('/ukraine/present');
    await expectStep(page, 0);
    const deck = page.getByTestId('deck');
    for (let i = 0; i < N; i++) {
      const check = await deck.evaluate((root) => {
        const nav = root.querySelector('nav')!;
        const top = nav.getBoundingClientRect().top;
        const small: string[] = [];
        const under: string[] = [];
        for (const el of root.querySelectorAll<HTMLElement>('*')) {
          if (el.closest('nav, svg') || el.closest('[class*="srOnly"]')) continue;
          const own = [...el.childNodes]
            .filter((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim())
            .map((n) => n.textContent!.trim())
            .join(' ');
          const box = el.getBoundingClientRect();
          if (!own || box.width <= 1) continue;
          if (parseFloat(getComputedStyle(el).fontSize) < 24) small.push(own.slice(0, 40));
          if (box.bottom > top + 1) under.push(own.slice(0, 40));
        }
        return { small, under, scrolls: root.scrollHeight > root.clientHeight + 24 };
      });
      expect(check, `step ${i + 1}`).toEqual({ small: [], under: [], scrolls: false });
      // The key explains exactly the swatches on this slide's map.
      const drawn = await page
        .getByTestId('story-map')
        .locator('[data-swatch]')
        .evaluateAll((els) => [...new Set(els.map((e) => e.getAttribute('data-swatch')))]);
      const keyed = await page
        .getByTestId('slide-legend')
        .locator('li')
        .evaluateAll((els) => els.map((e) => e.getAttribute('data-legend')));
      expect(
        keyed
          .filter((k) => k!.startsWith('step-') || !/^(bounded|stale|group|claim)$/.test(k!))
          .sort(),
      ).toEqual(drawn.sort());
      if (i < N - 1) {
        await page.keyboard.press('ArrowRight');
        await expectStep(page, i + 1);
      }
    }
  });
}

test('/ukraine/print lays the story out one step per page and prints one PDF page per step on A4 and Letter', async ({
  page,
}) => {
  test.setTimeout(90_000);
  await page.goto('/ukraine/print');
  await expect(page.locator('section[data-step]')).toHaveCount(N);
  // The cover: the story's title, the dates it spans, where it is live, room for notes.
  const cover = page.locator('section[data-cover]');
  await expect(cover.getByRole('heading', { level: 2 })).toHaveText(
    'Russia and Ukraine, 2014–2025: key moments',
  );
  await expect(cover.getByTestId('handout-range')).toContainText(
    /^From \d+ [A-Z][a-z]+ \d{4} to \d+ [A-Z][a-z]+ \d{4}\./,
  );
  await expect(cover.getByTestId('handout-live').getByRole('link')).toHaveAttribute(
    'href',
    /^(https?:\/\/[^/]+)?\/ukraine\/present$/,
  );
  // A phone held up to the page opens the same address.
  await expect(cover.getByTestId('handout-qr')).toHaveAttribute(
    'aria-label',
    /^QR code of https?:\/\/[^/]+\/ukraine\/present$/,
  );
  await expect(cover.getByTestId('handout-notes')).toContainText('Notes');
  for (const [i, want] of expected.entries()) {
    const sheet = page.locator(`section[data-step="${i + 1}"]`);
    await expect(sheet).toContainText(want.text);
    await expect(sheet.locator('svg .story-highlight [data-highlight]')).toHaveCount(
      want.highlight.length,
    );
    await expect(sheet.locator('time')).toHaveAttribute('datetime', want.day);
  }
  await page.emulateMedia({ media: 'print' });
  for (const format of ['A4', 'Letter'] as const) {
    const pdf = await page.pdf({ format, printBackground: true, preferCSSPageSize: false });
    writeFileSync(`/tmp/present-handout-${format}.pdf`, pdf);
    const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? [];
    // A cover page, then one page per step.
    expect(pages.length, `${format} pages`).toBe(N + 1);
  }
});

test('a story built in the explorer is presented straight from this browser, and can be downloaded', async ({
  page,
}) => {
  // Five page loads (two explorer visits, the deck, its handout): more than 30 s on a busy machine.
  test.slow();
  const builder = page.getByTestId('story-builder');
  const BIDEN = 'st-2014-03-18-joe-biden';
  const PESKOV = 'st-2025-12-29-dmitry-peskov';
  await page.goto(`/ukraine?item=${BIDEN}`);
  // Opened once the page has hydrated (a click before may be undone by it).
  await expect(async () => {
    if (!(await builder.evaluate((d) => (d as HTMLDetailsElement).open)))
      await builder.locator(':scope > summary').click();
    await expect(builder.getByLabel('Story title')).toBeVisible({ timeout: 1000 });
  }).toPass({ timeout: 20_000 });
  await builder.getByLabel('Story title').fill('Crimea and after');
  await builder.getByRole('button', { name: 'Add selected statement to story' }).click();
  // The draft is kept in this browser: another page load adds to it.
  await page.goto(`/ukraine?item=${PESKOV}`);
  await builder.locator(':scope > summary').click();
  await builder.getByRole('button', { name: 'Add selected statement to story' }).click();
  await expect(builder.getByRole('list', { name: 'Steps of the story' }).locator('li')).toHaveCount(
    2,
  );
  await builder.getByRole('button', { name: 'Move step 2 up' }).click();

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    builder.getByRole('button', { name: 'Download story file' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('crimea-and-after.json');
  const file = JSON.parse(readFileSync((await download.path())!, 'utf8')) as {
    title: string;
    steps: Step[];
  };
  expect(file.title).toBe('Crimea and after');
  expect(file.steps).toEqual([{ statement: PESKOV }, { statement: BIDEN }]);

  await builder.getByRole('link', { name: 'Present this story' }).click();
  await expect(page).toHaveURL(/\/present\/draft/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Crimea and after');
  await expect(page.getByTestId('progress')).toHaveText('Step 1 of 2');
  await expect(page.locator('article[data-slide-id]')).toHaveAttribute('data-slide-id', PESKOV);
  await expect(page.getByTestId('story-map').locator('svg')).toHaveAttribute(
    'data-day',
    '2025-12-29',
  );
  await page.keyboard.press('ArrowRight');
  await expect(page.getByTestId('progress')).toHaveText('Step 2 of 2');
  await expect(page.getByTestId('slide-text')).toContainText('nothing more than a land grab');
  await expect(page.getByTestId('story-map').locator('svg')).toHaveAttribute(
    'data-day',
    '2014-03-18',
  );
  // A draft has its own handout and leads back to the builder.
  await expect(page.getByRole('link', { name: 'Handout' })).toHaveAttribute(
    'href',
    '/ukraine/print/draft',
  );
  await expect(page.getByRole('link', { name: 'Back to the story builder' })).toBeVisible();
  // The presenter window of the draft shows the teacher's view of the same step, and follows.
  await expect(page.getByRole('link', { name: 'Presenter view' })).toHaveAttribute(
    'href',
    '/ukraine/present/draft/presenter?step=2',
  );
  const presenter = await page.context().newPage();
  await presenter.goto('/ukraine/present/draft/presenter?step=2');
  await expect(presenter.getByTestId('presenter-current')).toHaveAttribute('data-slide-id', BIDEN);
  await expect(presenter.getByTestId('presenter-next')).toHaveText('End of the story.');
  await page.keyboard.press('ArrowLeft');
  await expect(presenter.getByTestId('presenter-current')).toHaveAttribute('data-slide-id', PESKOV);
  // The handout: one page per step, each with its map.
  await page.getByRole('link', { name: 'Handout' }).click();
  await expect(page).toHaveURL(/\/print\/draft$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Handout: Crimea and after');
  const sheets = page.locator('section[data-step]');
  await expect(sheets).toHaveCount(2);
  await expect(sheets.nth(1)).toContainText('nothing more than a land grab');
  await expect(sheets.nth(1).locator('svg .story-highlight [data-highlight]')).toHaveCount(1);
});

test(
  '/ukraine/present/draft with no story in this browser says so and leads to the builder',
  { tag: '@static' },
  async ({ page }) => {
    await page.goto('/ukraine/present/draft');
    await expect(page.getByTestId('draft-error')).toContainText(
      'There is no story to present yet. Add at least one step first.',
    );
    await expect(
      page.getByRole('link', { name: 'Open the explorer and build a story' }),
    ).toHaveAttribute('href', '/ukraine');
  },
);

test('a date step of a draft shows the map on that day and says what it reports for each region', async ({
  page,
}) => {
  await page.goto('/ukraine/present/draft');
  await page.evaluate(() =>
    localStorage.setItem(
      'faultline-story-draft',
      JSON.stringify({ title: 'One day', steps: [{ date: '2022-09-30' }] }),
    ),
  );
  await page.reload();
  await expect(page.getByTestId('slide-date')).toHaveAttribute('datetime', '2022-09-30');
  await expect(page.getByTestId('slide-text')).toHaveText('Who controls what');
  const captions = page.getByTestId('slide-regions').locator('li');
  // Regions with no reported figure (only the 2014 baseline) are not listed; the most held come
  // first (Crimea and Sevastopol, all; then Luhansk, about 99%), and past four the caption
  // points to the map.
  await expect(captions.filter({ hasText: 'Lviv' })).toHaveCount(0);
  await expect(captions.nth(0)).toContainText('Russia controls all');
  await expect(captions.nth(1)).toContainText('Russia controls all');
  await expect(captions.nth(2)).toContainText('Luhansk Oblast: Russia controls about 99%');
  await expect(captions).toHaveCount(5);
  // In short on the slide, the map label's words: "Luhansk: ≈99%".
  await expect(captions.nth(2).locator('[aria-hidden="true"]')).toHaveText(/^Luhansk: \S+99%/);
  await expect(captions.last()).toHaveText(/^and \d+ more regions with a figure on the map$/);
  // Its handout keeps to one page per step on A4 and Letter, the long caption included.
  await page.goto('/ukraine/print/draft');
  await expect(page.locator('section[data-step]')).toHaveCount(1);
  await expect(page.locator('section[data-step] svg')).toHaveCount(1);
  await page.emulateMedia({ media: 'print' });
  for (const format of ['A4', 'Letter'] as const) {
    const pdf = await page.pdf({ format, printBackground: true, preferCSSPageSize: false });
    expect(
      (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length,
      `${format} pages`,
    ).toBe(2);
  }
});
