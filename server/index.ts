/**
 * `npm start`: Next's own request handler behind a small HTTP server that first answers, from
 * the build's brotli and gzip copies (scripts/precompress.ts), every GET or HEAD of a page or
 * file the build compressed, with the same headers Next would send, so nothing is compressed
 * per request. Anything else (other methods, the router's data requests, old addresses, a
 * client that takes no compression, files the build did not compress) goes to Next as before.
 * A map picture of a day that is no longer a picture day (an embed code written before the
 * data changed) is sent on to the picture that shows that day.
 *
 * Bundled by scripts/build-server.ts into <distDir>/faultline-server.mjs; run by
 * scripts/start.mjs. Options as `next start`: -p/--port (or PORT), -H/--hostname (or HOSTNAME).
 */
import { createServer, type IncomingMessage } from 'node:http';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import next from 'next';
import { DEFAULT_DATASET } from '../lib/dataset/default';
import { legacyTarget } from '../lib/routes/legacy';
import { createPrecompressedServer } from '../lib/serve/precompressed';
import { movedPicture } from '../lib/serve/picture-redirect';
import { securityHeadersFor, securityHeaderRules } from '../lib/security/headers';

function option(names: string[]): string | undefined {
  const args = process.argv.slice(2);
  for (let i = 0; i < args.length; i++) {
    const a = args[i] ?? '';
    for (const n of names) {
      if (a === n) return args[i + 1];
      if (a.startsWith(`${n}=`)) return a.slice(n.length + 1);
    }
  }
  return undefined;
}

const port = Number(option(['-p', '--port']) ?? process.env.PORT ?? 3000);
const hostname = option(['-H', '--hostname']) ?? process.env.HOSTNAME ?? undefined;
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`faultline: the port must be a number from 0 to 65535 (got ${String(port)})`);
  process.exit(2);
}
(process.env as Record<string, string>).NODE_ENV = 'production';
const dir = process.cwd();
const distDir = path.join(dir, process.env.NEXT_DIST_DIR ?? '.next');
const precompressed = createPrecompressedServer(distDir);
// The map pictures the build drew, per conflict (read once): an embed code written before the
// data changed may name a day that is no longer a picture day.
const pictureDays = new Map<string, string[] | null>();
const builtPictureDays = (conflict: string) => {
  if (!pictureDays.has(conflict)) {
    let days: string[] | null = null;
    try {
      days = readdirSync(path.join(distDir, 'server', 'app', conflict, 'og'))
        .map((f) => /^(\d{4}-\d{2}-\d{2})\.png\.body$/.exec(f)?.[1])
        .filter((d): d is string => Boolean(d))
        .sort();
    } catch {
      days = null;
    }
    pictureDays.set(conflict, days);
  }
  return pictureDays.get(conflict) ?? null;
};
const rules = securityHeaderRules(process.env.SITE_URL);
const header = (req: IncomingMessage, name: string) => {
  const v = req.headers[name];
  return v === undefined ? null : Array.isArray(v) ? v.join(', ') : v;
};

const app = next({ dev: false, dir, port, ...(hostname ? { hostname } : {}) });
const handle = app.getRequestHandler();
await app.prepare();

createServer((req, res) => {
  let url: URL;
  try {
    url = new URL(req.url ?? '/', 'http://localhost');
  } catch {
    void handle(req, res);
    return;
  }
  const moved =
    req.method === 'GET' || req.method === 'HEAD'
      ? movedPicture(url.pathname, builtPictureDays)
      : null;
  if (moved) {
    res.writeHead(307, {
      ...securityHeadersFor(url.pathname, rules),
      location: moved,
      'cache-control': 'public, max-age=300',
    });
    res.end();
    return;
  }
  const ready = legacyTarget(url.pathname, url.search, DEFAULT_DATASET)
    ? null
    : precompressed({
        method: req.method ?? 'GET',
        pathname: url.pathname,
        searchParams: url.searchParams,
        headers: { get: (name) => header(req, name.toLowerCase()) },
      });
  if (!ready) {
    void handle(req, res);
    return;
  }
  res.writeHead(ready.status, ready.headers);
  res.end(ready.body ?? undefined);
}).listen(port, hostname, () => {
  console.log(`faultline: ready on http://${hostname ?? 'localhost'}:${port}`);
});
