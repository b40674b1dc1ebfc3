import { expect, test } from './fixtures/test';

test('each conflict has an Atom and a JSON feed of its facts, linked from the explorer @static', async ({
  page,
  request,
}) => {
  const atom = await request.get('/ukraine/feed.xml');
  expect(atom.status()).toBe(200);
  expect(atom.headers()['content-type']).toMatch(/xml/);
  const xml = await atom.text();
  await page.goto('/ukraine');
  const entries = await page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'application/xml');
    if (doc.querySelector('parsererror')) return null;
    return [...doc.querySelectorAll('entry')].map((e) => ({
      title: e.querySelector('title')?.textContent ?? '',
      link: e.querySelector('link')?.getAttribute('href') ?? '',
      updated: e.querySelector('updated')?.textContent ?? '',
    }));
  }, xml);
  expect(entries).not.toBeNull();
  expect(entries!.length).toBeGreaterThan(50);
  expect(entries!.every((e) => /\/ukraine\?/.test(e.link))).toBe(true);
  expect(entries!.every((e) => /^\d{4}-\d{2}-\d{2}T00:00:00Z$/.test(e.updated))).toBe(true);
  // Newest source first.
  const days = entries!.map((e) => e.updated);
  expect([...days].sort().reverse()).toEqual(days);
  await expect(page.locator('link[rel="alternate"][type="application/atom+xml"]')).toHaveAttribute(
    'href',
    /\/ukraine\/feed\.xml$/,
  );

  const json = (await (await request.get('/ukraine/feed.json')).json()) as {
    version: string;
    items: { id: string; url: string }[];
  };
  expect(json.version).toBe('https://jsonfeed.org/version/1.1');
  expect(json.items.length).toBeGreaterThanOrEqual(entries!.length);
});

test('a region and a speaker have their own feeds; an unknown one is not found @static', async ({
  request,
}) => {
  const donetsk = await (await request.get('/ukraine/feeds/region/UA-14.json')).json();
  expect(donetsk.title).toBe('Faultline: Donetsk: Russia–Ukraine war');
  expect(donetsk.items.length).toBeGreaterThan(5);
  const elFasher = await (await request.get('/sudan/feeds/region/SD-DN.xml')).text();
  expect(elFasher).toContain('<title>Faultline: North Darfur: ');
  const putin = await (await request.get('/ukraine/feeds/speaker/vladimir-putin.json')).json();
  expect(putin.items.length).toBeGreaterThan(3);
  expect(putin.items.every((i: { title: string }) => i.title.startsWith('Vladimir Putin: '))).toBe(
    true,
  );
  expect((await request.get('/ukraine/feeds/region/UA-99.xml')).status()).toBe(404);
});
