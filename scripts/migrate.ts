/**
 * npm run migrate [-- <file or folder>…]
 *
 * Upgrades conflict and source files from schemaVersion 1 to 2 (control model v2), in place,
 * keeping each file's formatting style (2-space JSON). Default: every dataset under data/.
 *
 * What changes:
 * - conflict.json: `controlParties` (the parties that hold territory: the map's party, the
 *   baseline's and every controller of a figure) and `complement` (true when there are exactly
 *   two, as version 1 assumed when it converted the other party's figures).
 * - source files: a `most` figure whose own words say "almost all" (or the like) becomes
 *   `almost-all`, a word swatch of its own; a claimed figure gets `claimantParty` where its
 *   claimant is a person of the conflict with a party, or names a party ("Russian …").
 * Files already at version 2 are left alone. Prints what it changed, file by file.
 */
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';

import { migrateConflict, migrateSource } from '../lib/schema/migrate';

type Json = Record<string, unknown>;

function filesUnder(target: string): string[] {
  const st = statSync(target);
  if (st.isFile()) return target.endsWith('.json') ? [target] : [];
  return readdirSync(target).flatMap((name) => filesUnder(path.join(target, name)));
}

/** The conflict.json that governs a source file: the nearest one up the tree. */
function conflictFor(file: string): Json | null {
  let dir = path.dirname(file);
  for (let i = 0; i < 4; i++) {
    try {
      return JSON.parse(readFileSync(path.join(dir, 'conflict.json'), 'utf8')) as Json;
    } catch {
      dir = path.dirname(dir);
    }
  }
  return null;
}

function main() {
  const targets = process.argv.slice(2);
  const files = (targets.length ? targets : ['data']).flatMap(filesUnder);
  const docs = files.map((file) => ({
    file,
    json: JSON.parse(readFileSync(file, 'utf8')) as Json,
  }));
  // Pinned releases (compiled data, with a "format") keep the version they were published with.
  const old = docs.filter(
    (d) =>
      d.json.schemaVersion === 1 &&
      !('format' in d.json) &&
      ('sources' in d.json || 'parties' in d.json),
  );
  for (const d of old) {
    const log: string[] = [];
    if ('parties' in d.json) {
      const dir = path.dirname(d.file);
      const sources = docs
        .filter((x) => x.file.startsWith(path.join(dir, 'sources') + path.sep))
        .map((x) => x.json);
      migrateConflict(d.json, sources, log);
    } else migrateSource(d.json, conflictFor(d.file), log);
    d.json.schemaVersion = 2;
    writeFileSync(d.file, `${JSON.stringify(d.json, null, 2)}\n`);
    console.log(`${d.file}: schemaVersion 1 → 2${log.length ? `\n  ${log.join('\n  ')}` : ''}`);
  }
  if (!old.length) console.log('Nothing to migrate: every file is at schemaVersion 2.');
}

if (process.argv[1] && import.meta.url.endsWith(path.basename(process.argv[1]))) main();
