/**
 * npm run validate [-- [--quiet] <dataset dir>…]: checks every dataset (default: each folder of
 * data/ with a conflict.json) and prints every problem with file, JSON path and line. Exits 1 on
 * any. Warnings (boundaries without a licence note or a credit line, a source without a kind, a
 * cited quote over 25 words) do not stop the loader, but they fail validation too, so no build
 * ships them. It also reports where each dataset is thin (coverage lines; --quiet leaves them
 * out), which never fails.
 */
import path from 'node:path';
import { coverage } from '../lib/dataset/coverage';
import { datasetDirs, loadDataset } from '../lib/dataset/load';
import { formatProblem } from '../lib/dataset/problems';

const argv = process.argv.slice(2);
const quiet = argv.includes('--quiet');
const args = argv.filter((a) => a !== '--quiet');
const dirs = args.length ? args : datasetDirs(path.resolve('data'));
let failed = 0;
for (const dir of dirs) {
  let result: ReturnType<typeof loadDataset>;
  try {
    result = loadDataset(dir);
  } catch (e) {
    // loadDataset reports bad data as problems; reaching here is a bug, so say so plainly
    // rather than print a stack trace that names no file.
    failed++;
    console.error(
      `✗ ${path.basename(dir)}: validation stopped by an internal error (${e instanceof Error ? e.message : String(e)}); please report it`,
    );
    continue;
  }
  const warnings = result.warnings;
  // Coverage is a report, never a failure: a thin year is a fact about the sources found.
  if (result.ok && !quiet)
    for (const line of coverage(result.dataset).thin)
      console.log(`  coverage (${path.basename(dir)}): ${line}`);
  if (result.ok && !warnings.length) {
    const d = result.dataset;
    console.log(
      `ok ${path.basename(dir)} (version ${d.version}): ${d.sources.length} sources, ${d.statements.length} statements, ${d.events.length} events, ${d.control.length} control figures, ${d.claims.length} claims, ${d.regions.length} regions, ${d.places.length} places`,
    );
  } else if (result.ok) {
    failed++;
    console.error(
      `✗ ${path.basename(dir)}: ${warnings.length} warning${warnings.length === 1 ? '' : 's'} (the data loads, but nothing ships without its attribution, its sources' kinds and short cited quotes)`,
    );
    for (const p of warnings) console.error(`  warning: ${formatProblem(p)}`);
  } else {
    failed++;
    console.error(
      `✗ ${path.basename(dir)}: ${result.problems.length} problem${result.problems.length === 1 ? '' : 's'}`,
    );
    for (const p of result.problems) console.error(`  ${formatProblem(p)}`);
    for (const p of warnings) console.error(`  warning: ${formatProblem(p)}`);
  }
}
if (!dirs.length) {
  console.error('no datasets found (a dataset is a folder with a conflict.json)');
  process.exit(1);
}
process.exit(failed ? 1 : 0);
