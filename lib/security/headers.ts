/**
 * The HTTP headers every response carries, in one place: `next start` sends them (next.config)
 * and the static export ships them as a `_headers` file that static hosts read.
 *
 * Framing policy: /embed may be framed by any site; every other page only by itself.
 * Next's static pages bootstrap with inline scripts and cannot carry a per-request nonce, so
 * script-src allows 'unsafe-inline' on pages; everything else is locked to the app's origin.
 */
export interface HeaderRule {
  /** Path pattern in Next's `headers()` syntax. */
  source: string;
  headers: { key: string; value: string }[];
}

const csp = (frameAncestors: string) =>
  [
    "default-src 'self'",
    "script-src 'self' 'unsafe-inline'",
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

const common = [
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
  { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=()' },
];

/** The catch-all rule's pattern: its lookahead keeps the embed's paths out. */
export const EVERY_PATH_BUT_EMBED = '/:path((?!embed(?:/|$|\\.html$)).*)';

/** Header rules, most specific last (later rules override earlier ones for the same key). */
export const SECURITY_HEADER_RULES: HeaderRule[] = [
  {
    // Every path but /embed, /embed.html (the document /embed is served from) and /embed/…
    source: EVERY_PATH_BUT_EMBED,
    headers: [
      ...common,
      { key: 'Content-Security-Policy', value: csp("'self'") },
      { key: 'X-Frame-Options', value: 'SAMEORIGIN' },
    ],
  },
  {
    source: '/embed',
    headers: [...common, { key: 'Content-Security-Policy', value: csp('*') }],
  },
  {
    source: '/embed.html',
    headers: [...common, { key: 'Content-Security-Policy', value: csp('*') }],
  },
  {
    source: '/embed/:path*',
    headers: [...common, { key: 'Content-Security-Policy', value: csp('*') }],
  },
];

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
    lines.push(r.source.startsWith('/:path(') ? '/*' : r.source.replace('/:path*', '/*'));
    // An embed rule first detaches the site-wide framing headers, then sets its own.
    if (r.source.startsWith('/embed'))
      lines.push('  ! X-Frame-Options', '  ! Content-Security-Policy');
    for (const h of r.headers) lines.push(`  ${h.key}: ${h.value}`);
  }
  return lines.join('\n') + '\n';
}
