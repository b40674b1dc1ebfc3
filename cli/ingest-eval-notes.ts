/**
 * npm run ingest:eval -- … covers whole articles; this check reads sentences written by other
 * people: the curators' one-line notes behind each control figure of the curated data
 * (data/ukraine/sources/curated-2014-2025.json, written from real sources and never used to
 * write the rules). Each note is ingested alone and counts as read when a drafted figure has
 * the curated target, controller and measure (dates are not compared: the notes rarely state
 * them). Prints hits and the figures drafted that match nothing; `-v` lists every miss.
 *
 *   npx tsx cli/ingest-eval-notes.ts [-v]
 */
import { readFileSync } from 'node:fs';
import { sourceFile } from '../lib/schema';
import { ingestText } from '../lib/ingest/draft';
import { sameMeasure } from '../lib/ingest/eval';
import { DEFAULT_CONFLICT, loadConflict } from './ingest-io';

const verbose = process.argv.includes('-v');
const c = loadConflict(DEFAULT_CONFLICT);
if (!c.ok) {
  console.error(`✗ ${c.message}`);
  process.exit(2);
}
const curated = sourceFile.parse(
  JSON.parse(readFileSync('data/ukraine/sources/curated-2014-2025.json', 'utf8')),
);
let notes = 0;
let hits = 0;
let found = 0;
let unmatched = 0;
for (const cf of curated.control) {
  const note = cf.evidence.type === 'citation' ? cf.evidence.note : undefined;
  if (!note) continue;
  notes++;
  // A neutral header and a date after every note, so relative words resolve and nothing is "future".
  const draft = ingestText(`Curated note\n\nJanuary 1, 2026\n\n${note}`, {
    conflict: c.conflict,
  }).draft;
  const same = (x: (typeof draft.control)[number]) =>
    x.target === cf.target && x.controller === cf.controller && sameMeasure(x.measure, cf.measure);
  found += draft.control.length;
  unmatched += draft.control.filter((x) => !same(x)).length;
  if (draft.control.some(same)) hits++;
  else if (verbose)
    console.log(
      `missed ${cf.target} ${cf.controller} ${cf.measure.kind}${'value' in cf.measure ? ` ${cf.measure.value}` : ''}: ${note}\n    drafted: ${draft.control.map((x) => `${x.target} ${x.measure.kind}${'value' in x.measure ? ` ${x.measure.value}` : ''}`).join('; ') || 'nothing'}`,
    );
}
console.log(
  `curated notes: ${notes}; read correctly ${hits} (${(hits / Math.max(1, notes)).toFixed(2)}); figures drafted ${found}, of which ${unmatched} match no curated figure of their note`,
);
