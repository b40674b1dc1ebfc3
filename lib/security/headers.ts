import { createHash } from 'node:crypto';
import { EMBED_BOOT_SCRIPT } from './embed-boot';

/**
 * The HTTP headers every response carries, in one place: `next start` sends them (next.config)
 * and the static export ships them as a `_headers` file that static hosts read (written beside
 * the site, never inside it; see scripts/write-static-headers.ts).
 *
 * Framing policy: /embed may be framed by any site; every other page only by itself.
 * Scripts: /embed allows only its own files and, by hash, its one static inline script. The
 * app's pages are prerendered HTML whose inline scripts are Next's per-page bootstrap
 * (self.__next_f.push(…)): a nonce needs every page rendered per request, and hashes would have
 * to be read from each built page, so pages keep 'unsafe-inline' for scripts; everything else is
 * locked to the app's origin.
 */
export interface HeaderRule {
  /** Path pattern in Next's `headers()` syntax. */
  source: string;
  headers: { key: string; value: string }[];
}

/** CSP source for an inline script: 'sha256-…' of its exact text. */
export function scriptHash(script: string): string {
  return `'sha256-${createHash('sha256').update(script, 'utf8').digest('base64')}'`;
}

const csp = (frameAncestors: string, scripts: string) =>
  [
    "default-src 'self'",
    `script-src ${scripts}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    // maplibre runs its worker from our origin and builds tiles in blob: URLs
    "worker-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    `frame-ancestors ${frameAncestors}`,
  ].join('; ');

const PAGE_SCRIPTS = "'self' 'unsafe-inline'";
const EMBED_SCRIPTS = `'self' ${scriptHash(EMBED_BOOT_SCRIPT)}`;

/** Features no page uses, switched off so a framed or injected script cannot ask for them. */
export const PERMISSIONS_POLICY = [
  'accelerometer=()',
  'autoplay=()',
  'camera=()',
  'display-capture=()',
  'geolocation=()',
  'gyroscope=()',
  'magnetometer=()',
  'microphone=()',
  'midi=()',
  'payment=()',
  'publickey-credentials-get=()',
  'usb=()',
  'browsing-topics=()',
].join(', ');

/**
 * HSTS only where the site is served over HTTPS: sent over plain HTTP it is ignored at best,
 * and a wrong one locks readers out for a year. `siteUrl` is SITE_URL, the public origin.
 */
const hsts = (siteUrl: string | undefined) =>
  siteUrl?.startsWith('https://')
    ? [{ key: 'Strict-Transport-Security', value: 'max-age=31536000; includeSubDomains' }]
    : [];

/**
 * The catch-all rule's pattern: its lookahead keeps the embed's paths out (/embed, its files
 * under /embed/, each conflict's /<conflict>/embed, and the map pictures under /og/ and
 * /<conflict>/og/, which an embed code's fallback shows on other sites).
 */
export const EVERY_PATH_BUT_EMBED =
  '/:path((?!embed(?:/|$|\\.html$)|[a-z0-9-]+/embed(?:$|\\.html$)|(?:[a-z0-9-]+/)?og/[^/]+$).*)';

/**
 * Header rules, most specific last (later rules override earlier ones for the same key).
 * Every path is same-origin for opener and resource policy, except the embed's, which other
 * sites load by design (the iframe, /embed/resize.js, the embed's script and style).
 */
export function securityHeaderRules(siteUrl: string | undefined = undefined): HeaderRule[] {
  const common = [
    { key: 'X-Content-Type-Options', value: 'nosniff' },
    { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
    { key: 'Permissions-Policy', value: PERMISSIONS_POLICY },
    { key: 'Cross-Origin-Opener-Policy', value: 'same-origin' },
    ...hsts(siteUrl),
  ];
  const embed = [
    ...common,
    { key: 'Cross-Origin-Resource-Policy', value: 'cross-origin' },
    { key: 'Content-Security-Policy', value: csp('*', EMBED_SCRIPTS) },
  ];
  return [
    {
      // Every path but /embed, /embed.html (the document /embed is served from) and /embed/…
      source: EVERY_PATH_BUT_EMBED,
      headers: [
        ...common,
        { key: 'Cross-Origin-Resource-Policy', value: 'same-origin' },
        { key: 'Content-Security-Policy', value: csp("'self'", PAGE_SCRIPTS) },
        { key: 'X-Frame-Options', value: 'SAMEORIGIN' },
      ],
    },
    { source: '/embed', headers: embed },
    { source: '/embed.html', headers: embed },
    { source: '/embed/:path*', headers: embed },
    { source: '/:conflict/embed', headers: embed },
    { source: '/:conflict/embed.html', headers: embed },
    { source: '/og/:file', headers: embed },
    { source: '/:conflict/og/:file', headers: embed },
  ];
}

/** The rules without HSTS (SITE_URL unset), as `next start` on localhost sends them. */
export const SECURITY_HEADER_RULES: HeaderRule[] = securityHeaderRules();

/**
 * The same rules in the `_headers` format of static hosts (Netlify, Cloudflare Pages):
 * a path line, then indented "Key: value" lines. The catch-all becomes "/*", and the embed
 * rules detach the site-wide X-Frame-Options (those hosts apply every matching rule).
 */
export function staticHeadersFile(rules: readonly HeaderRule[] = SECURITY_HEADER_RULES): string {
  const lines: string[] = [
    '# Generated from lib/security/headers.ts by scripts/write-static-headers.ts; do not edit.',
  ];
  for (const r of rules) {
    lines.push(
      r.source.startsWith('/:path(')
        ? '/*'
        : r.source.replace('/:path*', '/*').replace('/:conflict/', '/*/').replace('/:file', '/*'),
    );
    // An embed rule first detaches the site-wide framing headers, then sets its own.
    if (r.source !== EVERY_PATH_BUT_EMBED)
      lines.push(
        '  ! X-Frame-Options',
        '  ! Content-Security-Policy',
        '  ! Cross-Origin-Resource-Policy',
      );
    for (const h of r.headers) lines.push(`  ${h.key}: ${h.value}`);
  }
  return lines.join('\n') + '\n';
}

/** The embed's paths as one regular expression (nginx `location ~`). */
const EMBED_PATHS = '^/(embed(/|$|\\.html$)|[a-z0-9-]+/embed(\\.html)?$|([a-z0-9-]+/)?og/[^/]+$)';

/**
 * The security headers of one path, as the rules above give them (the embed's on the embed's
 * paths, the site's elsewhere): for answers sent without Next's `headers()`, such as the
 * build's compressed copies under `npm start` (server/index.ts).
 */
export function securityHeadersFor(
  pathname: string,
  rules: readonly HeaderRule[] = SECURITY_HEADER_RULES,
): Record<string, string> {
  const source = new RegExp(EMBED_PATHS).test(pathname) ? '/embed' : EVERY_PATH_BUT_EMBED;
  return Object.fromEntries(
    (rules.find((r) => r.source === source)?.headers ?? []).map((h) => [h.key, h.value]),
  );
}

/**
 * The same rules for nginx, to `include` inside the static site's `server { }` block: 405 for
 * other methods, then the embed's headers and everyone else's (nginx applies one location's
 * add_header set, so each location carries its full list).
 */
export function nginxHeadersFile(rules: readonly HeaderRule[] = SECURITY_HEADER_RULES): string {
  const site = rules.find((r) => r.source === EVERY_PATH_BUT_EMBED)?.headers ?? [];
  const embed = rules.find((r) => r.source === '/embed')?.headers ?? [];
  const block = (headers: HeaderRule['headers']) =>
    [
      ...headers.map((h) => `    add_header ${h.key} "${h.value}" always;`),
      '    try_files $uri $uri.html $uri/ =404;',
    ].join('\n');
  return `# Generated from lib/security/headers.ts by scripts/write-static-headers.ts; do not edit.
# The build wrote <file>.gz beside each text file: send it, not a fresh compression.
gzip_static on;
if ($request_method !~ ^(GET|HEAD)$) {
    add_header Allow "GET, HEAD" always;
    return 405;
}
location ~ ${EMBED_PATHS} {
${block(embed)}
}
location / {
${block(site)}
}
`;
}

/** The same rules for Caddy, to `import` inside the static site's block. */
export function caddyHeadersFile(rules: readonly HeaderRule[] = SECURITY_HEADER_RULES): string {
  const site = rules.find((r) => r.source === EVERY_PATH_BUT_EMBED)?.headers ?? [];
  const embed = rules.find((r) => r.source === '/embed')?.headers ?? [];
  const block = (headers: HeaderRule['headers']) =>
    headers.map((h) => `\t${h.key} "${h.value}"`).join('\n');
  return `# Generated from lib/security/headers.ts by scripts/write-static-headers.ts; do not edit.
@unsupported not method GET HEAD
header @unsupported Allow "GET, HEAD"
respond @unsupported 405
@embed path_regexp ${EMBED_PATHS}
header @embed {
${block(embed)}
}
@site not path_regexp ${EMBED_PATHS}
header @site {
${block(site)}
}
try_files {path} {path}.html
`;
}
