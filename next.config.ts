import type { NextConfig } from 'next';
import { datasetIds } from './lib/dataset/server';
import { securityHeaderRules } from './lib/security/headers';

// STATIC_EXPORT=1 builds the static site into out/ (any static host serves it); otherwise
// `next start` serves the same pages.
const staticExport = process.env.STATIC_EXPORT === '1';

const nextConfig: NextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // Separate build folders let several builds (e.g. parallel test runs) share one checkout.
  distDir: process.env.NEXT_DIST_DIR ?? '.next',
  // `npm run typecheck` is the type gate; SKIP_TYPECHECK=1 lets a build go ahead while
  // other work in the same checkout is mid-edit.
  typescript: { ignoreBuildErrors: process.env.SKIP_TYPECHECK === '1' },
  ...(staticExport ? { output: 'export' as const, trailingSlash: false } : {}),
  // Routes only a server has (app/**/page.server.tsx: pages rendered per request) are left out
  // of the static export.
  pageExtensions: staticExport ? ['tsx', 'ts'] : ['tsx', 'ts', 'server.tsx'],
  // Headers are not sent by a static export; the host sends them from deploy/_headers (see the
  // README). The dev server goes without them (its hot reload needs eval). HSTS only when
  // SITE_URL is https.
  ...(staticExport || process.env.NODE_ENV !== 'production'
    ? {}
    : { headers: async () => securityHeaderRules(process.env.SITE_URL) }),
  // /embed is the static document app/embed.html writes; static hosts (and sirv) resolve
  // /embed to embed.html on their own, `next start` needs the rewrite.
  ...(staticExport
    ? {}
    : {
        rewrites: async () => ({
          // A dated explorer link gets the link preview and first map of its date
          // (app/[conflict]/dated); the built page is the default date's.
          beforeFiles: datasetIds().map((id) => ({
            source: `/${id}`,
            has: [{ type: 'query' as const, key: 'date' }],
            destination: `/${id}/dated`,
          })),
          afterFiles: [
            { source: '/embed', destination: '/embed.html' },
            { source: '/:conflict/embed', destination: '/:conflict/embed.html' },
          ],
          fallback: [],
        }),
      }),
  // lib/dataset reads data/ at build time; keep those files traced for `next start`.
  outputFileTracingIncludes: { '/**': ['./data/**/*'] },
};

export default nextConfig;
