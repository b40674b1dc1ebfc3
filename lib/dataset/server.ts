import path from 'node:path';
import { datasetDirs, loadDataset } from './load';
import { formatProblem } from './problems';
import { DEFAULT_DATASET } from './default';
import type { CompiledDataset } from './types';

export { DEFAULT_DATASET };

const cache = new Map<string, CompiledDataset>();

/**
 * The folder of dataset `id`: data/<id>, or <$FAULTLINE_DATA_DIR>/<id> when that is set (the
 * hostile-content browser tests build the app on a fixture dataset this way; see
 * e2e/hostile.spec.ts). The override is left out of the bundler's file tracing, so deployments
 * trace data/ only.
 */
export function datasetDir(id: string): string {
  const root = process.env.FAULTLINE_DATA_DIR;
  if (root) return path.resolve(/*turbopackIgnore: true*/ root, id);
  return path.join(process.cwd(), 'data', id);
}

/** The root folder holding one folder per dataset (data/, or $FAULTLINE_DATA_DIR). */
function dataRoot(): string {
  const root = process.env.FAULTLINE_DATA_DIR;
  return root ? path.resolve(/*turbopackIgnore: true*/ root) : path.join(process.cwd(), 'data');
}

/**
 * The ids of every shipped dataset, the default first, then by id: the conflict index and the
 * per-conflict routes are built from this list.
 */
export function datasetIds(): string[] {
  const ids = datasetDirs(dataRoot()).map((d) => path.basename(d));
  return ids.sort((a, b) =>
    a === DEFAULT_DATASET ? -1 : b === DEFAULT_DATASET ? 1 : a.localeCompare(b),
  );
}

/**
 * The compiled dataset for server components and build steps. Bad data stops the build with
 * every problem listed (the same report as `npm run validate`).
 */
export function getDataset(id: string = DEFAULT_DATASET): CompiledDataset {
  const cached = cache.get(id);
  if (cached) return cached;
  const result = loadDataset(datasetDir(id));
  if (!result.ok) {
    throw new Error(
      `dataset "${id}" has ${result.problems.length} problem(s):\n${result.problems.map(formatProblem).join('\n')}`,
    );
  }
  cache.set(id, result.dataset);
  return result.dataset;
}
