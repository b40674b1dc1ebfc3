import { expect, test } from './fixtures/test';

// Pages and files are compressed once, by the build (scripts/precompress.ts); `npm start`
// (server/index.ts) and static servers send those copies instead of compressing each answer.
// Node's fetch is used for the raw headers: it decodes brotli and gzip like a browser.

const SECURITY = [
  'content-security-policy',
  'x-frame-options',
  'cross-origin-resource-policy',
  'cross-origin-opener-policy',
  'x-content-type-options',
  'referrer-policy',
  'permissions-policy',
];

async function scriptOf(baseURL: string) {
  const html = await (await fetch(`${baseURL}/ukraine`)).text();
  const src = /<script src="(\/_next\/static\/[^"]+\.js)"/.exec(html)?.[1];
  expect(src, 'a script of the explorer').toBeTruthy();
  return src!;
}

test('npm start sends the build’s brotli and gzip copies with the headers Next sends', async ({
  baseURL,
}) => {
  test.skip(process.env.E2E_TARGET === 'static', 'the static server is tested below');
  const paths = [
    '/ukraine',
    '/about',
    '/embed',
    '/sudan/embed',
    '/ukraine/data/control.csv',
    '/data/ukraine/regions.geojson',
    await scriptOf(baseURL!),
  ];
  for (const p of paths) {
    const plain = await fetch(`${baseURL}${p}`, { headers: { 'accept-encoding': 'identity' } });
    expect(plain.headers.get('content-encoding'), p).toBeNull();
    for (const encoding of ['br', 'gzip']) {
      const packed = await fetch(`${baseURL}${p}`, {
        headers: { 'accept-encoding': encoding === 'br' ? 'gzip, deflate, br' : 'gzip' },
      });
      expect(packed.status, p).toBe(200);
      expect(packed.headers.get('content-encoding'), `${p} ${encoding}`).toBe(encoding);
      // Sent as built: its length is known up front (Next's per-answer compression streams).
      expect(Number(packed.headers.get('content-length')), p).toBeGreaterThan(0);
      expect(packed.headers.get('etag'), p).toContain(`-${encoding}"`);
      expect(packed.headers.get('vary'), p).toContain('Accept-Encoding');
      for (const h of [...SECURITY, 'cache-control'])
        expect(packed.headers.get(h), `${p} ${h}`).toBe(plain.headers.get(h));
      // (charset names are case-insensitive: Next writes "UTF-8" for files, "utf-8" for pages)
      expect(packed.headers.get('content-type')?.toLowerCase(), p).toBe(
        plain.headers.get('content-type')?.toLowerCase(),
      );
      expect(await packed.text(), p).toBe(await plain.clone().text());
    }
  }
});

test('a compressed copy is revalidated with its tag, and other methods still get 405', async ({
  baseURL,
}) => {
  test.skip(process.env.E2E_TARGET === 'static', 'npm start only');
  const first = await fetch(`${baseURL}/ukraine`, { headers: { 'accept-encoding': 'br' } });
  const etag = first.headers.get('etag')!;
  const again = await fetch(`${baseURL}/ukraine`, {
    headers: { 'accept-encoding': 'br', 'if-none-match': etag },
  });
  expect(again.status).toBe(304);
  const head = await fetch(`${baseURL}/ukraine`, {
    method: 'HEAD',
    headers: { 'accept-encoding': 'br' },
  });
  expect(head.headers.get('content-length')).toBe(first.headers.get('content-length'));
  const post = await fetch(`${baseURL}/ukraine`, { method: 'POST' });
  expect(post.status).toBe(405);
  // An old address still moves on rather than being served from a copy.
  const old = await fetch(`${baseURL}/data`, {
    redirect: 'manual',
    headers: { 'accept-encoding': 'br' },
  });
  expect(old.status).toBe(308);
});

test(
  'the static export carries brotli and gzip copies a static server sends',
  { tag: '@static' },
  async ({ baseURL }) => {
    for (const p of ['/ukraine', await scriptOf(baseURL!), '/data/ukraine/regions.geojson']) {
      const plain = await fetch(`${baseURL}${p}`, { headers: { 'accept-encoding': 'identity' } });
      const packed = await fetch(`${baseURL}${p}`, {
        headers: { 'accept-encoding': 'gzip, deflate, br' },
      });
      expect(packed.headers.get('content-encoding'), p).toBe('br');
      expect(await packed.text(), p).toBe(await plain.text());
    }
  },
);
