import { describe, expect, it } from 'vitest';
import { EVERY_PATH_BUT_EMBED, SECURITY_HEADER_RULES, staticHeadersFile } from './headers';

const headerOf = (source: string, key: string) =>
  SECURITY_HEADER_RULES.find((r) => r.source === source)?.headers.find((h) => h.key === key)?.value;

describe('security headers', () => {
  it('let only the site itself frame its pages, and anyone frame /embed', () => {
    expect(headerOf(EVERY_PATH_BUT_EMBED, 'Content-Security-Policy')).toContain(
      "frame-ancestors 'self'",
    );
    expect(headerOf(EVERY_PATH_BUT_EMBED, 'X-Frame-Options')).toBe('SAMEORIGIN');
    expect(headerOf('/embed', 'Content-Security-Policy')).toContain('frame-ancestors *');
    expect(headerOf('/embed', 'X-Frame-Options')).toBeUndefined();
  });
  it('let anyone frame the /embed.html document that /embed is served from', () => {
    expect(headerOf('/embed.html', 'Content-Security-Policy')).toContain('frame-ancestors *');
    expect(headerOf('/embed.html', 'X-Frame-Options')).toBeUndefined();
  });
  it('keep the catch-all off every embed path and on every other path', () => {
    const inner = EVERY_PATH_BUT_EMBED.match(/^\/:path\((.*)\)$/)?.[1];
    expect(inner).toBeDefined();
    const matches = (p: string) => new RegExp(`^${inner}$`).test(p);
    for (const p of ['embed', 'embed.html', 'embed/main.js', 'embed/resize.js'])
      expect(matches(p)).toBe(false);
    for (const p of ['', 'data', 'about', 'embedded', 'embed.htmlx', 'data/embed'])
      expect(matches(p)).toBe(true);
  });
  it('send nosniff and a referrer policy everywhere', () => {
    for (const r of SECURITY_HEADER_RULES) {
      expect(r.headers).toContainEqual({ key: 'X-Content-Type-Options', value: 'nosniff' });
      expect(r.headers.map((h) => h.key)).toContain('Referrer-Policy');
    }
  });
  it('write the same rules as a static host _headers file', () => {
    const file = staticHeadersFile();
    expect(file).toMatch(/^\/\*\n {2}X-Content-Type-Options: nosniff/m);
    expect(file).toMatch(/^\/embed\.html\n {2}! X-Frame-Options\n {2}! Content-Security-Policy\n/m);
    expect(file).toMatch(/^\/embed\n {2}! X-Frame-Options\n {2}! Content-Security-Policy\n/m);
    expect(file).toMatch(
      /^\/embed\n(?: {2}.*\n)*? {2}Content-Security-Policy: .*frame-ancestors \*$/m,
    );
  });
});
