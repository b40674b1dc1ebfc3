// Copies files the browser fetches at run time into public/ before a build or dev server:
// maplibre's worker (it cannot be found once bundled, see STACK-NOTES) and each dataset's
// boundary files. The copies are build output, ignored by git; data/ stays the one source.
import { copyFileSync, existsSync, mkdirSync, readdirSync } from 'node:fs';
import path from 'node:path';

const root = path.dirname(path.dirname(new URL(import.meta.url).pathname));
const pub = path.join(root, 'public');
mkdirSync(pub, { recursive: true });
copyFileSync(
  path.join(root, 'node_modules/maplibre-gl/dist/maplibre-gl-worker.mjs'),
  path.join(pub, 'maplibre-gl-worker.mjs'),
);
for (const id of readdirSync(path.join(root, 'data'))) {
  const dir = path.join(root, 'data', id);
  if (!existsSync(path.join(dir, 'conflict.json'))) continue;
  const out = path.join(pub, 'data', id);
  mkdirSync(out, { recursive: true });
  for (const name of readdirSync(dir).filter((n) => n.endsWith('.geojson'))) {
    copyFileSync(path.join(dir, name), path.join(out, name));
  }
}
