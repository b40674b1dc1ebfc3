/**
 * Which responses are worth compressing ahead of time, and which encoding a request accepts.
 * Pure: used by the build step that writes the compressed copies (scripts/precompress.ts) and by
 * `next start`'s proxy that serves them (lib/serve/precompressed.ts).
 */

export type Encoding = 'br' | 'gzip';

/** Text formats the site serves; images, fonts and PNGs are compressed already. */
const COMPRESSIBLE: Record<string, string> = {
  html: 'text/html; charset=utf-8',
  js: 'application/javascript; charset=utf-8',
  mjs: 'application/javascript; charset=utf-8',
  css: 'text/css; charset=utf-8',
  json: 'application/json',
  geojson: 'application/geo+json',
  csv: 'text/csv; charset=utf-8',
  svg: 'image/svg+xml',
  txt: 'text/plain; charset=utf-8',
  xml: 'application/xml',
  webmanifest: 'application/manifest+json',
};

/** Below this a compressed copy saves less than a packet. */
export const MIN_COMPRESS_BYTES = 1024;

const extensionOf = (file: string) => /\.([a-z0-9]+)$/i.exec(file)?.[1]?.toLowerCase() ?? '';

/** The Content-Type of a compressible file, or null when it is not worth compressing. */
export function compressibleType(file: string): string | null {
  return COMPRESSIBLE[extensionOf(file)] ?? null;
}

/**
 * The encoding to answer with for an Accept-Encoding header: brotli when accepted, else gzip,
 * else null (send the file as it is). Honours q-values: `br;q=0` refuses brotli; `*` accepts
 * whatever is not named.
 */
export function chooseEncoding(acceptEncoding: string | null | undefined): Encoding | null {
  if (!acceptEncoding) return null;
  const q = new Map<string, number>();
  for (const part of acceptEncoding.split(',')) {
    const [name = '', ...params] = part.trim().toLowerCase().split(';');
    if (!name) continue;
    const qParam = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    const value = qParam ? Number(qParam.slice(2)) : 1;
    q.set(name.trim(), Number.isFinite(value) ? value : 0);
  }
  const accepts = (e: Encoding) => (q.get(e) ?? q.get('*') ?? 0) > 0;
  if (accepts('br')) return 'br';
  if (accepts('gzip')) return 'gzip';
  return null;
}
