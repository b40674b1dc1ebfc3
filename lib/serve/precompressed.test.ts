import { describe, expect, it } from 'vitest';
import path from 'node:path';
import { createPrecompressedServer, type PrecompressedRequest } from './precompressed';
import type { PrecompressedManifest } from './precompressed-manifest';

const manifest: PrecompressedManifest = {
  version: 1,
  entries: {
    '/ukraine': {
      br: 'aaa.br',
      gzip: 'aaa.gz',
      etag: 'aaa',
      bytes: 1000,
      headers: { 'content-type': 'text/html; charset=utf-8', 'X-Frame-Options': 'SAMEORIGIN' },
    },
    '/tiny.svg': {
      gzip: 'bbb.gz',
      etag: 'bbb',
      bytes: 2000,
      headers: { 'content-type': 'image/svg+xml' },
    },
  },
};
const files: Record<string, string> = {
  'manifest.json': JSON.stringify(manifest),
  'aaa.br': 'BROTLI',
  'aaa.gz': 'GZIP',
  'bbb.gz': 'GZ-SVG',
};
let reads = 0;
const read = ((file: string, enc?: string) => {
  reads++;
  const body = files[path.basename(file)];
  if (body === undefined) throw new Error(`ENOENT ${file}`);
  return enc ? body : Buffer.from(body);
}) as typeof import('node:fs').readFileSync;

const req = (
  pathname: string,
  headers: Record<string, string> = { 'accept-encoding': 'gzip, deflate, br' },
  extra: Partial<PrecompressedRequest> = {},
): PrecompressedRequest => ({
  method: 'GET',
  pathname,
  searchParams: new URLSearchParams(),
  headers: { get: (n) => headers[n] ?? null },
  ...extra,
});

describe('createPrecompressedServer', () => {
  it('answers a page with its brotli copy and its headers, and reads each copy once', () => {
    const serve = createPrecompressedServer('/dist', read);
    const a = serve(req('/ukraine'));
    expect(a?.status).toBe(200);
    expect(a?.body?.toString()).toBe('BROTLI');
    expect(a?.headers).toMatchObject({
      'content-encoding': 'br',
      'content-length': '6',
      etag: '"aaa-br"',
      'X-Frame-Options': 'SAMEORIGIN',
    });
    const before = reads;
    serve(req('/ukraine'));
    expect(reads).toBe(before);
  });
  it('falls back to gzip when the client or the build has no brotli', () => {
    const serve = createPrecompressedServer('/dist', read);
    expect(serve(req('/ukraine', { 'accept-encoding': 'gzip' }))?.body?.toString()).toBe('GZIP');
    expect(serve(req('/tiny.svg'))?.headers['content-encoding']).toBe('gzip');
  });
  it('leaves to Next what it must answer itself', () => {
    const serve = createPrecompressedServer('/dist', read);
    expect(serve(req('/ukraine', {}))).toBeNull(); // no compression offered
    expect(serve(req('/elsewhere'))).toBeNull();
    expect(serve(req('/ukraine', { 'accept-encoding': 'br', rsc: '1' }))).toBeNull();
    expect(serve(req('/ukraine', { 'accept-encoding': 'br', range: 'bytes=0-9' }))).toBeNull();
    expect(
      serve(req('/ukraine', undefined, { searchParams: new URLSearchParams('date=2022-03-01') })),
    ).toBeNull();
    expect(serve(req('/ukraine', undefined, { method: 'POST' }))).toBeNull();
  });
  it('answers HEAD without a body and a matching If-None-Match with 304', () => {
    const serve = createPrecompressedServer('/dist', read);
    const head = serve(req('/ukraine', undefined, { method: 'HEAD' }));
    expect(head?.body).toBeNull();
    expect(head?.headers['content-length']).toBe('6');
    const again = serve(
      req('/ukraine', { 'accept-encoding': 'br', 'if-none-match': 'W/"zzz", "aaa-br"' }),
    );
    expect(again?.status).toBe(304);
    expect(again?.body).toBeNull();
    // The gzip copy is another representation: its tag does not match the brotli one.
    expect(
      serve(req('/ukraine', { 'accept-encoding': 'gzip', 'if-none-match': '"aaa-br"' }))?.status,
    ).toBe(200);
  });
  it('serves nothing without a manifest (next dev, an older build), or a broken one', () => {
    const none = createPrecompressedServer('/dist', (() => {
      throw new Error('ENOENT');
    }) as unknown as typeof read);
    expect(none(req('/ukraine'))).toBeNull();
    const broken = createPrecompressedServer('/dist', ((f: string) =>
      f.endsWith('manifest.json') ? '{"version":2}' : '') as unknown as typeof read);
    expect(broken(req('/ukraine'))).toBeNull();
  });
  it('lets Next answer when a copy has gone missing', () => {
    const serve = createPrecompressedServer('/dist', ((f: string, enc?: string) => {
      if (f.endsWith('manifest.json')) return enc ? files['manifest.json'] : '';
      throw new Error('ENOENT');
    }) as unknown as typeof read);
    expect(serve(req('/ukraine'))).toBeNull();
  });
});
