/**
 * Builds what /embed loads, into public/ (build output, ignored by git); run by predev and
 * prebuild:
 * - public/data/<id>/dataset.json: the latest compiled dataset the embed fetches;
 * - public/data/<id>/v/<version>.json: every committed release (data/<id>/releases/) and the
 *   current version, so an embed pinned with ?v= keeps showing the data it was made with;
 * - public/embed/: the embed's script bundled with esbuild (no React/Next runtime; maplibre in
 *   its own lazily loaded chunk), its stylesheet, and resize.js for the embedding page.
 */
import { build } from 'esbuild';
import { createHash } from 'node:crypto';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import path from 'node:path';
import { datasetDirs, loadDataset } from '../lib/dataset/load';
import { formatProblem } from '../lib/dataset/problems';
import { embedDataset } from '../lib/embed/data';

const root = path.resolve(__dirname, '..');
const pub = path.join(root, 'public');

function writeData() {
  for (const dir of datasetDirs(path.join(root, 'data'))) {
    const result = loadDataset(dir);
    if (!result.ok) {
      console.error(result.problems.map(formatProblem).join('\n'));
      process.exit(1);
    }
    const ds = result.dataset;
    const out = path.join(pub, 'data', ds.id);
    mkdirSync(path.join(out, 'v'), { recursive: true });
    const json = JSON.stringify(embedDataset(ds));
    writeFileSync(path.join(out, 'dataset.json'), json);
    writeFileSync(path.join(out, 'v', `${ds.version}.json`), json);
    const releases = path.join(dir, 'releases');
    const copied = existsSync(releases)
      ? readdirSync(releases).filter((n) => /^[A-Za-z0-9._-]+\.json$/.test(n))
      : [];
    for (const name of copied) copyFileSync(path.join(releases, name), path.join(out, 'v', name));
    console.log(
      `embed data: ${ds.id} version ${ds.version} (${Math.round(json.length / 1024)} KB), ${copied.length} release(s)`,
    );
  }
}

async function bundle() {
  const out = path.join(pub, 'embed');
  // No wiping first: another build in the same checkout may be serving these files; stale
  // chunks are removed once the new ones are written.
  const common = {
    bundle: true,
    minify: true,
    target: ['es2022'],
    platform: 'browser' as const,
    tsconfig: path.join(root, 'tsconfig.json'),
    legalComments: 'none' as const,
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'warning' as const,
  };
  const result = await build({
    ...common,
    metafile: true,
    entryPoints: {
      main: path.join(root, 'embed/main.ts'),
      embed: path.join(root, 'embed/embed.css'),
    },
    outdir: out,
    format: 'esm',
    splitting: true,
    chunkNames: 'chunks/[name]-[hash]',
    loader: { '.css': 'css' },
  });
  await build({
    ...common,
    entryPoints: { resize: path.join(root, 'embed/resize.ts') },
    outdir: out,
    format: 'iife',
  });
  const written = new Set(Object.keys(result.metafile.outputs).map((f) => path.resolve(root, f)));
  const chunks = path.join(out, 'chunks');
  for (const name of existsSync(chunks) ? readdirSync(chunks) : []) {
    if (!written.has(path.join(chunks, name))) rmSync(path.join(chunks, name), { force: true });
  }
  // Content hashes for cache busting: the embed's HTML asks for main.js?h=… and embed.css?h=….
  const hash = (name: string) =>
    createHash('sha256')
      .update(readFileSync(path.join(out, name)))
      .digest('hex')
      .slice(0, 10);
  const manifest = {
    script: `main.js?h=${hash('main.js')}`,
    style: `embed.css?h=${hash('embed.css')}`,
  };
  writeFileSync(path.join(out, 'manifest.json'), JSON.stringify(manifest));
  const sizes = readdirSync(out, { recursive: true, encoding: 'utf8' }).filter((n) =>
    /\.(js|css)$/.test(n),
  );
  console.log(`embed bundle: ${sizes.sort().join(', ')}`);
}

writeData();
bundle().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
