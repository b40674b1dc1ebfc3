import path from 'node:path';
import { loadDataset } from './load';
import { formatProblem } from './problems';
import type { CompiledDataset } from './types';

/** The dataset the app shows by default. */
export const DEFAULT_DATASET = 'ukraine';

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
