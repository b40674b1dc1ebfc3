import { describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { EMBED_BOOT_SCRIPT } from './embed-boot';
import {
  caddyHeadersFile,
  EVERY_PATH_BUT_EMBED,
  nginxHeadersFile,
  SECURITY_HEADER_RULES,
  securityHeaderRules,
  securityHeadersFor,
  staticHeadersFile,
} from './headers';

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
    for (const p of ['embed', 'embed.html', 'embed/main.js', 'embed/resize.js', 'sudan/embed'])
      expect(matches(p)).toBe(false);
    expect(matches('sudan/embed.html')).toBe(false);
    for (const p of ['', 'data', 'about', 'embedded', 'embed.htmlx', 'sudan', 'sudan/embedx'])
      expect(matches(p)).toBe(true);
    for (const p of ['sudan/data', 'sudan/embed/x', 'a/b/embed']) expect(matches(p)).toBe(true);
    // The map pictures an embed code's fallback shows on other sites.
    for (const p of ['og/map.png', 'ukraine/og/map.png', 'ukraine/og/2022-03-01.png'])
      expect(matches(p)).toBe(false);
    for (const p of ['ukraine/og', 'a/b/og/x.png', 'ukraine/og/x/y']) expect(matches(p)).toBe(true);
  });
  it('let other sites show the map pictures (CORP cross-origin), and frame nothing else', () => {
    expect(headerOf('/:conflict/og/:file', 'Cross-Origin-Resource-Policy')).toBe('cross-origin');
    expect(headerOf('/og/:file', 'Cross-Origin-Resource-Policy')).toBe('cross-origin');
    expect(headerOf('/:conflict/og/:file', 'X-Frame-Options')).toBeUndefined();
    expect(staticHeadersFile()).toContain('\n/*/og/*\n  ! X-Frame-Options');
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

describe('security headers (issue 21)', () => {
  it('/embed allows no inline script but its own boot script, by hash', () => {
    const embedCsp = headerOf('/embed', 'Content-Security-Policy') ?? '';
    const scripts = /script-src ([^;]*)/.exec(embedCsp)?.[1] ?? '';
    expect(scripts).not.toContain("'unsafe-inline'");
    const hash = createHash('sha256').update(EMBED_BOOT_SCRIPT).digest('base64');
    expect(scripts).toBe(`'self' 'sha256-${hash}'`);
    for (const source of ['/embed.html', '/embed/:path*'])
      expect(headerOf(source, 'Content-Security-Policy')).toBe(embedCsp);
  });
  it('send COOP same-origin everywhere; CORP same-origin but cross-origin for the embed', () => {
    for (const r of SECURITY_HEADER_RULES)
      expect(r.headers).toContainEqual({ key: 'Cross-Origin-Opener-Policy', value: 'same-origin' });
    expect(headerOf(EVERY_PATH_BUT_EMBED, 'Cross-Origin-Resource-Policy')).toBe('same-origin');
    for (const source of ['/embed', '/embed.html', '/embed/:path*'])
      expect(headerOf(source, 'Cross-Origin-Resource-Policy')).toBe('cross-origin');
  });
  it('switch off camera, microphone, geolocation and payment in Permissions-Policy', () => {
    const policy = headerOf(EVERY_PATH_BUT_EMBED, 'Permissions-Policy') ?? '';
    for (const feature of ['camera', 'microphone', 'geolocation', 'payment', 'usb'])
      expect(policy).toContain(`${feature}=()`);
  });
  it('securityHeaderRules(siteUrl) sends HSTS only for an https site', () => {
    const keys = (url?: string) =>
      securityHeaderRules(url).flatMap((r) => r.headers.map((h) => h.key));
    expect(keys()).not.toContain('Strict-Transport-Security');
    expect(keys('http://example.org')).not.toContain('Strict-Transport-Security');
    const https = securityHeaderRules('https://faultline.example');
    for (const r of https)
      expect(r.headers).toContainEqual({
        key: 'Strict-Transport-Security',
        value: 'max-age=31536000; includeSubDomains',
      });
  });
  it('the _headers file detaches the site-wide CORP on embed paths', () => {
    expect(staticHeadersFile()).toMatch(
      /^\/embed\/\*\n(?: {2}.*\n)*? {2}! Cross-Origin-Resource-Policy\n(?: {2}.*\n)*? {2}Cross-Origin-Resource-Policy: cross-origin$/m,
    );
  });
});

describe('nginxHeadersFile() and caddyHeadersFile()', () => {
  it('carry every header of each rule, and 405 with Allow for other methods', () => {
    const nginx = nginxHeadersFile();
    const caddy = caddyHeadersFile();
    for (const r of SECURITY_HEADER_RULES)
      for (const h of r.headers) {
        expect(nginx).toContain(`add_header ${h.key} "${h.value}" always;`);
        expect(caddy).toContain(`\t${h.key} "${h.value}"`);
      }
    expect(nginx).toMatch(/add_header Allow "GET, HEAD" always;\n\s+return 405;/);
    expect(caddy).toContain('respond @unsupported 405');
    // Both send the embed's headers on the same paths as the catch-all leaves out.
    const location = /location ~ (\S+) \{/.exec(nginx)?.[1] ?? '';
    expect(caddy).toContain(`@embed path_regexp ${location}`);
    const embedPath = (p: string) => new RegExp(location).test(p);
    for (const p of [
      '/embed',
      '/embed.html',
      '/embed/main.js',
      '/sudan/embed',
      '/sudan/embed.html',
    ])
      expect(embedPath(p)).toBe(true);
    for (const p of ['/', '/sudan', '/sudan/data', '/about', '/embedded'])
      expect(embedPath(p)).toBe(false);
    // Values are wrapped in double quotes, so none may contain one.
    for (const r of SECURITY_HEADER_RULES)
      for (const h of r.headers) expect(h.value).not.toContain('"');
  });
  it('give a path outside Next the same headers the rules give it there (securityHeadersFor)', () => {
    const site = securityHeadersFor('/ukraine/data');
    expect(site['X-Frame-Options']).toBe('SAMEORIGIN');
    expect(site['Cross-Origin-Resource-Policy']).toBe('same-origin');
    for (const p of [
      '/embed',
      '/embed.html',
      '/embed/resize.js',
      '/sudan/embed',
      '/og/map.png',
      '/gaza/og/2024-01-01.png',
    ]) {
      const h = securityHeadersFor(p);
      expect(h['Content-Security-Policy'], p).toContain('frame-ancestors *');
      expect(h['X-Frame-Options'], p).toBeUndefined();
      expect(h['Cross-Origin-Resource-Policy'], p).toBe('cross-origin');
    }
    for (const p of ['/', '/ukraine', '/embedded', '/ukraine/embed/x', '/about'])
      expect(securityHeadersFor(p)['X-Frame-Options'], p).toBe('SAMEORIGIN');
    expect(securityHeadersFor('/', securityHeaderRules('https://example.org'))).toHaveProperty(
      'Strict-Transport-Security',
    );
  });
});
