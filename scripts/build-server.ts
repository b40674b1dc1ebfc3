// Runs after `npm run build` (postbuild, not for the static export): bundles server/index.ts
// (the `npm start` server) into <distDir>/faultline-server.mjs, with Next itself left to
// node_modules, so `npm start` needs no TypeScript at run time.
import path from 'node:path';
import { build } from 'esbuild';

async function main() {
  if (process.env.STATIC_EXPORT === '1') return;
  const dist = process.env.NEXT_DIST_DIR ?? '.next';
  await build({
    entryPoints: ['server/index.ts'],
    outfile: path.join(dist, 'faultline-server.mjs'),
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    logLevel: 'warning',
  });
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
