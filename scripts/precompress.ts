// Runs after `npm run build` (postbuild): writes brotli and gzip copies of every text file the
// site serves, once, so no server compresses them again on each request.
// - Static export (STATIC_EXPORT=1): `<file>.br` and `<file>.gz` beside each file in the export
//   folder, where static servers look for them (nginx gzip_static / brotli_static, Caddy
//   `file_server { precompressed br gzip }`, sirv).
// - `next start`: the copies go to <distDir>/precompressed/ with a manifest from request path to
//   file and headers, which proxy.ts serves (lib/serve/precompressed.ts): prerendered pages, the
//   prerendered route files (downloads, /embed), /_next/static and public/.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import { securityHeadersFor, securityHeaderRules } from '../lib/security/headers';
import { compressibleType, MIN_COMPRESS_BYTES } from '../lib/serve/encoding';
import {
  MANIFEST_FILE,
  PRECOMPRESSED_DIR,
  type PrecompressedEntry,
  type PrecompressedManifest,
} from '../lib/serve/precompressed-manifest';

const br = promisify(brotliCompress);
const gz = promisify(gzip);

function* walk(dir: string): Generator<string> {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) yield* walk(p);
    else if (e.isFile()) yield p;
  }
}

async function compress(body: Buffer) {
  const [b, g] = await Promise.all([
    br(body, {
      params: {
        // 10, not 11: a few per cent larger, three times faster to build (measured on the pages).
        [constants.BROTLI_PARAM_QUALITY]: 10,
        [constants.BROTLI_PARAM_SIZE_HINT]: body.length,
      },
    }),
    gz(body, { level: 9 }),
  ]);
  return { br: b.length < body.length ? b : null, gzip: g.length < body.length ? g : null };
}

/** Runs `jobs` with at most `n` at a time (zlib's async calls share libuv's thread pool). */
async function pool<T>(items: readonly T[], n: number, job: (item: T) => Promise<void>) {
  let next = 0;
  await Promise.all(
    Array.from({ length: n }, async () => {
      while (next < items.length) await job(items[next++] as T);
    }),
  );
}

async function staticExport(dir: string) {
  const files = [...walk(dir)].filter(
    (f) =>
      compressibleType(f) &&
      !f.endsWith('.br') &&
      !f.endsWith('.gz') &&
      readFileSync(f).length >= MIN_COMPRESS_BYTES,
  );
  let before = 0;
  let after = 0;
  await pool(files, 4, async (f) => {
    const body = readFileSync(f);
    const c = await compress(body);
    if (c.br) writeFileSync(`${f}.br`, c.br);
    if (c.gzip) writeFileSync(`${f}.gz`, c.gzip);
    before += body.length;
    after += c.br?.length ?? body.length;
  });
  return { files: files.length, before, after };
}

interface Source {
  url: string;
  file: string;
  headers: Record<string, string>;
}

/** Headers a prerendered file's .meta gives it, without Next's internal cache tags. */
function metaHeaders(metaFile: string): { status: number; headers: Record<string, string> } {
  const meta = JSON.parse(readFileSync(metaFile, 'utf8')) as {
    status?: number;
    headers?: Record<string, string>;
  };
  const headers: Record<string, string> = {};
  for (const [k, v] of Object.entries(meta.headers ?? {}))
    if (k.toLowerCase() !== 'x-next-cache-tags') headers[k.toLowerCase()] = String(v);
  return { status: meta.status ?? 200, headers };
}

// What `next start` sends for each kind of file (measured on this Next version).
const PRERENDERED = {
  'cache-control': 's-maxage=31536000',
  vary: 'rsc, next-router-state-tree, next-router-prefetch, next-router-segment-prefetch, Accept-Encoding',
};
const IMMUTABLE = {
  'cache-control': 'public, max-age=31536000, immutable',
  vary: 'Accept-Encoding',
};
const PUBLIC = { 'cache-control': 'public, max-age=0', vary: 'Accept-Encoding' };

function serverSources(dist: string): Source[] {
  const out: Source[] = [];
  const app = path.join(dist, 'server', 'app');
  for (const f of existsSync(app) ? walk(app) : []) {
    const rel = path.relative(app, f).split(path.sep).join('/');
    // _not-found, _global-error: answered with their own status by Next.
    if (rel.startsWith('_') || rel.includes('/_')) continue;
    const isPage = rel.endsWith('.html');
    const isRoute = rel.endsWith('.body');
    if (!isPage && !isRoute) continue;
    const base = f.replace(/\.(html|body)$/, '');
    if (!existsSync(`${base}.meta`)) continue;
    const meta = metaHeaders(`${base}.meta`);
    if (meta.status !== 200) continue;
    const route = rel.replace(/\.(html|body)$/, '');
    const url = isPage ? (route === 'index' ? '/' : `/${route}`) : `/${route}`;
    const type = isPage ? 'text/html; charset=utf-8' : meta.headers['content-type'];
    if (!type || !compressibleType(isPage ? 'x.html' : route)) continue;
    out.push({
      url,
      file: f,
      headers: { ...meta.headers, 'content-type': type, ...PRERENDERED },
    });
    // next.config rewrites /embed and /<conflict>/embed to their .html documents.
    if (isRoute && route.endsWith('embed.html'))
      out.push({
        url: `/${route.replace(/\.html$/, '')}`,
        file: f,
        headers: { ...meta.headers, 'content-type': type, ...PRERENDERED },
      });
  }
  const staticDir = path.join(dist, 'static');
  for (const f of existsSync(staticDir) ? walk(staticDir) : []) {
    const type = compressibleType(f);
    if (type)
      out.push({
        url: `/_next/static/${path.relative(staticDir, f).split(path.sep).join('/')}`,
        file: f,
        headers: { 'content-type': type, ...IMMUTABLE },
      });
  }
  for (const f of existsSync('public') ? walk('public') : []) {
    const type = compressibleType(f);
    if (type)
      out.push({
        url: `/${path.relative('public', f).split(path.sep).join('/')}`,
        file: f,
        headers: { 'content-type': type, ...PUBLIC },
      });
  }
  return out;
}

async function nextStart(dist: string) {
  const outDir = path.join(dist, PRECOMPRESSED_DIR);
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  const sources = serverSources(dist).filter(
    (s) => readFileSync(s.file).length >= MIN_COMPRESS_BYTES,
  );
  const written = new Map<string, Pick<PrecompressedEntry, 'br' | 'gzip' | 'etag' | 'bytes'>>();
  let before = 0;
  let after = 0;
  // Each file once (/embed and /embed.html are one file).
  await pool([...new Set(sources.map((s) => s.file))], 4, async (file) => {
    const body = readFileSync(file);
    const hash = createHash('sha256').update(body).digest('hex').slice(0, 24);
    const c = await compress(body);
    const files: Pick<PrecompressedEntry, 'br' | 'gzip' | 'etag' | 'bytes'> = {
      etag: hash,
      bytes: body.length,
    };
    if (c.br) {
      files.br = `${hash}.br`;
      writeFileSync(path.join(outDir, files.br), c.br);
    }
    if (c.gzip) {
      files.gzip = `${hash}.gz`;
      writeFileSync(path.join(outDir, files.gzip), c.gzip);
    }
    written.set(file, files);
    before += body.length;
    after += c.br?.length ?? body.length;
  });
  // The same security headers next.config sends (HSTS when SITE_URL is https at build time).
  const rules = securityHeaderRules(process.env.SITE_URL);
  const entries: Record<string, PrecompressedEntry> = {};
  for (const s of sources) {
    const files = written.get(s.file);
    if (files && (files.br || files.gzip))
      entries[s.url] = { ...files, headers: { ...securityHeadersFor(s.url, rules), ...s.headers } };
  }
  const manifest: PrecompressedManifest = { version: 1, entries };
  writeFileSync(path.join(outDir, MANIFEST_FILE), JSON.stringify(manifest));
  return { files: written.size, before, after, paths: Object.keys(entries).length };
}

async function main() {
  const t0 = performance.now();
  const exporting = process.env.STATIC_EXPORT === '1';
  const dir = process.env.NEXT_DIST_DIR ?? (exporting ? 'out' : '.next');
  // The hostile-data test build serves nothing a reader sees: it skips the work (npm start then
  // lets Next compress, as under `next dev`).
  if (process.env.SKIP_PRECOMPRESS === '1') {
    // A copy left by an earlier build would be served for pages this build changed.
    if (!exporting) rmSync(path.join(dir, PRECOMPRESSED_DIR), { recursive: true, force: true });
    console.log('precompress: skipped (SKIP_PRECOMPRESS=1)');
    return;
  }
  const r = exporting ? await staticExport(dir) : await nextStart(dir);
  const mb = (n: number) => (n / 1048576).toFixed(1);
  console.log(
    `precompress: ${r.files} files in ${dir} (${mb(r.before)} MB → ${mb(r.after)} MB brotli) in ${((performance.now() - t0) / 1000).toFixed(1)} s`,
  );
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
