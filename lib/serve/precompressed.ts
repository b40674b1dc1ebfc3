import { readFileSync } from 'node:fs';
import path from 'node:path';
import { chooseEncoding, type Encoding } from './encoding';
import {
  MANIFEST_FILE,
  PRECOMPRESSED_DIR,
  type PrecompressedEntry,
  type PrecompressedManifest,
} from './precompressed-manifest';

/** What the lookup needs of a request. */
export interface PrecompressedRequest {
  method: string;
  pathname: string;
  searchParams: URLSearchParams;
  headers: { get(name: string): string | null };
}

export interface PrecompressedAnswer {
  status: 200 | 304;
  headers: Record<string, string>;
  /** null for HEAD and 304. */
  body: Buffer | null;
}

/**
 * Requests Next answers itself: the router's own fetches of a page's data (RSC payloads,
 * prefetches, server actions), a dated explorer link (rewritten to its own page), ranges.
 */
const ROUTER_HEADERS = [
  'rsc',
  'next-router-prefetch',
  'next-router-state-tree',
  'next-router-segment-prefetch',
  'next-action',
  'range',
];
const ROUTER_QUERY = ['_rsc', 'date'];

/**
 * Serves the build's compressed copies (scripts/precompress.ts) for `next start`: the answer to
 * a GET or HEAD whose path the build compressed and whose Accept-Encoding takes brotli or gzip,
 * or null to let Next answer (anything else, or no manifest, as under `next dev`). Files are
 * read once and kept: the compressed site is a few megabytes.
 */
export function createPrecompressedServer(distDir: string, read = readFileSync) {
  const dir = path.join(distDir, PRECOMPRESSED_DIR);
  let manifest: PrecompressedManifest | null | undefined;
  const bodies = new Map<string, Buffer>();
  const load = () => {
    if (manifest !== undefined) return manifest;
    try {
      const m = JSON.parse(read(path.join(dir, MANIFEST_FILE), 'utf8')) as PrecompressedManifest;
      manifest = m.version === 1 && m.entries ? m : null;
    } catch {
      manifest = null;
    }
    return manifest;
  };
  const bodyOf = (file: string) => {
    let b = bodies.get(file);
    if (!b) {
      b = read(path.join(dir, path.basename(file)));
      bodies.set(file, b);
    }
    return b;
  };

  return function answer(req: PrecompressedRequest): PrecompressedAnswer | null {
    if (req.method !== 'GET' && req.method !== 'HEAD') return null;
    if (ROUTER_HEADERS.some((h) => req.headers.get(h) !== null)) return null;
    if (ROUTER_QUERY.some((k) => req.searchParams.has(k))) return null;
    const entry: PrecompressedEntry | undefined = load()?.entries[req.pathname];
    if (!entry) return null;
    const wanted = chooseEncoding(req.headers.get('accept-encoding'));
    // A client that takes brotli takes gzip too when brotli did not make the file smaller.
    const encoding: Encoding | null =
      wanted === 'br' && !entry.br ? (entry.gzip ? 'gzip' : null) : wanted;
    const file = encoding === 'br' ? entry.br : encoding === 'gzip' ? entry.gzip : undefined;
    if (!encoding || !file) return null;
    const etag = `"${entry.etag}-${encoding}"`;
    const common = { ...entry.headers, etag };
    const match = req.headers.get('if-none-match');
    if (match && match.split(',').some((t) => t.trim().replace(/^W\//, '') === etag))
      return { status: 304, headers: common, body: null };
    let body: Buffer;
    try {
      body = bodyOf(file);
    } catch {
      return null; // the copy went missing: Next compresses as before
    }
    return {
      status: 200,
      headers: { ...common, 'content-encoding': encoding, 'content-length': String(body.length) },
      body: req.method === 'HEAD' ? null : body,
    };
  };
}
