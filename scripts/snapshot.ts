/**
 * npm run snapshot — pins the current data as a release: writes
 * data/<id>/releases/<version>.json (the compiled dataset the embed loads, version = content
 * hash) for each dataset. Commit the file: the build publishes every release at
 * /data/<id>/v/<version>.json, so embeds made with ?v=<version> keep showing that data after
 * later edits. An existing release is never overwritten.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { datasetDirs, loadDataset } from '../lib/dataset/load';
import { formatProblem } from '../lib/dataset/problems';
import { embedDataset } from '../lib/embed/data';

const root = path.resolve(__dirname, '..');
for (const dir of datasetDirs(path.join(root, 'data'))) {
  const result = loadDataset(dir);
  if (!result.ok) {
    console.error(result.problems.map(formatProblem).join('\n'));
    process.exit(1);
  }
  const ds = result.dataset;
  const out = path.join(dir, 'releases', `${ds.version}.json`);
  if (existsSync(out)) {
    console.log(`${ds.id}: release ${ds.version} already exists`);
    continue;
  }
  mkdirSync(path.dirname(out), { recursive: true });
  writeFileSync(out, `${JSON.stringify(embedDataset(ds))}\n`);
  console.log(`${ds.id}: wrote ${path.relative(root, out)}`);
}
